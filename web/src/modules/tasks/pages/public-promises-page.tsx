import type { PublicPromise } from "@danvan/common";
import { Alert, Card, Col, Empty, Progress, Row, Select, Space, Spin, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PublicLayout } from "../../../app/public-layout";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { usePublicPromises, usePublicPromiseUnits } from "../api";
import { sourceLabel, TaskStatusTag } from "../components/task-status";

function PromiseCard({ p }: { p: PublicPromise }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card size="small" data-testid={`promise-${p.code}`} style={{ height: "100%" }}>
      <Space direction="vertical" size={4} style={{ width: "100%" }}>
        <Typography.Text type="secondary">
          {p.unitName} · {sourceLabel(p.source, lang)}
        </Typography.Text>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {p.title}
        </Typography.Title>
        {p.summary && <Typography.Paragraph style={{ margin: 0 }}>{p.summary}</Typography.Paragraph>}
        <TaskStatusTag status={p.status} isOverdue={p.isOverdue} />
        <Typography.Text>
          {t("tasks.public.due")}: <strong>{formatDate(p.dueDate, lang)}</strong>
          {p.completedAt && (
            <>
              {" "}
              · {t("tasks.public.completed")}: <strong>{formatDate(p.completedAt, lang)}</strong>
            </>
          )}
        </Typography.Text>
        <Progress percent={p.progress} size="small" />
        {p.evidenceSummary && (
          <Alert
            type="success"
            showIcon
            message={t("tasks.public.evidence")}
            description={<span style={{ whiteSpace: "pre-wrap" }}>{p.evidenceSummary}</span>}
            data-testid="promise-evidence"
          />
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t("tasks.public.code")}: {p.code}
        </Typography.Text>
      </Space>
    </Card>
  );
}

/** "Dân kiểm tra": what the authorities promised the people, its state and proof; no staff names. */
export default function PublicPromisesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const units = usePublicPromiseUnits(lang);
  const promises = usePublicPromises(unitId, lang);
  const items = promises.data?.items ?? [];
  return (
    <PublicLayout title={t("tasks.public.title")}>
      <Typography.Paragraph>{t("tasks.public.intro")}</Typography.Paragraph>
      <Select
        allowClear
        showSearch={{ optionFilterProp: "label" }}
        value={unitId}
        onChange={setUnitId}
        placeholder={t("tasks.public.allUnits")}
        aria-label={t("tasks.public.filterUnit")}
        style={{ width: 320, maxWidth: "100%" }}
        loading={units.isPending}
        data-testid="promise-unit-filter"
        options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.count})` }))}
      />
      {promises.isError && <Alert type="error" showIcon message={t("errors.loadFailed")} />}
      {promises.isPending ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty description={t("tasks.public.empty")} />
      ) : (
        <Row gutter={[16, 16]} data-testid="promise-list">
          {items.map((p) => (
            <Col key={p.id} xs={24} md={12}>
              <PromiseCard p={p} />
            </Col>
          ))}
        </Row>
      )}
    </PublicLayout>
  );
}
