import { type CreateOrganisationInput, normalizeTaxCode } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { Col, Form, Input, Row } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { blankToNull } from "../../../lib/form-values";
import { useReportError } from "../../../lib/use-report-error";
import { useCreateOrganisation } from "../api";
import { ContactFields } from "./contact-fields";

type Props = { defaultUnitId: string; onClose: () => void; onCreated: (name: string) => void };

export function OrganisationCreateModal({ defaultUnitId, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateOrganisationInput>();
  const createOrganisation = useCreateOrganisation();
  const reportError = useReportError();

  const handleFinish = (values: CreateOrganisationInput) => {
    const input: CreateOrganisationInput = {
      name: values.name,
      taxCode: normalizeTaxCode(values.taxCode) ?? values.taxCode,
      representative: blankToNull(values.representative),
      phone: blankToNull(values.phone),
      email: blankToNull(values.email),
      address: blankToNull(values.address),
      unitId: values.unitId,
    };
    createOrganisation.mutate(input, {
      onSuccess: (applicant) => onCreated(applicant.name),
      onError: (error) => reportError(error, form),
    });
  };

  return (
    <FormModal
      title={t("applicants.createOrganisationTitle")}
      width={720}
      isSubmitting={createOrganisation.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      testId="organisation-create-modal"
    >
      <Form<CreateOrganisationInput>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{ unitId: defaultUnitId }}
      >
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item
              name="name"
              label={t("applicants.organisationName")}
              rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
            >
              <Input maxLength={LIMITS.name} data-testid="applicant-org-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="taxCode"
              label={t("applicants.taxCode")}
              extra={t("applicants.taxCodeHint")}
              rules={[
                { required: true, whitespace: true, message: t("validation.required") },
                {
                  validator: (_, value: string | undefined) =>
                    !value?.trim() || normalizeTaxCode(value)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t("validation.taxCode"))),
                },
              ]}
            >
              <Input maxLength={16} inputMode="numeric" data-testid="applicant-tax-code" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="representative" label={t("applicants.representative")}>
              <Input maxLength={LIMITS.name} data-testid="applicant-representative" />
            </Form.Item>
          </Col>
        </Row>
        <ContactFields />
      </Form>
    </FormModal>
  );
}
