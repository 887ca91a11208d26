import type { PetitionFigureRow, PetitionFigures } from "@danvan/common";
import { Alert, Card, Col, DatePicker, Progress, Row, Space, Statistic, Table, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { formatDate } from "../../../lib/format";
import { type Lang, useLang } from "../../../lib/use-lang";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { usePetitionFigures } from "../api";

const percent = (v: number | null, lang: Lang) =>
  v === null
    ? "—"
    : new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", {
        style: "percent",
        maximumFractionDigits: 1,
      }).format(v);

function FigureTable({
  rows,
  title,
  column,
  testId,
  nameOf,
}: {
  rows: PetitionFigureRow[];
  title: string;
  column: string;
  testId: string;
  nameOf: (r: PetitionFigureRow) => string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card title={title} size="small">
      <Table<PetitionFigureRow>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 900 }}
        locale={{ emptyText: t("petitions.figures.none") }}
        data-testid={testId}
        columns={[
          { title: column, key: "name", render: (_, r) => nameOf(r) },
          { title: t("petitions.figures.received"), dataIndex: "received", key: "received", align: "right" },
          { title: t("petitions.figures.accepted"), dataIndex: "accepted", key: "accepted", align: "right" },
          { title: t("petitions.figures.resolved"), dataIndex: "resolved", key: "resolved", align: "right" },
          {
            title: t("petitions.figures.handlingRate"),
            key: "hr",
            align: "right",
            render: (_, r) => percent(r.handlingRate, lang),
          },
          {
            title: t("petitions.figures.onTimeRate"),
            key: "ot",
            align: "right",
            render: (_, r) => percent(r.onTimeRate, lang),
          },
          { title: t("petitions.figures.open"), dataIndex: "open", key: "open", align: "right" },
          { title: t("petitions.figures.overdue"), dataIndex: "overdue", key: "overdue", align: "right" },
        ]}
      />
    </Card>
  );
}

function Backlog({ figures }: { figures: PetitionFigures }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...figures.backlog.map((b) => b.count));
  return (
    <Card title={t("petitions.figures.backlog")} size="small" data-testid="figures-backlog">
      <Typography.Paragraph type="secondary">{t("petitions.figures.backlogHint")}</Typography.Paragraph>
      {figures.backlog.map((b) => (
        <Row key={b.bucket} gutter={8} align="middle">
          <Col flex="140px">{t(`petitions.figures.bucket.${b.bucket}`)}</Col>
          <Col flex="auto">
            <Progress
              percent={(b.count / max) * 100}
              format={() => b.count}
              strokeColor={b.bucket === "61+" ? "#cf1322" : undefined}
            />
          </Col>
        </Row>
      ))}
    </Card>
  );
}

/** Handling rate (resolved ÷ accepted), on-time rate and backlog, as the leader reports them. */
export default function PetitionFiguresPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params] = useSearchParams();
  // The dashboard links here with its unit and period.
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => {
    const [from, to] = [dayjs(params.get("from")), dayjs(params.get("to"))];
    return from.isValid() && to.isValid() ? [from, to] : [dayjs().startOf("year"), dayjs()];
  });
  const [unitId, setUnitId] = useState<string | null>(params.get("unitId") || null);
  const query = usePetitionFigures({
    from: toIsoDate(range[0]) ?? "",
    to: toIsoDate(range[1]) ?? "",
    unitId: unitId ?? undefined,
  });
  const f = query.data;
  const total = f?.total;

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t("petitions.figures.title")}
        </Typography.Title>
        <Space wrap>
          <DatePicker.RangePicker
            value={range}
            format={DATE_INPUT_FORMAT}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            data-testid="figures-range"
          />
          <UnitTreeSelect
            value={unitId}
            onChange={(v) => setUnitId(typeof v === "string" ? v : null)}
            allowClear
            placeholder={t("petitions.filter.allUnits")}
            data-testid="figures-unit"
          />
        </Space>
        {query.isError && (
          <Alert style={{ marginTop: 16 }} type="error" showIcon message={t("errors.loadFailed")} />
        )}
        {total && (
          <>
            <Typography.Paragraph style={{ marginTop: 16, fontSize: 16 }} data-testid="figures-headline">
              {total.handlingRate === null
                ? t("petitions.figures.headlineNone", { from: formatDate(f.from), to: formatDate(f.to) })
                : t("petitions.figures.headline", {
                    from: formatDate(f.from),
                    to: formatDate(f.to),
                    resolved: total.resolved,
                    accepted: total.accepted,
                    rate: percent(total.handlingRate, lang),
                  })}
            </Typography.Paragraph>
            <Row gutter={[16, 16]}>
              {(
                [
                  ["received", total.received],
                  ["accepted", total.accepted],
                  ["resolved", total.resolved],
                  ["handlingRate", percent(total.handlingRate, lang)],
                  ["onTimeRate", percent(total.onTimeRate, lang)],
                  ["open", total.open],
                  ["overdue", total.overdue],
                ] as const
              ).map(([key, value]) => (
                <Col key={key} xs={12} md={6} lg={3}>
                  <Statistic
                    title={t(`petitions.figures.${key}`)}
                    value={value}
                    data-testid={`figure-${key}`}
                  />
                </Col>
              ))}
            </Row>
          </>
        )}
      </Card>
      {f && (
        <>
          <Backlog figures={f} />
          <FigureTable
            rows={f.byUnit}
            title={t("petitions.figures.byUnit")}
            column={t("petitions.unit")}
            testId="figures-by-unit"
            nameOf={(r) => r.name}
          />
          <FigureTable
            rows={f.byKind}
            title={t("petitions.figures.byKind")}
            column={t("petitions.kind")}
            testId="figures-by-kind"
            nameOf={(r) => r.name}
          />
        </>
      )}
    </Space>
  );
}
