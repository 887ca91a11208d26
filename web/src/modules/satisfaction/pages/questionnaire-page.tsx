import { EditOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, List, Skeleton, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/use-lang";
import { useMe } from "../../auth/api";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { useQuestionnaire } from "../api";
import { QuestionnaireEditor } from "../components/questionnaire-editor";

/** A unit's SIPAS-style questionnaire: what citizens answer now, and a new version for those who manage it. */
export default function QuestionnairePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const [unitId, setUnitId] = useState(me.unitId);
  const [editing, setEditing] = useState(false);
  const current = useQuestionnaire(unitId);
  const canManage = me.permissions.includes("satisfaction.manage");
  const q = current.data;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t("satisfaction.questionnaire.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t("satisfaction.questionnaire.intro")}
      </Typography.Paragraph>
      <Flex gap={12} wrap align="center">
        <UnitTreeSelect
          aria-label={t("satisfaction.questionnaire.unit")}
          value={unitId}
          disabled={editing}
          onChange={(v) => typeof v === "string" && setUnitId(v)}
          data-testid="questionnaire-unit"
        />
        {q && (
          <Tag color={q.version === 0 ? "default" : "blue"} data-testid="questionnaire-version">
            {q.version === 0
              ? t("satisfaction.questionnaire.shipped")
              : t("satisfaction.questionnaire.version", { version: q.version })}
          </Tag>
        )}
        {q && canManage && !editing && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="questionnaire-edit">
            {t("satisfaction.questionnaire.edit")}
          </Button>
        )}
      </Flex>
      {current.isError && <Alert type="error" showIcon title={current.error.message} />}
      {current.isPending ? (
        <Skeleton active />
      ) : q && editing ? (
        <QuestionnaireEditor
          key={`${unitId}-${q.version}`}
          unitId={unitId}
          questions={q.questions}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      ) : q ? (
        <Card size="small">
          <List
            data-testid="questionnaire-questions"
            dataSource={q.questions}
            renderItem={(item, index) => (
              <List.Item>
                <List.Item.Meta
                  title={`${index + 1}. ${lang === "en" ? item.textEn : item.textVi}`}
                  description={`${t(`satisfaction.factor.${item.factor}`)} · ${lang === "en" ? item.textVi : item.textEn}`}
                />
              </List.Item>
            )}
          />
          <Typography.Text type="secondary">{t("satisfaction.form.scale")}</Typography.Text>
        </Card>
      ) : null}
    </Flex>
  );
}
