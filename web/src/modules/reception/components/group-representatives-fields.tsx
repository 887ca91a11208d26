import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Divider, Form, Input, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FileField } from "./file-field";

/** The representatives of a group of five or more with the same content, and their written appointment. */
export function GroupRepresentativesFields() {
  const { t } = useTranslation();
  return (
    <>
      <Divider titlePlacement="start">{t("reception.entry.representatives")}</Divider>
      <Typography.Paragraph type="secondary">{t("reception.entry.representativesRule")}</Typography.Paragraph>
      <Form.List
        name="representatives"
        rules={[
          {
            // The numbers per group size are the server's (rules in force); here only "at least one".
            validator: async (_, reps?: unknown[]) => {
              if (!reps || reps.length === 0) {
                throw new Error(t("reception.entry.representativesNeeded"));
              }
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} align="baseline" style={{ display: "flex" }}>
                <Form.Item name={[field.name, "fullName"]} rules={[{ required: true }]}>
                  <Input placeholder={t("reception.entry.fullName")} data-testid={`entry-rep-name-${i}`} />
                </Form.Item>
                <Form.Item name={[field.name, "address"]}>
                  <Input placeholder={t("common.address")} style={{ width: 280 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ fullName: "" })}
              disabled={fields.length >= 5}
              data-testid="entry-rep-add"
            >
              {t("reception.entry.addRepresentative")}
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
      <Form.Item name="appointmentFileId" label={t("reception.entry.appointment")} style={{ marginTop: 16 }}>
        <FileField label={t("reception.entry.uploadAppointment")} data-testid="entry-appointment" />
      </Form.Item>
    </>
  );
}
