import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { ONESTOP_LIMITS } from "@danvan/common";
import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";

const ROW = { marginBottom: 8 } as const;
const HEAD = { fontWeight: 500, marginBottom: 4 } as const;

/** Fees of a procedure: label and amount in đồng. */
export function FeesList() {
  const { t } = useTranslation();
  const required = { required: true, message: t("validation.required") };
  return (
    <>
      <Typography.Title level={5}>{t("onestop.fees")}</Typography.Title>
      <Form.List name="fees">
        {(rows, { add, remove }) => (
          <div style={{ marginBottom: 16 }}>
            {rows.map((r) => (
              <Row key={r.key} gutter={8} wrap={false}>
                <Col flex="auto">
                  <Form.Item name={[r.name, "label"]} rules={[required]} style={ROW}>
                    <Input placeholder={t("onestop.form.feeLabel")} maxLength={200} />
                  </Form.Item>
                </Col>
                <Col flex="200px">
                  <Form.Item name={[r.name, "amount"]} rules={[required]} style={ROW}>
                    <InputNumber
                      min={0}
                      placeholder={t("onestop.form.amount")}
                      style={{ width: "100%" }}
                      addonAfter="đ"
                    />
                  </Form.Item>
                </Col>
                <Col flex="40px">
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t("common.remove")}
                    onClick={() => remove(r.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ label: "", amount: 0 })}>
              {t("onestop.form.addFee")}
            </Button>
          </div>
        )}
      </Form.List>
    </>
  );
}

/** Required documents: key, name, originals and copies, required or "if any". */
export function DocumentsList() {
  const { t } = useTranslation();
  const required = { required: true, message: t("validation.required") };
  return (
    <>
      <Typography.Title level={5}>{t("onestop.requiredDocuments")}</Typography.Title>
      <Form.List name="documents">
        {(rows, { add, remove }) => (
          <div style={{ marginBottom: 16 }}>
            <Row gutter={8} wrap={false} style={HEAD}>
              <Col flex="160px">{t("onestop.form.docKey")}</Col>
              <Col flex="auto">{t("onestop.document")}</Col>
              <Col flex="90px">{t("onestop.originals")}</Col>
              <Col flex="90px">{t("onestop.copies")}</Col>
              <Col flex="110px">{t("onestop.requiredCol")}</Col>
              <Col flex="40px" />
            </Row>
            {rows.map((r) => (
              <Row key={r.key} gutter={8} wrap={false}>
                <Col flex="160px">
                  <Form.Item name={[r.name, "key"]} rules={[required]} style={ROW}>
                    <Input maxLength={40} placeholder="to-khai" />
                  </Form.Item>
                </Col>
                <Col flex="auto">
                  <Form.Item name={[r.name, "name"]} rules={[required]} style={ROW}>
                    <Input maxLength={400} />
                  </Form.Item>
                </Col>
                <Col flex="90px">
                  <Form.Item name={[r.name, "originals"]} style={ROW}>
                    <InputNumber
                      min={0}
                      max={10}
                      style={{ width: "100%" }}
                      aria-label={t("onestop.originals")}
                    />
                  </Form.Item>
                </Col>
                <Col flex="90px">
                  <Form.Item name={[r.name, "copies"]} style={ROW}>
                    <InputNumber
                      min={0}
                      max={10}
                      style={{ width: "100%" }}
                      aria-label={t("onestop.copies")}
                    />
                  </Form.Item>
                </Col>
                <Col flex="110px">
                  <Form.Item name={[r.name, "required"]} valuePropName="checked" style={ROW}>
                    <Checkbox>{t("onestop.required")}</Checkbox>
                  </Form.Item>
                </Col>
                <Col flex="40px">
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t("common.remove")}
                    onClick={() => remove(r.name)}
                  />
                </Col>
              </Row>
            ))}
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t("onestop.form.keyHint")}
            </Typography.Paragraph>
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ key: "", name: "", originals: 1, copies: 0, required: true })}
            >
              {t("onestop.form.addDocument")}
            </Button>
          </div>
        )}
      </Form.List>
    </>
  );
}

/** Processing steps in order: name, agency, time budget in working days. */
export function StepsList({
  agencyOptions,
  loading,
}: {
  agencyOptions: { value: string; label: string }[];
  loading: boolean;
}) {
  const { t } = useTranslation();
  const required = { required: true, message: t("validation.required") };
  return (
    <>
      <Typography.Title level={5}>{t("onestop.steps")}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("onestop.form.stepsHint")}</Typography.Paragraph>
      <Form.List name="steps">
        {(rows, { add, remove }) => (
          <div style={{ marginBottom: 16 }}>
            <Row gutter={8} wrap={false} style={HEAD}>
              <Col flex="32px">#</Col>
              <Col flex="auto">{t("onestop.step")}</Col>
              <Col flex="280px">{t("onestop.agency")}</Col>
              <Col flex="100px">{t("onestop.form.days")}</Col>
              <Col flex="40px" />
            </Row>
            {rows.map((r, i) => (
              <Row key={r.key} gutter={8} wrap={false}>
                <Col flex="32px" style={{ paddingTop: 5 }}>
                  {i + 1}.
                </Col>
                <Col flex="auto">
                  <Form.Item name={[r.name, "name"]} rules={[required]} style={ROW}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col flex="280px">
                  <Form.Item name={[r.name, "agencyId"]} style={ROW}>
                    <Select
                      allowClear
                      placeholder={t("onestop.agency")}
                      options={agencyOptions}
                      loading={loading}
                    />
                  </Form.Item>
                </Col>
                <Col flex="100px">
                  <Form.Item name={[r.name, "days"]} rules={[required]} style={ROW}>
                    <InputNumber
                      min={0}
                      max={ONESTOP_LIMITS.maxDays}
                      style={{ width: "100%" }}
                      aria-label={t("onestop.form.days")}
                    />
                  </Form.Item>
                </Col>
                <Col flex="40px">
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t("common.remove")}
                    onClick={() => remove(r.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ name: "", agencyId: null, days: 1 })}>
              {t("onestop.form.addStep")}
            </Button>
          </div>
        )}
      </Form.List>
    </>
  );
}
