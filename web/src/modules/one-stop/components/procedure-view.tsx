import type { Procedure, PublicProcedure } from "@danvan/common";
import { Descriptions, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatRange } from "../../../lib/format";
import { formatVnd } from "../labels";

/** What a procedure asks and promises: shared by the staff detail and the public filing page. */
export function ProcedureView({ procedure: p }: { procedure: Procedure | PublicProcedure }) {
  const { t } = useTranslation();
  return (
    <>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered data-testid="procedure-facts">
        <Descriptions.Item label={t("onestop.procedureCode")}>{p.code}</Descriptions.Item>
        <Descriptions.Item label={t("onestop.field")}>{p.field}</Descriptions.Item>
        <Descriptions.Item label={t("onestop.unit")}>{p.unitName}</Descriptions.Item>
        <Descriptions.Item label={t("onestop.level")}>
          {t(`onestop.levels.${p.level}`, { defaultValue: p.level })}
        </Descriptions.Item>
        <Descriptions.Item label={t("onestop.processingDays")}>
          {p.processingDays === 0
            ? t("onestop.sameDay")
            : t("onestop.workingDays", { count: p.processingDays })}
        </Descriptions.Item>
        <Descriptions.Item label={t("onestop.onlineLevel")}>
          {t(`onestop.online.${p.onlineLevel}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t("onestop.fees")} span={2}>
          {p.fees.length === 0
            ? t("onestop.noFee")
            : p.fees.map((f) => (
                <div key={f.label}>
                  {f.label}: {formatVnd(f.amount)}
                </div>
              ))}
        </Descriptions.Item>
        <Descriptions.Item label={t("onestop.resultDocument")} span={2}>
          {p.resultDocument}
        </Descriptions.Item>
        {p.legalBasis && (
          <Descriptions.Item label={t("onestop.legalBasis")} span={2}>
            {p.legalBasis}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t("onestop.effective")} span={2}>
          {formatRange(p.effectiveFrom, p.effectiveTo, t("onestop.since"))}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t("onestop.requiredDocuments")}
      </Typography.Title>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        scroll={{ x: 560 }}
        dataSource={p.documents}
        columns={[
          { title: t("onestop.document"), dataIndex: "name", key: "name" },
          { title: t("onestop.originals"), dataIndex: "originals", key: "originals", width: 100 },
          { title: t("onestop.copies"), dataIndex: "copies", key: "copies", width: 100 },
          {
            title: t("onestop.requiredCol"),
            key: "required",
            width: 120,
            render: (_, d) => (d.required ? t("onestop.required") : t("onestop.optional")),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t("onestop.steps")}
      </Typography.Title>
      <Table
        size="small"
        rowKey="stepNo"
        pagination={false}
        scroll={{ x: 600 }}
        dataSource={p.steps}
        columns={[
          { title: "#", dataIndex: "stepNo", key: "no", width: 50 },
          { title: t("onestop.step"), dataIndex: "name", key: "name" },
          { title: t("onestop.agency"), key: "agency", width: 220, render: (_, s) => s.agency?.name ?? "—" },
          {
            title: t("onestop.budget"),
            key: "days",
            width: 130,
            render: (_, s) =>
              s.days === 0 ? t("onestop.sameDay") : t("onestop.workingDays", { count: s.days }),
          },
        ]}
      />
    </>
  );
}
