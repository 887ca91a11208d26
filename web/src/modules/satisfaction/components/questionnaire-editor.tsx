import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { type QuestionnaireQuestion, SATISFACTION_LIMITS, SipasFactor } from "@danvan/common";
import { App, Button, Card, Flex, Form, Input, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useReportError } from "../../../lib/use-report-error";
import { useSaveQuestionnaire } from "../api";

type Props = {
  unitId: string;
  questions: QuestionnaireQuestion[];
  onSaved: () => void;
  onCancel: () => void;
};

/** A code no other question of the list uses, for a newly added question. */
function freshKey(questions: Partial<QuestionnaireQuestion>[]): string {
  const used = new Set(questions.map((q) => q?.key));
  let n = questions.length + 1;
  while (used.has(`cau_${n}`)) {
    n += 1;
  }
  return `cau_${n}`;
}

/**
 * Edits a unit's questionnaire as a whole and saves it as a new version: ratings already given keep the
 * version they answered. The server's checks (codes, lengths, duplicates) show under their field.
 */
export function QuestionnaireEditor({ unitId, questions, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useReportError();
  const save = useSaveQuestionnaire();
  const [form] = Form.useForm<{ questions: QuestionnaireQuestion[] }>();
  const factorOptions = SipasFactor.options.map((f) => ({ value: f, label: t(`satisfaction.factor.${f}`) }));

  const submit = (values: { questions: QuestionnaireQuestion[] }) =>
    save.mutate(
      { unitId, questions: values.questions ?? [] },
      {
        onSuccess: (saved) => {
          void message.success(t("satisfaction.questionnaire.saved", { version: saved.version }));
          onSaved();
        },
        onError: (e) => report(e, form),
      },
    );

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ questions }}
      onFinish={submit}
      data-testid="questionnaire-editor"
    >
      <Form.List name="questions">
        {(fields, { add, remove, move }) => (
          <Flex vertical gap={12}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                data-testid="questionnaire-question"
                title={t("satisfaction.questionnaire.question", { n: index + 1 })}
                extra={
                  <Flex gap={4}>
                    <Button
                      size="small"
                      icon={<ArrowUpOutlined />}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                      aria-label={t("satisfaction.questionnaire.up")}
                      title={t("satisfaction.questionnaire.up")}
                    />
                    <Button
                      size="small"
                      icon={<ArrowDownOutlined />}
                      disabled={index === fields.length - 1}
                      onClick={() => move(index, index + 1)}
                      aria-label={t("satisfaction.questionnaire.down")}
                      title={t("satisfaction.questionnaire.down")}
                    />
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                      aria-label={t("satisfaction.questionnaire.remove")}
                      title={t("satisfaction.questionnaire.remove")}
                    />
                  </Flex>
                }
              >
                <Form.Item
                  name={[field.name, "textVi"]}
                  label={t("satisfaction.questionnaire.textVi")}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t("satisfaction.questionnaire.textRequired"),
                    },
                  ]}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, "textEn"]}
                  label={t("satisfaction.questionnaire.textEn")}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t("satisfaction.questionnaire.textRequired"),
                    },
                  ]}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
                </Form.Item>
                <Flex gap={12} wrap>
                  <Form.Item
                    name={[field.name, "factor"]}
                    label={t("satisfaction.questionnaire.factor")}
                    style={{ flex: "1 1 260px", marginBottom: 0 }}
                  >
                    <Select options={factorOptions} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, "key"]}
                    label={t("satisfaction.questionnaire.key")}
                    tooltip={t("satisfaction.questionnaire.keyHelp")}
                    style={{ flex: "0 1 200px", marginBottom: 0 }}
                  >
                    <Input />
                  </Form.Item>
                </Flex>
              </Card>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={fields.length >= SATISFACTION_LIMITS.questions}
              onClick={() =>
                add({
                  key: freshKey(form.getFieldValue("questions") ?? []),
                  factor: "access",
                  textVi: "",
                  textEn: "",
                })
              }
              data-testid="questionnaire-add"
            >
              {t("satisfaction.questionnaire.add", { max: SATISFACTION_LIMITS.questions })}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Typography.Paragraph type="secondary" style={{ margin: "12px 0" }}>
        {t("satisfaction.questionnaire.versionNote")}
      </Typography.Paragraph>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="questionnaire-save">
          {t("satisfaction.questionnaire.save")}
        </Button>
        <Button onClick={onCancel}>{t("common.cancel")}</Button>
      </Flex>
    </Form>
  );
}
