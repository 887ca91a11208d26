import { PlusOutlined } from "@ant-design/icons";
import type { ConsultationPhase, ConsultationSummary } from "@danvan/common";
import { Badge, Button, Card, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { formatDateTime } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useMe } from "../../auth/api";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { useConsultations } from "../api";
import { matterLabel, PHASE_COLORS, phaseLabel, phaseOptions } from "../labels";

/** Consultations of the units the officer follows, with what still waits for an answer. */
export default function ConsultationsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const navigate = useNavigate();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [phase, setPhase] = useState<ConsultationPhase | undefined>();
  const list = useConsultations({ unitId, phase });
  const canManage = me.permissions.includes("consultations.manage");

  return (
    <Card
      title={t("consultations.list.title")}
      extra={
        canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate("/consultations/new")}
            data-testid="consultation-new"
          >
            {t("consultations.list.new")}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t("consultations.list.intro")}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <UnitTreeSelect
          allowClear
          value={unitId ?? null}
          onChange={(v) => setUnitId((v as string | null) ?? undefined)}
          placeholder={t("consultations.fields.unit")}
          style={{ minWidth: 240 }}
        />
        <Select
          allowClear
          placeholder={t("consultations.fields.phase")}
          style={{ width: 240 }}
          value={phase}
          onChange={setPhase}
          options={phaseOptions(lang)}
        />
      </Space>
      <Table<ConsultationSummary>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 25, hideOnSinglePage: true }}
        locale={{ emptyText: t("consultations.list.empty") }}
        data-testid="consultations-table"
        columns={[
          {
            title: t("consultations.fields.title"),
            key: "title",
            render: (_, c) => (
              <Space direction="vertical" size={0}>
                <Link to={`/consultations/${c.id}`} data-testid={`consultation-link-${c.code}`}>
                  {c.title}
                </Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.code} · {c.unitName}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t("consultations.fields.phase"),
            key: "phase",
            width: 200,
            render: (_, c) => (
              <Space direction="vertical" size={2}>
                <Tag color={PHASE_COLORS[c.phase]}>{phaseLabel(c.phase, lang)}</Tag>
                {c.votingOpen && <Tag color="red">{t("consultations.voting.openTag")}</Tag>}
                {!c.isPublished && <Tag>{t("consultations.list.draft")}</Tag>}
              </Space>
            ),
          },
          {
            title: t("consultations.fields.matterType"),
            key: "matter",
            width: 220,
            render: (_, c) => matterLabel(c.matterType, lang),
          },
          {
            title: t("consultations.questions.unanswered"),
            key: "q",
            align: "right",
            width: 120,
            render: (_, c) => (
              <Badge
                count={c.unansweredQuestions}
                showZero
                color={c.unansweredQuestions > 0 ? "red" : "green"}
                data-testid={`unanswered-${c.code}`}
              />
            ),
          },
          {
            title: t("consultations.fields.updatedAt"),
            key: "u",
            width: 150,
            render: (_, c) => formatDateTime(c.updatedAt, lang),
          },
        ]}
      />
    </Card>
  );
}
