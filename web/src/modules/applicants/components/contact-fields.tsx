import { LIMITS } from "@danvan/common/limits";
import { Col, Form, Input, Row } from "antd";
import { useTranslation } from "react-i18next";
import { PHONE_PATTERN } from "../../../lib/form-values";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";

/** Phone, email, address and owning unit: shared by the person and organisation forms. */
export function ContactFields() {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name="phone"
          label={t("common.phone")}
          rules={[{ pattern: PHONE_PATTERN, message: t("validation.phone") }]}
        >
          <Input maxLength={LIMITS.phone} inputMode="tel" data-testid="applicant-phone" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="email"
          label={t("common.email")}
          rules={[{ type: "email", message: t("validation.email") }]}
        >
          <Input maxLength={LIMITS.email} data-testid="applicant-email" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="address" label={t("common.address")}>
          <Input.TextArea rows={2} maxLength={LIMITS.address} data-testid="applicant-address" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="unitId"
          label={t("applicants.unit")}
          extra={t("applicants.unitHint")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <UnitTreeSelect data-testid="applicant-unit" />
        </Form.Item>
      </Col>
    </Row>
  );
}
