import { UploadOutlined } from "@ant-design/icons";
import type { ConsultationDetail, HouseholdView } from "@danvan/common";
import { App, Button, Select, Space, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useReportError } from "../../../lib/use-report-error";
import { useHouseholds, useOfficerVote } from "../api";
import { ImportModal } from "./import-modal";

/** The household register of the areas concerned; while voting is open an officer may record a ballot. */
export function HouseholdsTab({ c }: { c: ConsultationDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [areaIndex, setAreaIndex] = useState(0);
  const [importing, setImporting] = useState(false);
  const area = c.areas[areaIndex];
  const households = useHouseholds(area?.unitId, area?.hamlet);
  const vote = useOfficerVote(c.id);
  const units = [...new Map(c.areas.map((a) => [a.unitId, a])).values()];
  const canVote = c.abilities.manageVoting && c.votingOpen && c.matterType !== "opinion";

  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Space wrap>
        <Select
          value={areaIndex}
          onChange={setAreaIndex}
          style={{ minWidth: 280 }}
          options={c.areas.map((a, i) => ({
            value: i,
            label: [a.unitName, a.hamlet].filter(Boolean).join(" – "),
          }))}
        />
        {c.abilities.edit && (
          <Button
            icon={<UploadOutlined />}
            onClick={() => setImporting(true)}
            data-testid="households-import"
          >
            {t("consultations.import.open")}
          </Button>
        )}
      </Space>
      <Typography.Text type="secondary">
        {t("consultations.households.help", { count: households.data?.items.length ?? 0 })}
      </Typography.Text>
      <Table<HouseholdView>
        rowKey="id"
        size="small"
        loading={households.isPending}
        dataSource={households.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t("consultations.households.empty") }}
        data-testid="households-table"
        columns={[
          { title: t("consultations.households.code"), dataIndex: "code", width: 110 },
          { title: t("consultations.households.head"), dataIndex: "headName" },
          { title: t("consultations.households.hamlet"), dataIndex: "hamlet", width: 110 },
          { title: t("consultations.households.address"), dataIndex: "address", responsive: ["lg"] },
          {
            title: t("consultations.households.phone"),
            key: "phone",
            width: 110,
            render: (_, h) => h.phoneMasked ?? "—",
          },
          {
            title: t("consultations.households.members"),
            key: "m",
            width: 90,
            align: "right",
            render: (_, h) => h.members.length,
          },
          ...(canVote
            ? [
                {
                  title: t("consultations.households.ballot"),
                  key: "vote",
                  width: 220,
                  render: (_: unknown, h: HouseholdView) => (
                    <Select
                      size="small"
                      style={{ width: 200 }}
                      placeholder={t("consultations.households.recordBallot")}
                      options={c.options.map((o) => ({ value: o.id, label: o.label }))}
                      onChange={(optionId: string) =>
                        vote.mutate(
                          { householdId: h.id, optionId },
                          {
                            onSuccess: () =>
                              message.success(t("consultations.households.ballotSaved", { code: h.code })),
                            onError: (e) => reportError(e),
                          },
                        )
                      }
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {importing && <ImportModal units={units} onClose={() => setImporting(false)} />}
    </Space>
  );
}
