import { type CreatePersonInput, isValidPersonalId } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { Col, DatePicker, Form, Input, Row } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { blankToNull } from "../../../lib/form-values";
import { useReportError } from "../../../lib/use-report-error";
import { useCreatePerson } from "../api";
import { ContactFields } from "./contact-fields";

type Values = Omit<CreatePersonInput, "birthDate"> & { birthDate?: Dayjs | null };

type Props = { defaultUnitId: string; onClose: () => void; onCreated: (name: string) => void };

export function PersonCreateModal({ defaultUnitId, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const createPerson = useCreatePerson();
  const reportError = useReportError();

  const handleFinish = (values: Values) => {
    const input: CreatePersonInput = {
      fullName: values.fullName,
      personalId: blankToNull(values.personalId),
      birthDate: toIsoDate(values.birthDate),
      phone: blankToNull(values.phone),
      email: blankToNull(values.email),
      address: blankToNull(values.address),
      unitId: values.unitId,
    };
    createPerson.mutate(input, {
      onSuccess: (applicant) => onCreated(applicant.name),
      onError: (error) => reportError(error, form),
    });
  };

  return (
    <FormModal
      title={t("applicants.createPersonTitle")}
      width={720}
      isSubmitting={createPerson.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      testId="person-create-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{ unitId: defaultUnitId }}
      >
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item
              name="fullName"
              label={t("applicants.fullName")}
              rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
            >
              <Input maxLength={LIMITS.name} data-testid="applicant-full-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="personalId"
              label={t("applicants.personalId")}
              extra={t("applicants.personalIdHint")}
              rules={[
                {
                  validator: (_, value: string | undefined) =>
                    !value?.trim() || isValidPersonalId(value.trim())
                      ? Promise.resolve()
                      : Promise.reject(new Error(t("validation.personalId"))),
                },
              ]}
            >
              <Input maxLength={12} inputMode="numeric" data-testid="applicant-personal-id" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="birthDate" label={t("applicants.birthDate")}>
              <DatePicker
                format={DATE_INPUT_FORMAT}
                disabledDate={(day) => day.isAfter(dayjs())}
                style={{ width: "100%" }}
                data-testid="applicant-birth-date"
              />
            </Form.Item>
          </Col>
        </Row>
        <ContactFields />
      </Form>
    </FormModal>
  );
}
