import type { DashboardRanking, RankingRow } from "@danvan/common";
import { Button, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { compareVi } from "../../../lib/format";
import { percent } from "../figure-text";
import { figureLinks } from "../links";

type Props = {
  ranking: DashboardRanking | undefined;
  loading: boolean;
  from: string;
  to: string;
  onOpen: (row: RankingRow) => void;
};

const num = (v: number | null | undefined) => v ?? -1;

/** The ranking below the chosen unit, sortable by any figure; names open the next level. */
export function RankingTable({ ranking, loading, from, to, onOpen }: Props) {
  const { t } = useTranslation();
  const level = ranking?.level ?? "unit";
  const ratingsOf = (r: RankingRow) =>
    figureLinks.ratings({
      from,
      to,
      unitId: level === "unit" ? (r.id ?? undefined) : ranking?.unit.id,
      agencyId: level === "agency" ? (r.id ?? undefined) : undefined,
      officerId: level === "officer" ? (r.id ?? undefined) : undefined,
    });
  const hasUnitFigures = level === "unit";
  return (
    <Table<RankingRow>
      rowKey={(r) => `${r.id ?? "none"}-${r.isOwn}`}
      data-testid="ranking-table"
      size="small"
      loading={loading}
      dataSource={ranking?.rows ?? []}
      pagination={false}
      scroll={{ x: "max-content" }}
      locale={{ emptyText: t("dashboard.ranking.empty") }}
      columns={[
        {
          title: t(`dashboard.ranking.level.${level}`),
          fixed: "left",
          width: 240,
          sorter: (a, b) => compareVi(a.name, b.name),
          render: (_, r) =>
            level === "officer" ? (
              <Link to={ratingsOf(r)} data-testid="ranking-officer-link">
                {r.name}
              </Link>
            ) : r.canDrill ? (
              <Button
                type="link"
                style={{ padding: 0, height: "auto", whiteSpace: "normal", textAlign: "left" }}
                onClick={() => onOpen(r)}
                data-testid="ranking-open"
              >
                {r.name}
              </Button>
            ) : (
              <Typography.Text>
                {r.name || t("dashboard.ranking.unknown")}{" "}
                {r.isOwn ? <Tag>{t("dashboard.ranking.own")}</Tag> : null}
              </Typography.Text>
            ),
        },
        {
          title: t("dashboard.ranking.satisfied"),
          defaultSortOrder: "descend",
          sorter: (a, b) =>
            num(a.figures.satisfaction?.satisfiedShare) - num(b.figures.satisfaction?.satisfiedShare),
          render: (_, r) => {
            const s = r.figures.satisfaction;
            return s ? (
              <Link to={ratingsOf(r)}>
                {percent(s.satisfiedShare)} <Typography.Text type="secondary">(n = {s.n})</Typography.Text>
              </Link>
            ) : (
              "—"
            );
          },
        },
        {
          title: t("dashboard.ranking.dissatisfied"),
          sorter: (a, b) =>
            num(a.figures.satisfaction?.dissatisfied) - num(b.figures.satisfaction?.dissatisfied),
          render: (_, r) => r.figures.satisfaction?.dissatisfied ?? "—",
        },
        {
          title: t("dashboard.ranking.score"),
          sorter: (a, b) => num(a.figures.satisfaction?.score) - num(b.figures.satisfaction?.score),
          render: (_, r) => r.figures.satisfaction?.score ?? "—",
        },
        {
          title: t("dashboard.ranking.onTime"),
          sorter: (a, b) => num(a.figures.dossiers?.onTimeShare) - num(b.figures.dossiers?.onTimeShare),
          render: (_, r) => {
            const d = r.figures.dossiers;
            return d ? (
              <span
                title={t("dashboard.cards.timeliness", { early: d.early, onTime: d.onTime, late: d.late })}
              >
                {percent(d.onTimeShare)} <Typography.Text type="secondary">(n = {d.n})</Typography.Text>
                {d.late ? (
                  <Tag color="red" style={{ marginLeft: 4 }}>
                    {t("dashboard.ranking.late", { n: d.late })}
                  </Tag>
                ) : null}
              </span>
            ) : (
              "—"
            );
          },
        },
        ...(hasUnitFigures
          ? [
              {
                title: t("dashboard.ranking.handled"),
                sorter: (a: RankingRow, b: RankingRow) =>
                  num(a.figures.petitions?.handlingRate) - num(b.figures.petitions?.handlingRate),
                render: (_: unknown, r: RankingRow) => {
                  const p = r.figures.petitions;
                  return p ? (
                    <span>
                      {percent(p.handlingRate)}{" "}
                      <Typography.Text type="secondary">
                        ({p.resolved}/{p.accepted})
                      </Typography.Text>
                    </span>
                  ) : (
                    "—"
                  );
                },
              },
              {
                title: t("dashboard.ranking.citizens"),
                sorter: (a: RankingRow, b: RankingRow) =>
                  num(a.figures.reception?.citizens) - num(b.figures.reception?.citizens),
                render: (_: unknown, r: RankingRow) =>
                  r.figures.reception
                    ? t("dashboard.ranking.citizensIn", {
                        n: r.figures.reception.citizens,
                        s: r.figures.reception.sessions,
                      })
                    : "—",
              },
              {
                title: t("dashboard.ranking.overdueTasks"),
                sorter: (a: RankingRow, b: RankingRow) =>
                  num(a.figures.tasks?.overdue) - num(b.figures.tasks?.overdue),
                render: (_: unknown, r: RankingRow) => r.figures.tasks?.overdue ?? "—",
              },
            ]
          : []),
        {
          title: t("dashboard.ranking.followUps"),
          sorter: (a, b) =>
            num(a.figures.satisfaction?.openFollowUps) - num(b.figures.satisfaction?.openFollowUps),
          render: (_, r) => r.figures.satisfaction?.openFollowUps ?? "—",
        },
      ]}
    />
  );
}
