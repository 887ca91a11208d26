import { isValidPersonalId, LIMITS, PETITION_LIMITS } from "@danvan/common";
import { Alert, Col, Form, Input, InputNumber, Radio, Row } from "antd";
import { useTranslation } from "react-i18next";
import { PHONE_PATTERN } from "../../../lib/form-values";

/** Who sent the petition: one person, an organisation, a group signing together, or nobody named. */
export type ApplicantType = "person" | "organisation" | "group" | "anonymous";

export type PetitionerValues = {
  applicantType: ApplicantType;
  fullName?: string;
  personalId?: string;
  address?: string;
  phone?: string;
  email?: string;
  signerCount?: number;
};

type Props = { allowAnonymous: boolean; anonymousHint?: string; idHint?: string; idPrefix?: string };

/** Petitioner inputs shared by the officer's intake form and the citizen's online form. */
export function PetitionerFields({ allowAnonymous, anonymousHint, idHint, idPrefix = "petitioner" }: Props) {
  const { t } = useTranslation();
  const type = Form.useWatch<ApplicantType | undefined>("applicantType");
  const signers = Form.useWatch<number | undefined>("signerCount");
  const required = { required: true, whitespace: true, message: t("validation.required") };
  return (
    <>
      <Form.Item name="applicantType" label={t("petitions.applicant.type")}>
        <Radio.Group data-testid={`${idPrefix}-type`}>
          <Radio value="person" data-testid={`${idPrefix}-type-person`}>
            {t("petitions.applicant.person")}
          </Radio>
          <Radio value="organisation" data-testid={`${idPrefix}-type-organisation`}>
            {t("petitions.applicant.organisation")}
          </Radio>
          <Radio value="group" data-testid={`${idPrefix}-type-group`}>
            {t("petitions.applicant.group")}
          </Radio>
          {allowAnonymous && (
            <Radio value="anonymous" data-testid={`${idPrefix}-type-anonymous`}>
              {t("petitions.applicant.anonymous")}
            </Radio>
          )}
        </Radio.Group>
      </Form.Item>
      {type === "anonymous" ? (
        <Alert type="warning" showIcon message={anonymousHint ?? t("petitions.applicant.anonymousHint")} />
      ) : (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="fullName"
              label={
                type === "organisation"
                  ? t("petitions.applicant.orgName")
                  : type === "group"
                    ? t("petitions.applicant.representative")
                    : t("petitions.applicant.fullName")
              }
              rules={[required]}
            >
              <Input maxLength={LIMITS.name} data-testid={`${idPrefix}-name`} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="personalId"
              label={
                type === "organisation"
                  ? t("petitions.applicant.representativeId")
                  : t("petitions.applicant.personalId")
              }
              extra={idHint ?? t("petitions.applicant.personalIdHint")}
              rules={[
                {
                  validator: (_, value: string | undefined) =>
                    !value?.trim() || isValidPersonalId(value.trim())
                      ? Promise.resolve()
                      : Promise.reject(new Error(t("validation.personalId"))),
                },
              ]}
            >
              <Input maxLength={12} inputMode="numeric" data-testid={`${idPrefix}-personal-id`} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={t("common.address")} rules={[required]}>
              <Input maxLength={LIMITS.address} data-testid={`${idPrefix}-address`} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="phone"
              label={t("common.phone")}
              rules={[{ pattern: PHONE_PATTERN, message: t("validation.phone") }]}
            >
              <Input maxLength={20} inputMode="tel" data-testid={`${idPrefix}-phone`} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="email"
              label={t("common.email")}
              rules={[{ type: "email", message: t("validation.email") }]}
            >
              <Input maxLength={LIMITS.email} data-testid={`${idPrefix}-email`} />
            </Form.Item>
          </Col>
          {type === "group" && (
            <Col span={24}>
              <Form.Item
                name="signerCount"
                label={t("petitions.applicant.signerCount")}
                extra={t("petitions.applicant.signerHint")}
                rules={[{ required: true, message: t("validation.required") }]}
              >
                <InputNumber min={2} max={PETITION_LIMITS.signersMax} data-testid={`${idPrefix}-signers`} />
              </Form.Item>
              {signers !== undefined && signers >= 5 && (
                <Alert type="info" showIcon message={t("petitions.applicant.groupRule")} />
              )}
            </Col>
          )}
        </Row>
      )}
    </>
  );
}

/** The API's petitioner from the form values (null when nobody is named). */
export function petitionerOf(v: PetitionerValues) {
  if (v.applicantType === "anonymous") {
    return null;
  }
  const blank = (s?: string) => (s?.trim() ? s.trim() : null);
  return {
    fullName: v.fullName?.trim() ?? "",
    personalId: blank(v.personalId),
    address: v.address?.trim() ?? "",
    phone: blank(v.phone),
    email: blank(v.email),
  };
}

export const signerCountOf = (v: PetitionerValues) =>
  v.applicantType === "group" ? (v.signerCount ?? 2) : 1;
