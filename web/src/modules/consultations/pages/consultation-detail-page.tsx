import { Alert, Badge, Card, Descriptions, Result, Space, Spin, Tabs, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { formatDate, formatDateTime } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { staffFileUrl, useConsultation } from "../api";
import { CommentsTab } from "../components/comments-tab";
import { CommitmentsTab } from "../components/commitments-tab";
import { ConsultationActions } from "../components/consultation-actions";
import { FileLinks } from "../components/file-links";
import { HouseholdsTab } from "../components/households-tab";
import { MeetingsTab } from "../components/meetings-tab";
import { OptionsTab } from "../components/options-tab";
import { PhaseSteps } from "../components/phase-steps";
import { QuestionsTab } from "../components/questions-tab";
import { ResultsView } from "../components/results-view";
import { TrackerTab } from "../components/tracker-tab";
import { matterLabel } from "../labels";

export default function ConsultationDetailPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const query = useConsultation(id);
  if (query.isPending) {
    return <Spin />;
  }
  const c = query.data;
  if (!c) {
    return <Result status="404" title={t("consultations.detail.notFound")} />;
  }
  const tab = params.get("tab") ?? "options";
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card
        title={
          <Space direction="vertical" size={0} style={{ whiteSpace: "normal" }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.code} · {c.unitName}
            </Typography.Text>
            <span data-testid="consultation-heading">{c.title}</span>
          </Space>
        }
        extra={<ConsultationActions c={c} />}
      >
        <Space direction="vertical" style={{ width: "100%" }}>
          {!c.isPublished && <Alert type="info" showIcon message={t("consultations.detail.draft")} />}
          <PhaseSteps phase={c.phase} phases={c.phases} />
          <Typography.Paragraph style={{ whiteSpace: "pre-line" }}>{c.summary}</Typography.Paragraph>
          <FileLinks files={c.files} urlOf={(f) => staffFileUrl(c.id, f)} />
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t("consultations.fields.matterType")}>
              {matterLabel(c.matterType, lang)}
            </Descriptions.Item>
            <Descriptions.Item label={t("consultations.fields.areas")}>
              {c.areas.map((a) => [a.unitName, a.hamlet].filter(Boolean).join(" – ")).join("; ")}
            </Descriptions.Item>
            <Descriptions.Item label={t("consultations.fields.owner")}>{c.owner.fullName}</Descriptions.Item>
            <Descriptions.Item label={t("consultations.fields.director")}>
              {c.director.fullName}
            </Descriptions.Item>
            <Descriptions.Item label={t("consultations.fields.voting")}>
              {c.votingOpen ? (
                <Tag color="red">{t("consultations.voting.openTag")}</Tag>
              ) : c.result.final ? (
                <Tag>{t("consultations.voting.closedTag")}</Tag>
              ) : (
                <Tag>{t("consultations.voting.notOpen")}</Tag>
              )}
            </Descriptions.Item>
            {c.recordDue && (
              <Descriptions.Item label={t("consultations.record.label")}>
                {c.recordSentAt ? (
                  <Tag color="green">
                    {t("consultations.record.sentOn", { date: formatDateTime(c.recordSentAt, lang) })}
                  </Tag>
                ) : (
                  <Tag color={c.recordOverdue ? "red" : "gold"} data-testid="record-due">
                    {t(c.recordOverdue ? "consultations.record.overdue" : "consultations.record.due", {
                      date: formatDate(c.recordDue, lang),
                    })}
                  </Tag>
                )}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Space>
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            { key: "options", label: t("consultations.tabs.options"), children: <OptionsTab c={c} /> },
            {
              key: "households",
              label: t("consultations.tabs.households"),
              children: <HouseholdsTab c={c} />,
            },
            {
              key: "meetings",
              label: t("consultations.tabs.meetings", { count: c.counts.meetings }),
              children: <MeetingsTab c={c} />,
            },
            {
              key: "results",
              label: t("consultations.tabs.results"),
              children: <ResultsView result={c.result} />,
            },
            {
              key: "questions",
              label: (
                <Badge count={c.unansweredQuestions} size="small" offset={[8, -2]}>
                  {t("consultations.tabs.questions")}
                </Badge>
              ),
              children: <QuestionsTab c={c} />,
            },
            {
              key: "comments",
              label: (
                <Badge count={c.counts.pendingComments} size="small" offset={[8, -2]} color="gold">
                  {t("consultations.tabs.comments")}
                </Badge>
              ),
              children: <CommentsTab c={c} />,
            },
            { key: "affected", label: t("consultations.tabs.affected"), children: <TrackerTab c={c} /> },
            {
              key: "commitments",
              label: t("consultations.tabs.commitments", { count: c.commitments.length }),
              children: <CommitmentsTab c={c} />,
            },
          ].map((item) => ({ ...item, label: <span data-testid={`tab-${item.key}`}>{item.label}</span> }))}
        />
      </Card>
    </Space>
  );
}
