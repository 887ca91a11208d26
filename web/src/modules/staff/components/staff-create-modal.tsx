import type { CreateStaffInput } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { Col, Divider, Form, Input, Row } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { blankToNull, PHONE_PATTERN, USERNAME_PATTERN } from "../../../lib/form-values";
import { useReportError } from "../../../lib/use-report-error";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { useCreateStaff } from "../api";
import { AgencyPositionFields } from "./agency-position-fields";
import { GrantRowsField } from "./grant-rows-field";

type Props = { defaultUnitId?: string; onClose: () => void; onCreated: (fullName: string) => void };

export function StaffCreateModal({ defaultUnitId, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateStaffInput>();
  const unitId: string | undefined = Form.useWatch("unitId", form);
  const createStaff = useCreateStaff();
  const reportError = useReportError();

  const handleFinish = (values: CreateStaffInput) => {
    const input: CreateStaffInput = {
      ...values,
      email: blankToNull(values.email),
      phone: blankToNull(values.phone),
      agencyId: values.agencyId ?? null,
      positionId: values.positionId ?? null,
      grants: values.grants ?? [],
    };
    createStaff.mutate(input, {
      onSuccess: (staff) => onCreated(staff.fullName),
      onError: (error) => reportError(error, form),
    });
  };

  const required = { required: true, whitespace: true, message: t("validation.required") };

  return (
    <FormModal
      title={t("staff.createTitle")}
      width={760}
      isSubmitting={createStaff.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      testId="staff-create-modal"
    >
      <Form<CreateStaffInput>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{ unitId: defaultUnitId, grants: [] }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="username"
              label={t("staff.username")}
              extra={t("staff.usernameHint")}
              rules={[
                required,
                { min: 3, message: t("validation.minLength", { min: 3 }) },
                { pattern: USERNAME_PATTERN, message: t("validation.usernameFormat") },
              ]}
            >
              <Input maxLength={LIMITS.username} autoComplete="off" data-testid="staff-username" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="fullName" label={t("staff.fullName")} rules={[required]}>
              <Input maxLength={LIMITS.name} data-testid="staff-full-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="email"
              label={t("common.email")}
              rules={[{ type: "email", message: t("validation.email") }]}
            >
              <Input maxLength={LIMITS.email} data-testid="staff-email" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="phone"
              label={t("common.phone")}
              rules={[{ pattern: PHONE_PATTERN, message: t("validation.phone") }]}
            >
              <Input maxLength={LIMITS.phone} data-testid="staff-phone" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="unitId"
              label={t("staff.unit")}
              rules={[{ required: true, message: t("validation.required") }]}
            >
              <UnitTreeSelect
                onChange={() => form.setFieldsValue({ agencyId: null, positionId: null })}
                data-testid="staff-unit"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="password"
              label={t("staff.initialPassword")}
              rules={[
                required,
                { min: LIMITS.passwordMin, message: t("validation.minLength", { min: LIMITS.passwordMin }) },
              ]}
            >
              <Input.Password
                maxLength={LIMITS.passwordMax}
                autoComplete="new-password"
                data-testid="staff-password"
              />
            </Form.Item>
          </Col>
        </Row>
        <AgencyPositionFields unitId={unitId} />
        <Divider titlePlacement="start">{t("staff.grants")}</Divider>
        <GrantRowsField />
      </Form>
    </FormModal>
  );
}
