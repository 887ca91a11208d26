import type { Staff, UpdateStaffInput } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { Form, Input, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { blankToNull, PHONE_PATTERN } from "../../../lib/form-values";
import { useReportError } from "../../../lib/use-report-error";
import { useUpdateStaff } from "../api";
import { AgencyPositionFields } from "./agency-position-fields";

type Props = { staff: Staff; onClose: () => void; onSaved: () => void };

export function StaffEditModal({ staff, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UpdateStaffInput>();
  const updateStaff = useUpdateStaff();
  const reportError = useReportError();

  const handleFinish = (values: UpdateStaffInput) => {
    updateStaff.mutate(
      {
        id: staff.id,
        fullName: values.fullName,
        email: blankToNull(values.email),
        phone: blankToNull(values.phone),
        agencyId: values.agencyId ?? null,
        positionId: values.positionId ?? null,
        isActive: values.isActive,
      },
      { onSuccess: onSaved, onError: (error) => reportError(error, form) },
    );
  };

  return (
    <FormModal
      title={t("staff.editTitle", { name: staff.fullName })}
      isSubmitting={updateStaff.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      testId="staff-edit-modal"
    >
      <Form<UpdateStaffInput>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{
          fullName: staff.fullName,
          email: staff.email,
          phone: staff.phone,
          agencyId: staff.agencyId,
          positionId: staff.positionId,
          isActive: staff.isActive,
        }}
      >
        <Form.Item
          name="fullName"
          label={t("staff.fullName")}
          rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
        >
          <Input maxLength={LIMITS.name} data-testid="staff-full-name" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t("common.email")}
          rules={[{ type: "email", message: t("validation.email") }]}
        >
          <Input maxLength={LIMITS.email} data-testid="staff-email" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t("common.phone")}
          rules={[{ pattern: PHONE_PATTERN, message: t("validation.phone") }]}
        >
          <Input maxLength={LIMITS.phone} data-testid="staff-phone" />
        </Form.Item>
        <AgencyPositionFields unitId={staff.unitId} />
        <Form.Item name="isActive" label={t("staff.accountActive")} valuePropName="checked">
          <Switch data-testid="staff-active" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
