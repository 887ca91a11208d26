import type { TransparencyFigures } from "@danvan/common";
import { Card, Col, Row, Space, Statistic, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** A share as a percentage with one decimal; always shown with its n. */
export function percent(share: number | null, lang: string): string {
  return share === null
    ? "—"
    : `${new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(share * 100)} %`;
}

function FigureCard(props: {
  testId: string;
  title: string;
  value: string;
  n: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card data-testid={props.testId} style={{ height: "100%" }}>
      <Statistic title={props.title} value={props.value} valueStyle={{ fontSize: 32 }} />
      <Typography.Text type="secondary" data-testid={`${props.testId}-n`}>
        {props.n}
      </Typography.Text>
      <div style={{ marginTop: 12 }}>{props.children}</div>
    </Card>
  );
}

/** The three headline figures of a unit: satisfaction, on-time results, petition handling. */
export function FigureCards({ f, scoreVerified }: { f: TransparencyFigures; scoreVerified: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { satisfaction: s, dossiers: d, petitions: p } = f;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={8}>
        <FigureCard
          testId="figure-satisfaction"
          title={t("transparency.satisfaction.title")}
          value={percent(s.satisfiedShare, lang)}
          n={t("transparency.satisfaction.n", { n: s.n })}
        >
          <Space wrap size={[4, 4]}>
            <Tag color="green">{t("transparency.satisfaction.very", { n: s.verySatisfied })}</Tag>
            <Tag color="blue">{t("transparency.satisfaction.satisfied", { n: s.satisfied })}</Tag>
            <Tag color="red">{t("transparency.satisfaction.dissatisfied", { n: s.dissatisfied })}</Tag>
          </Space>
          {s.score !== null && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t("transparency.satisfaction.score", { score: s.score })}
              {scoreVerified ? "" : ` ${t("transparency.satisfaction.unverified")}`}
            </Typography.Paragraph>
          )}
        </FigureCard>
      </Col>
      <Col xs={24} md={8}>
        <FigureCard
          testId="figure-dossiers"
          title={t("transparency.dossiers.title")}
          value={percent(d.onTimeShare, lang)}
          n={t("transparency.dossiers.n", { n: d.n })}
        >
          <Space wrap size={[4, 4]}>
            <Tag color="green">{t("transparency.dossiers.early", { n: d.early })}</Tag>
            <Tag color="blue">{t("transparency.dossiers.onTime", { n: d.onTime })}</Tag>
            <Tag color="red">{t("transparency.dossiers.late", { n: d.late })}</Tag>
          </Space>
        </FigureCard>
      </Col>
      <Col xs={24} md={8}>
        <FigureCard
          testId="figure-petitions"
          title={t("transparency.petitions.title")}
          value={percent(p.handlingRate, lang)}
          n={t("transparency.petitions.n", { resolved: p.resolved, n: p.accepted })}
        >
          <Typography.Text>
            {t("transparency.petitions.onTime", {
              share: percent(p.onTimeRate, lang),
              onTime: p.resolvedOnTime,
              n: p.resolved,
            })}
          </Typography.Text>
        </FigureCard>
      </Col>
    </Row>
  );
}
