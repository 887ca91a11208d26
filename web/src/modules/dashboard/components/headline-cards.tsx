import type { DashboardSummary } from "@danvan/common";
import { Card, Col, Flex, Row, Statistic, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { percent, shareWithN } from "../figure-text";
import { figureLinks } from "../links";
import { OneStopScoreCard } from "./one-stop-score-card";

type Props = {
  summary: DashboardSummary | undefined;
  loading: boolean;
  /** The unit has units below it (the ranking lists units, not agencies). */
  hasChildUnits: boolean;
};

function Figure(props: {
  testId: string;
  title: string;
  value: string | number;
  to: string;
  linkText: string;
  missing: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid={props.testId} style={{ height: "100%" }}>
      <Statistic title={props.title} value={props.missing ? "—" : props.value} />
      {props.missing ? (
        <Typography.Text type="secondary">{t("dashboard.cards.notInRole")}</Typography.Text>
      ) : (
        <Flex vertical gap={2}>
          {props.children}
          <Link to={props.to} data-testid={`${props.testId}-link`}>
            {props.linkText} →
          </Link>
        </Flex>
      )}
    </Card>
  );
}

/** The headline figures, each with its n and numerators and a link to the list it counts. */
export function HeadlineCards({ summary, loading, hasChildUnits }: Props) {
  const { t } = useTranslation();
  if (!summary) {
    return <Card loading={loading} />;
  }
  const f = summary.figures;
  const scope = { unitId: summary.unit.id, from: summary.from, to: summary.to };
  const rules = summary.rules;
  const s = f.satisfaction;
  const d = f.dossiers;
  const p = f.petitions;
  const r = f.reception;
  return (
    <Row gutter={[12, 12]} data-testid="dashboard-cards">
      <Col xs={24} sm={12} xl={8}>
        <Figure
          testId="card-satisfaction"
          title={t("dashboard.cards.satisfaction")}
          value={shareWithN(s?.satisfiedShare, s?.n)}
          to={figureLinks.ratings(scope)}
          linkText={t("dashboard.cards.seeRatings")}
          missing={!s}
        >
          <Typography.Text>
            {t("dashboard.cards.levels", { vs: s?.verySatisfied, s: s?.satisfied, d: s?.dissatisfied })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t("dashboard.cards.score", { score: s?.score ?? "—" })}
            {summary.group766Points !== null && rules
              ? ` · ${t("dashboard.cards.points766", { points: summary.group766Points, max: rules.group766Max })}`
              : ""}
          </Typography.Text>
          {rules && !rules.verified ? (
            <span>
              <Tag color="orange" data-testid="rules-unverified">
                {t("dashboard.cards.unverified")}
              </Tag>
            </span>
          ) : null}
        </Figure>
      </Col>
      <Col xs={24} sm={12} xl={8}>
        <Figure
          testId="card-dossiers"
          title={t("dashboard.cards.dossiers")}
          value={shareWithN(d?.onTimeShare, d?.n)}
          to={figureLinks.dossiers({ ...scope, hasChildUnits })}
          linkText={t("dashboard.cards.seeDossiers")}
          missing={!d}
        >
          <Typography.Text>
            {t("dashboard.cards.timeliness", { early: d?.early, onTime: d?.onTime, late: d?.late })}
          </Typography.Text>
        </Figure>
      </Col>
      <Col xs={24} sm={12} xl={8}>
        <Figure
          testId="card-petitions"
          title={t("dashboard.cards.petitions")}
          value={p ? `${percent(p.handlingRate)} (n = ${p.accepted})` : "—"}
          to={figureLinks.petitionFigures(scope)}
          linkText={t("dashboard.cards.seePetitionFigures")}
          missing={!p}
        >
          <Typography.Text>
            {t("dashboard.cards.handled", {
              resolved: p?.resolved,
              accepted: p?.accepted,
              onTime: p?.resolvedOnTime,
            })}
          </Typography.Text>
          <Link to={figureLinks.overduePetitions(scope)} data-testid="card-petitions-overdue">
            {t("dashboard.cards.overduePetitions", { n: p?.overdue ?? 0, count: p?.overdue ?? 0 })}
          </Link>
        </Figure>
      </Col>
      <Col xs={24} sm={12} xl={8}>
        <Figure
          testId="card-reception"
          title={t("dashboard.cards.reception")}
          value={r ? t("dashboard.cards.citizens", { n: r.citizens }) : "—"}
          to={figureLinks.receptionSessions(scope)}
          linkText={t("dashboard.cards.seeSessions")}
          missing={!r}
        >
          <Typography.Text>
            {t("dashboard.cards.sessions", { sessions: r?.sessions, entries: r?.entries })}
          </Typography.Text>
          <Link to={figureLinks.receptionStats(scope)}>{t("dashboard.cards.seeReceptionStats")}</Link>
        </Figure>
      </Col>
      <Col xs={24} sm={12} xl={8}>
        <Figure
          testId="card-tasks"
          title={t("dashboard.cards.tasks")}
          value={f.tasks?.overdue ?? "—"}
          to={figureLinks.overdueTasks()}
          linkText={t("dashboard.cards.seeOverdueTasks")}
          missing={!f.tasks}
        >
          <Typography.Text>{t("dashboard.cards.openTasks", { n: f.tasks?.open ?? 0 })}</Typography.Text>
        </Figure>
      </Col>
      <Col xs={24} sm={12} xl={8}>
        <Figure
          testId="card-follow-ups"
          title={t("dashboard.cards.followUps")}
          value={s?.openFollowUps ?? "—"}
          to={figureLinks.ratings({ ...scope, followUp: "open" })}
          linkText={t("dashboard.cards.seeFollowUps")}
          missing={!s}
        >
          <Typography.Text type="secondary">
            {t("dashboard.cards.followUpsHelp", { n: s?.dissatisfied ?? 0 })}
          </Typography.Text>
        </Figure>
      </Col>
      <Col xs={24}>
        <OneStopScoreCard scores={summary.oneStopScores} unitId={summary.unit.id} />
      </Col>
    </Row>
  );
}
