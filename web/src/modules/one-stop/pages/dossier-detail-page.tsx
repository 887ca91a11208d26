import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Result, Row, Space, Spin, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { isApiError } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format";
import { useDossier } from "../api";
import { DossierActions } from "../components/dossier-actions";
import { DossierFacts } from "../components/dossier-facts";
import { DossierSteps } from "../components/dossier-steps";
import { OverdueTag, StatusTag, TimelinessTag } from "../components/dossier-tags";
import { DossierTimeline } from "../components/dossier-timeline";

/** One dossier: state, actions allowed now, printable slips, facts, steps and the timeline. */
export default function DossierDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const query = useDossier(id);
  if (query.isPending) {
    return <Spin style={{ display: "block", margin: 48 }} />;
  }
  if (query.isError) {
    const missing =
      isApiError(query.error) && (query.error.code === "NOT_FOUND" || query.error.code === "VALIDATION");
    return (
      <Result
        status={missing ? "404" : "error"}
        title={missing ? t("onestop.notFound") : t("errors.loadFailed")}
        extra={<Link to="/onestop/queues">{t("onestop.backToQueues")}</Link>}
      />
    );
  }
  const d = query.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="dossier-detail">
      <Card>
        <Space direction="vertical" style={{ width: "100%" }}>
          <Button
            type="link"
            icon={<ArrowLeftOutlined />}
            style={{ paddingInline: 0 }}
            onClick={() => navigate(-1)}
          >
            {t("onestop.back")}
          </Button>
          <Space wrap align="center">
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="dossier-code">
              {d.code}
            </Typography.Title>
            <StatusTag status={d.status} />
            <TimelinessTag value={d.timeliness} testId="dossier-timeliness" />
            <OverdueTag overdue={d.isOverdue} />
          </Space>
          <Typography.Text>
            {d.procedure.name} · {d.applicant.name} · {d.unitName}
          </Typography.Text>
          {d.currentStep && (
            <Typography.Text data-testid="dossier-current-step">
              {t("onestop.stepN", { n: d.currentStep.stepNo })}: {d.currentStep.name}
              {d.currentStep.dueDate ? ` · ${t("onestop.dueDate")} ${formatDate(d.currentStep.dueDate)}` : ""}
              {d.handler ? ` · ${d.handler.name}` : ""}{" "}
              <OverdueTag
                overdue={d.steps.some((s) => s.round === d.round && s.status === "active" && s.isOverdue)}
              />
            </Typography.Text>
          )}
          {d.isOverdue && <Alert type="error" showIcon message={t("onestop.overdueHint")} />}
          <DossierActions dossier={d} />
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space direction="vertical" size="middle" style={{ width: "100%" }}>
            <Card title={t("onestop.facts")} size="small">
              <DossierFacts dossier={d} />
            </Card>
            <Card title={t("onestop.steps")} size="small">
              <DossierSteps dossier={d} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <DossierTimeline dossier={d} />
        </Col>
      </Row>
    </Space>
  );
}
