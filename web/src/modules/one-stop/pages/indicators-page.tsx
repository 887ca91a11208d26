import {
  DOSSIER_INDICATORS,
  OFFICIAL_BAND_LABELS,
  type OfficialBand,
  periodOf,
  UNIT_BAND_LABELS,
  type UnitBand,
} from "@danvan/common";
import {
  Alert,
  Button,
  Card,
  Col,
  Drawer,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { LoadMore } from "../../../components/load-more";
import { formatDateTime } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useMe } from "../../auth/api";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { useCountedDossiers, useOfficialIndicators, useSubunitIndicators, useUnitIndicators } from "../api";
import { BAND_COLORS } from "../band-colors";
import { SubunitScores } from "../components/subunit-scores";

/** The last eight quarters, newest first (2026-Q4, 2026-Q3, …). */
function recentPeriods(today = new Date()): string[] {
  let y = today.getFullYear();
  let q = Number(periodOf(today.toISOString().slice(0, 10)).slice(-1));
  const out: string[] = [];
  for (let i = 0; i < 8; i++) {
    out.push(`${y}-Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      y -= 1;
    }
  }
  return out;
}

function CountedDrawer({
  indicator,
  query,
  onClose,
}: {
  indicator: number;
  query: { unitId?: string; period: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const list = useCountedDossiers(indicator, query);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Drawer open width={640} onClose={onClose} title={t("onestop.indicators.counted", { n: indicator })}>
      <Table
        size="small"
        rowKey="dossierId"
        loading={list.isPending}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t("onestop.indicators.noCounted") }}
        data-testid="counted-dossiers"
        columns={[
          {
            title: t("onestop.code"),
            key: "code",
            render: (_, d) => (
              <>
                <Link to={`/onestop/dossiers/${d.dossierId}`}>{d.code}</Link>
                <div style={{ fontSize: 12, color: "#666" }}>{d.procedureName}</div>
              </>
            ),
          },
          { title: t("onestop.indicators.points"), dataIndex: "points", key: "points", width: 80 },
          {
            title: t("onestop.indicators.computedAt"),
            key: "at",
            width: 150,
            render: (_, d) => formatDateTime(d.computedAt),
          },
        ]}
      />
      <LoadMore
        hasMore={list.hasNextPage}
        isLoading={list.isFetchingNextPage}
        shown={items.length}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Drawer>
  );
}

/** TT 01/2018 Đ.13–15: the unit's and its officials' scores for a quarter, kept current as dossiers close. */
export default function IndicatorsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const [params] = useSearchParams();
  // The dashboard links here with its unit and the quarter its period ends in.
  const asked = /^\d{4}-Q[1-4]$/.test(params.get("period") ?? "") ? params.get("period")! : null;
  const recent = recentPeriods();
  const periods = asked && !recent.includes(asked) ? [...recent, asked] : recent;
  const [unitId, setUnitId] = useState<string | undefined>(params.get("unitId") || me.unitId);
  const [period, setPeriod] = useState(asked ?? recent[0]!);
  const [drill, setDrill] = useState<number | null>(null);
  const query = { unitId, period };
  const unit = useUnitIndicators(query);
  const officials = useOfficialIndicators(query);
  const subunits = useSubunitIndicators(query);
  const u = unit.data;
  const perDossier = new Set<number>(DOSSIER_INDICATORS);

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("onestop.indicators.title")}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t("onestop.indicators.intro")}</Typography.Paragraph>
        <Space wrap>
          <UnitTreeSelect
            value={unitId ?? null}
            onChange={(v) => setUnitId(typeof v === "string" ? v : undefined)}
            aria-label={t("onestop.unit")}
            data-testid="indicators-unit"
          />
          <Select
            value={period}
            onChange={setPeriod}
            style={{ width: 140 }}
            aria-label={t("onestop.indicators.period")}
            data-testid="indicators-period"
            options={periods.map((p) => ({
              value: p,
              label: p.replace("-Q", ` · ${t("onestop.indicators.quarter")} `),
            }))}
          />
        </Space>
        {unit.isError && (
          <Alert style={{ marginTop: 16 }} type="error" showIcon message={unit.error.message} />
        )}
      </Card>
      {u && (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={12}>
            <Card size="small">
              <Statistic
                title={t("onestop.indicators.official")}
                value={u.official?.score ?? "—"}
                suffix={u.official ? "/ 10" : undefined}
              />
              {u.official && (
                <Tag color={BAND_COLORS[u.official.band]} data-testid="official-band">
                  {OFFICIAL_BAND_LABELS[u.official.band as OfficialBand][lang]}
                </Tag>
              )}
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card size="small">
              <Statistic
                title={t("onestop.indicators.unitScore")}
                value={u.unit?.score ?? "—"}
                suffix={u.unit ? "/ 18" : undefined}
              />
              {u.unit && (
                <Tag color={BAND_COLORS[u.unit.band]} data-testid="unit-band">
                  {UNIT_BAND_LABELS[u.unit.band as UnitBand][lang]}
                </Tag>
              )}
            </Card>
          </Col>
        </Row>
      )}
      <Card title={t("onestop.indicators.table", { unit: u?.unitName ?? "", period })} size="small">
        <Table
          size="small"
          rowKey="indicator"
          loading={unit.isPending && !!unitId}
          dataSource={u?.indicators ?? []}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{ emptyText: unitId ? t("onestop.indicators.none") : t("onestop.indicators.pickUnit") }}
          data-testid="indicators-table"
          columns={[
            { title: "#", dataIndex: "indicator", key: "n", width: 50 },
            {
              title: t("onestop.indicators.name"),
              key: "label",
              render: (_, i) => (
                <>
                  <div>{i.label[lang]}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`onestop.indicators.formula.${i.indicator}`, { defaultValue: i.formula })}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t("onestop.indicators.score"),
              key: "score",
              width: 110,
              render: (_, i) =>
                i.score === null ? <Tag>{t("onestop.indicators.noData")}</Tag> : <strong>{i.score}</strong>,
            },
            {
              title: t("onestop.indicators.dossiers"),
              key: "count",
              width: 150,
              render: (_, i) =>
                perDossier.has(i.indicator) ? (
                  <Button
                    type="link"
                    size="small"
                    style={{ paddingInline: 0 }}
                    onClick={() => setDrill(i.indicator)}
                    data-testid={`drill-${i.indicator}`}
                  >
                    {t("onestop.indicators.countLink", { count: i.dossierCount, points: i.pointsSum })}
                  </Button>
                ) : i.feedback ? (
                  <span data-testid="feedback-facts">
                    {t("onestop.indicators.feedbackFacts", i.feedback)}
                  </span>
                ) : (
                  "—"
                ),
            },
          ]}
        />
      </Card>
      {!!subunits.data?.length && (
        <SubunitScores items={subunits.data} loading={subunits.isFetching} onOpen={setUnitId} />
      )}
      <Card title={t("onestop.indicators.officials")} size="small">
        <Table
          size="small"
          rowKey={(o) => o.staff.id}
          loading={officials.isPending && !!unitId}
          dataSource={officials.data ?? []}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t("onestop.indicators.noOfficials") }}
          data-testid="officials-table"
          columns={[
            { title: t("onestop.indicators.officialName"), key: "name", render: (_, o) => o.staff.name },
            { title: t("onestop.indicators.dossiers"), dataIndex: "dossierCount", key: "count", width: 100 },
            ...["1", "2", "3", "4", "7"].map((n) => ({
              title: `${t("onestop.indicators.short")} ${n}`,
              key: `i${n}`,
              width: 80,
              render: (_: unknown, o: { indicators: Record<string, number | null> }) =>
                o.indicators[n] ?? "—",
            })),
            {
              title: t("onestop.indicators.score"),
              key: "score",
              width: 200,
              render: (_, o) =>
                o.score === null ? (
                  "—"
                ) : (
                  <Space size={4}>
                    <strong>{o.score}</strong>
                    {o.band && <Tag color={BAND_COLORS[o.band]}>{OFFICIAL_BAND_LABELS[o.band][lang]}</Tag>}
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      {drill !== null && <CountedDrawer indicator={drill} query={query} onClose={() => setDrill(null)} />}
    </Space>
  );
}
