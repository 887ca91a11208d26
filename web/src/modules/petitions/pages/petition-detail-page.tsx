import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Result, Row, Space, Spin, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { isApiError } from "../../../lib/api-client";
import { SourceTasks } from "../../tasks/components/source-tasks";
import { usePetition } from "../api";
import { FollowUpBanner } from "../components/follow-up-status";
import { PetitionActions } from "../components/petition-actions";
import { PetitionFacts } from "../components/petition-facts";
import { PetitionHandling } from "../components/petition-handling";
import { DueTag, KindTag, StatusTag } from "../components/petition-tags";
import { PetitionTimeline } from "../components/petition-timeline";
import { SimilarPanel } from "../components/similar-panel";

/** One petition: facts, classification, deadlines, decision, assignment, answer, timeline and actions. */
export default function PetitionDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const query = usePetition(id);
  if (query.isPending) {
    return <Spin style={{ display: "block", margin: 48 }} />;
  }
  if (query.isError) {
    const missing =
      isApiError(query.error) && (query.error.code === "NOT_FOUND" || query.error.code === "VALIDATION");
    return (
      <Result
        status={missing ? "404" : "error"}
        title={missing ? t("petitions.notFound") : t("errors.loadFailed")}
        extra={<Link to="/petitions/mine">{t("petitions.backToList")}</Link>}
      />
    );
  }
  const p = query.data;
  const deciding = p.status === "received" || p.status === "information";
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="petition-detail">
      <Card>
        <Space direction="vertical" style={{ width: "100%" }}>
          <Button
            type="link"
            icon={<ArrowLeftOutlined />}
            style={{ paddingInline: 0 }}
            onClick={() => navigate(-1)}
            data-testid="petition-back"
          >
            {t("petitions.back")}
          </Button>
          <Space wrap align="center">
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="petition-code">
              {p.code}
            </Typography.Title>
            <KindTag kind={p.kind} round={p.round} />
            <StatusTag status={p.status} />
            {p.currentDue && <DueTag due={p.currentDue} daysLeft={p.daysLeft} />}
            {p.isComplex && <Typography.Text type="warning">{t("petitions.decide.complex")}</Typography.Text>}
          </Space>
          <Typography.Text>{p.summary}</Typography.Text>
          {p.status === "information" && (
            <Alert type="info" showIcon message={t("petitions.informationHint")} />
          )}
          {p.isOverdue && <Alert type="error" showIcon message={t("petitions.overdueHint")} />}
          <FollowUpBanner followUp={p.followUp} />
          <PetitionActions petition={p} />
        </Space>
      </Card>
      {deciding && <SimilarPanel petitionId={p.id} prominent={p.abilities.decide || p.abilities.classify} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space direction="vertical" size="middle" style={{ width: "100%" }}>
            <Card title={t("petitions.facts")} size="small">
              <PetitionFacts petition={p} />
            </Card>
            <PetitionHandling petition={p} />
            <Card title={t("tasks.source.petition")} size="small">
              <SourceTasks type="petition" id={p.id} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <PetitionTimeline petition={p} />
        </Col>
      </Row>
      {!deciding && <SimilarPanel petitionId={p.id} prominent={false} />}
    </Space>
  );
}
