import {
  Alert,
  App,
  Card,
  Col,
  Empty,
  List,
  Progress,
  Result,
  Row,
  Space,
  Spin,
  Tag,
  Typography,
} from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PublicLayout } from "../../../app/public-layout";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { CommitmentList } from "../components/commitment-list";
import { FileLinks } from "../components/file-links";
import { PhaseSteps } from "../components/phase-steps";
import { PublicComments } from "../components/public-comments";
import { PublicParticipation } from "../components/public-participation";
import { ResultsView } from "../components/results-view";
import { matterLabel } from "../labels";
import { publicFileUrl, usePublicConsultation } from "../public-api";

/** One consultation in plain language: what, why, the options, the results, the answers and the promises kept. */
export default function PublicConsultationPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const query = usePublicConsultation(id);
  if (query.isPending) {
    return (
      <PublicLayout>
        <Spin />
      </PublicLayout>
    );
  }
  const c = query.data;
  if (!c) {
    return (
      <PublicLayout>
        <Result
          status="404"
          title={t("consultations.detail.notFound")}
          extra={<Link to="/public/consultations">{t("consultations.public.back")}</Link>}
        />
      </PublicLayout>
    );
  }
  const answered = c.questions.filter((q) => q.answer);
  const fileUrl = (f: string) => publicFileUrl(c.id, f);
  // The public frame has no AntD App: toasts and dialogs of the forms below need one.
  return (
    <App>
      <PublicLayout title={<span data-testid="public-heading">{c.title}</span>}>
        <Typography.Text type="secondary">
          {c.code} · {c.unitName} ·{" "}
          {c.areas.map((a) => [a.unitName, a.hamlet].filter(Boolean).join(" – ")).join("; ")}
        </Typography.Text>
        <Card>
          <PhaseSteps phase={c.phase} phases={c.phases} />
          <Typography.Paragraph style={{ whiteSpace: "pre-line", marginTop: 16, fontSize: 15 }}>
            {c.summary}
          </Typography.Paragraph>
          <FileLinks files={c.files} urlOf={fileUrl} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {matterLabel(c.matterType, lang)}
          </Typography.Paragraph>
        </Card>
        <Card title={t("consultations.public.options")}>
          <List
            dataSource={c.options}
            locale={{ emptyText: t("consultations.options.empty") }}
            renderItem={(o) => (
              <List.Item>
                <List.Item.Meta
                  title={`${o.position}. ${o.label}`}
                  description={
                    <Space direction="vertical">
                      {o.description && <Typography.Text>{o.description}</Typography.Text>}
                      <FileLinks files={o.files} urlOf={fileUrl} />
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
        {c.votingOpen && <PublicParticipation c={c} />}
        <Card title={t("consultations.public.results")}>
          <Space direction="vertical" style={{ width: "100%" }}>
            {c.results.final && <Alert type="info" showIcon message={t("consultations.public.closed")} />}
            <ResultsView result={c.results} />
          </Space>
        </Card>
        <Card
          title={t("consultations.public.questions")}
          extra={
            <Tag color={c.unansweredQuestions > 0 ? "gold" : "green"} data-testid="public-unanswered">
              {t("consultations.public.unanswered", { count: c.unansweredQuestions })}
            </Tag>
          }
        >
          <List
            dataSource={answered}
            locale={{ emptyText: t("consultations.public.noAnswers") }}
            data-testid="public-answers"
            renderItem={(q) => (
              <List.Item>
                <Space direction="vertical" size={2}>
                  <Typography.Text strong>{q.body}</Typography.Text>
                  <Typography.Text style={{ whiteSpace: "pre-line" }}>↳ {q.answer}</Typography.Text>
                  {q.answeredAt && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t("consultations.public.answeredOn", { date: formatDate(q.answeredAt, lang) })}
                    </Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
          {!c.votingOpen && (
            <Typography.Text type="secondary">{t("consultations.public.askWhenOpen")}</Typography.Text>
          )}
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} md={12}>
            <Card title={t("consultations.public.meetings")} style={{ height: "100%" }}>
              {c.meetings.length === 0 ? (
                <Empty description={t("consultations.meetings.empty")} />
              ) : (
                c.meetings.map((m) => (
                  <Space key={m.id} direction="vertical" size={2} style={{ marginBottom: 12 }}>
                    <Typography.Text strong>
                      {formatDate(m.heldOn, lang)} · {m.place}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {t("consultations.meetings.presentOf", {
                        present: m.householdsPresent,
                        total: m.totalHouseholds,
                      })}
                    </Typography.Text>
                    {m.concerns.map((q) => (
                      <Typography.Text key={q.concern}>
                        <b>{q.concern}</b> — {q.answer}
                      </Typography.Text>
                    ))}
                  </Space>
                ))
              )}
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card title={t("consultations.public.consensus")} style={{ height: "100%" }}>
              {c.consensus.tracked === 0 ? (
                <Empty description={t("consultations.tracker.empty")} />
              ) : (
                <Space align="center">
                  <Progress type="circle" size={80} percent={c.consensus.percent} />
                  <Typography.Text>
                    {t("consultations.tracker.consensus", {
                      agreed: c.consensus.agreed,
                      tracked: c.consensus.tracked,
                    })}
                  </Typography.Text>
                </Space>
              )}
            </Card>
          </Col>
        </Row>
        <Card title={t("consultations.public.commitments")}>
          <CommitmentList items={c.commitments} />
        </Card>
        <PublicComments c={c} />
      </PublicLayout>
    </App>
  );
}
