import type { ReceptionStats } from "@danvan/common";
import { Card, Col, DatePicker, Row, Space, Statistic, Table, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { useLang } from "../../../lib/use-lang";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { useReceptionStats } from "../api";
import { kindLabel, outcomeLabel, sessionTypeLabel } from "../labels";

type FigureRow = { key: string; label: string; sessions: number; citizens: number; entries: number };

export default function StatsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params] = useSearchParams();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => {
    const [from, to] = [dayjs(params.get("from")), dayjs(params.get("to"))];
    return from.isValid() && to.isValid() ? [from, to] : [dayjs("2025-07-01"), dayjs()];
  });
  const [unitId, setUnitId] = useState<string | undefined>(params.get("unitId") || undefined);
  const stats = useReceptionStats({
    from: toIsoDate(range[0]) ?? undefined,
    to: toIsoDate(range[1]) ?? undefined,
    unitId,
  });
  const s: ReceptionStats | undefined = stats.data;
  const columns = (first: string) => [
    { title: first, dataIndex: "label", key: "label" },
    { title: t("reception.stats.sessions"), dataIndex: "sessions", key: "s", align: "right" as const },
    { title: t("reception.stats.citizens"), dataIndex: "citizens", key: "c", align: "right" as const },
    { title: t("reception.stats.entries"), dataIndex: "entries", key: "e", align: "right" as const },
  ];
  const tally = (counts: Record<string, number> | undefined, label: (k: string) => string) =>
    Object.entries(counts ?? {}).map(([k, n]) => ({ key: k, label: label(k), n }));

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card
        title={t("reception.stats.title")}
        extra={
          <Space wrap>
            <UnitTreeSelect
              allowClear
              value={unitId ?? null}
              onChange={(v) => setUnitId((v as string | null) ?? undefined)}
              placeholder={t("reception.stats.allUnits")}
              style={{ minWidth: 240 }}
            />
            <DatePicker.RangePicker
              format={DATE_INPUT_FORMAT}
              value={range}
              allowClear={false}
              onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
              data-testid="stats-range"
            />
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t("reception.stats.intro")}</Typography.Paragraph>
        <Row gutter={[16, 16]} data-testid="stats-totals">
          {(
            [
              ["sessions", s?.sessions],
              ["citizens", s?.citizens],
              ["entries", s?.entries],
              ["groupEntries", s?.groupEntries],
              ["tripartite", s?.tripartiteRecords],
              ["working", s?.workingSessions],
              ["conclusions", s ? `${s.conclusionsDone}/${s.conclusions}` : undefined],
              ["petitions", s?.petitionsCreated],
            ] as const
          ).map(([key, value]) => (
            <Col key={key} xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={t(`reception.stats.${key}`)}
                  value={value ?? "—"}
                  loading={stats.isPending}
                />
              </Card>
            </Col>
          ))}
        </Row>
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title={t("reception.stats.byType")} size="small">
            <Table<FigureRow>
              size="small"
              pagination={false}
              columns={columns(t("reception.fields.type"))}
              dataSource={(s?.byType ?? []).map((r) => ({
                ...r,
                key: r.type,
                label: sessionTypeLabel(r.type, lang),
              }))}
              locale={{ emptyText: t("reception.stats.empty") }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t("reception.stats.byHost")} size="small">
            <Table<FigureRow>
              size="small"
              pagination={false}
              columns={columns(t("reception.sessions.host"))}
              dataSource={(s?.byHost ?? []).map((r) => ({
                ...r,
                key: r.hostId ?? "",
                label: r.hostName || t("reception.schedule.committee"),
              }))}
              locale={{ emptyText: t("reception.stats.empty") }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12} style={{ marginTop: 16 }}>
          <Card title={t("reception.stats.byUnit")} size="small">
            <Table<FigureRow>
              size="small"
              pagination={false}
              columns={columns(t("reception.fields.unit"))}
              dataSource={(s?.byUnit ?? []).map((r) => ({ ...r, key: r.unitId, label: r.unitName }))}
              locale={{ emptyText: t("reception.stats.empty") }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12} style={{ marginTop: 16 }}>
          <Card title={t("reception.stats.byKindOutcome")} size="small">
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              columns={[
                { title: t("reception.stats.typeOutcome"), dataIndex: "label", key: "l" },
                { title: t("reception.stats.entries"), dataIndex: "n", key: "n", align: "right" as const },
              ]}
              dataSource={[
                ...tally(s?.byKind, (k) => kindLabel(k, lang)),
                ...tally(s?.byOutcome, (k) => outcomeLabel(k, lang)),
              ]}
              locale={{ emptyText: t("reception.stats.empty") }}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
