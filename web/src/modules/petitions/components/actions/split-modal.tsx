import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { PETITION_LIMITS, type PetitionDetail, type PetitionKind } from "@danvan/common";
import { Button, Card, Form, Input, Select } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../../components/form-modal";
import { useLang } from "../../../../lib/use-lang";
import { useReportError } from "../../../../lib/use-report-error";
import { usePetitionStep } from "../../api";
import { KINDS, kindLabel } from "../../labels";

type Part = { kind: PetitionKind; summary: string; content: string };
type Values = { parts: Part[]; note?: string };

/** Splits a petition with several contents into one petition per content (Mẫu 07-XLĐ). */
export function SplitModal({ petition, onClose }: { petition: PetitionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const step = usePetitionStep(petition.id, "split");
  const reportError = useReportError();
  const blankPart = { kind: petition.kind, summary: "", content: "" };
  return (
    <FormModal
      title={t("petitions.actions.split")}
      isSubmitting={step.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      width={760}
      testId="split-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ parts: [blankPart, blankPart] }}
        onFinish={(v) =>
          step.mutate(
            { parts: v.parts, note: v.note?.trim() || undefined },
            { onSuccess: onClose, onError: (e) => reportError(e, form) },
          )
        }
      >
        <Form.List name="parts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t("petitions.split.part", { n: i + 1 })}
                  style={{ marginBottom: 12 }}
                  extra={
                    fields.length > 2 ? (
                      <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
                    ) : null
                  }
                >
                  <Form.Item name={[field.name, "kind"]} label={t("petitions.kind")}>
                    <Select options={KINDS.map((k) => ({ value: k, label: kindLabel(k, lang) }))} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, "summary"]}
                    label={t("petitions.summary")}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        min: 5,
                        message: t("validation.minLength", { min: 5 }),
                      },
                    ]}
                  >
                    <Input maxLength={PETITION_LIMITS.summary} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, "content"]}
                    label={t("petitions.content")}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        min: 10,
                        message: t("validation.minLength", { min: 10 }),
                      },
                    ]}
                  >
                    <Input.TextArea rows={3} maxLength={PETITION_LIMITS.content} />
                  </Form.Item>
                </Card>
              ))}
              {fields.length < PETITION_LIMITS.splitPartsMax && (
                <Button icon={<PlusOutlined />} onClick={() => add(blankPart)} style={{ marginBottom: 12 }}>
                  {t("petitions.split.add")}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t("petitions.noteLabel")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
