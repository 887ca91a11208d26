import type { RankingRow } from "@danvan/common";
import { Alert, Breadcrumb, Col, DatePicker, Flex, Row, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { isApiError } from "../../../lib/api-client";
import { DATE_INPUT_FORMAT } from "../../../lib/dates";
import { useDashboardRanking, useDashboardSummary, useDashboardTrend } from "../api";
import { HeadlineCards } from "../components/headline-cards";
import { RankingChart } from "../components/ranking-chart";
import { RankingTable } from "../components/ranking-table";
import { TrendChart } from "../components/trend-chart";
import { defaultPeriod } from "../figure-text";
import { figureLinks } from "../links";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The leader's dashboard: headline figures, monthly trend, ranking and drill-down to the interactions. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const fallback = defaultPeriod();
  const from = ISO.test(params.get("from") ?? "") ? params.get("from")! : fallback.from;
  const to = ISO.test(params.get("to") ?? "") ? params.get("to")! : fallback.to;
  const unitId = params.get("unitId") ?? undefined;
  const agencyId = params.get("agencyId") ?? undefined;
  const filter = { unitId, agencyId, from, to };
  const summary = useDashboardSummary(filter);
  const trend = useDashboardTrend(filter);
  const ranking = useDashboardRanking(filter);
  const error = summary.error ?? trend.error ?? ranking.error;

  const go = useCallback(
    (patch: Record<string, string | undefined>) => {
      const next = new URLSearchParams(params);
      for (const [k, v] of Object.entries(patch)) {
        if (v) {
          next.set(k, v);
        } else {
          next.delete(k);
        }
      }
      setParams(next);
    },
    [params, setParams],
  );
  const level = ranking.data?.level;
  const handleOpen = useCallback(
    (row: RankingRow) => {
      if (!row.id) {
        return;
      }
      if (level === "unit") {
        go({ unitId: row.id, agencyId: undefined });
      } else if (level === "agency") {
        go({ unitId: ranking.data?.unit.id, agencyId: row.id });
      } else {
        navigate(figureLinks.ratings({ unitId: ranking.data?.unit.id, officerId: row.id, from, to }));
      }
    },
    [go, level, navigate, ranking.data, from, to],
  );

  const crumbs = summary.data?.breadcrumb ?? [];
  const agency = ranking.data?.agency;
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t("dashboard.title")}
          </Typography.Title>
          <Typography.Text type="secondary">{t("dashboard.intro")}</Typography.Text>
        </div>
        <DatePicker.RangePicker
          aria-label={t("dashboard.period")}
          data-testid="dashboard-period"
          format={DATE_INPUT_FORMAT}
          allowClear={false}
          value={[dayjs(from), dayjs(to)]}
          presets={[
            { label: t("dashboard.presets.thisMonth"), value: [dayjs().startOf("month"), dayjs()] },
            {
              label: t("dashboard.presets.quarter"),
              value: [dayjs().subtract(2, "month").startOf("month"), dayjs()],
            },
            {
              label: t("dashboard.presets.twelveMonths"),
              value: [dayjs().subtract(11, "month").startOf("month"), dayjs()],
            },
            { label: t("dashboard.presets.thisYear"), value: [dayjs().startOf("year"), dayjs()] },
          ]}
          onChange={(v) =>
            v?.[0] && v[1] && go({ from: v[0].format("YYYY-MM-DD"), to: v[1].format("YYYY-MM-DD") })
          }
        />
      </Flex>
      {error ? (
        <Alert
          type="error"
          showIcon
          data-testid="dashboard-error"
          title={isApiError(error) && error.message ? error.message : t("errors.unexpected")}
        />
      ) : null}
      <Breadcrumb
        data-testid="dashboard-breadcrumb"
        items={[
          ...crumbs.map((u, i) => ({
            key: u.id,
            title:
              i === crumbs.length - 1 && !agency ? (
                <strong>{u.name}</strong>
              ) : (
                <a
                  href={`?unitId=${u.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    go({ unitId: u.id, agencyId: undefined });
                  }}
                >
                  {u.name}
                </a>
              ),
          })),
          ...(agency ? [{ key: agency.id, title: <strong>{agency.name}</strong> }] : []),
        ]}
      />
      <HeadlineCards
        summary={summary.data}
        loading={summary.isLoading}
        hasChildUnits={ranking.data?.level === "unit"}
      />
      <TrendChart trend={trend.data} />
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="ranking-title">
        {level
          ? t(`dashboard.ranking.title.${level}`, { name: agency?.name ?? ranking.data?.unit.name })
          : null}
      </Typography.Title>
      <Typography.Text type="secondary">
        {level ? t(`dashboard.ranking.help.${level}`) : null}
      </Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={16}>
          <RankingTable
            ranking={ranking.data}
            loading={ranking.isLoading}
            from={from}
            to={to}
            onOpen={handleOpen}
          />
        </Col>
        <Col xs={24} xxl={8}>
          <RankingChart rows={ranking.data?.rows ?? []} onOpen={handleOpen} />
        </Col>
      </Row>
      <Alert type="info" showIcon title={t("dashboard.notes.snapshot")} />
    </Space>
  );
}
