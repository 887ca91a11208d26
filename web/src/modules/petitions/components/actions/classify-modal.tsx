import type { ClassifyPetitionInput, PetitionDetail, PetitionKind } from "@danvan/common";
import { PETITION_LIMITS } from "@danvan/common";
import { Checkbox, Form, Input, InputNumber, Radio, Select } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../../components/form-modal";
import { useLang } from "../../../../lib/use-lang";
import { useReportError } from "../../../../lib/use-report-error";
import { usePetitionStep } from "../../api";
import { KINDS, kindLabel } from "../../labels";

export const COMPETENT_BODIES = [
  "administrative",
  "elected",
  "judicial",
  "party",
  "socio_political",
  "religious",
  "public_service",
  "state_enterprise",
] as const;

type Values = {
  kind: PetitionKind;
  eligible: boolean;
  ineligibleReason?: string;
  withinCompetence: boolean;
  competentBody?: (typeof COMPETENT_BODIES)[number];
  signerCount: number;
  hasOriginalDocuments: boolean;
  isMultiContent: boolean;
  concernsProcedure: boolean;
  dossierCode?: string;
};

/** Classification by content, eligibility, competence and signers (TT 05/2021). */
export function ClassifyModal({ petition, onClose }: { petition: PetitionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const eligible = Form.useWatch("eligible", form);
  const within = Form.useWatch("withinCompetence", form);
  const kind = Form.useWatch("kind", form);
  const procedure = Form.useWatch("concernsProcedure", form);
  // only feedback and recommendations count towards TT 01/2018 indicator 8
  const aboutProcedures = kind === "feedback" || kind === "recommendation";
  const step = usePetitionStep(petition.id, "classify");
  const reportError = useReportError();
  const c = petition.classification;

  const handleFinish = (v: Values) => {
    const input: ClassifyPetitionInput = {
      kind: v.kind,
      eligible: v.eligible,
      ineligibleReason: v.eligible ? undefined : v.ineligibleReason,
      withinCompetence: v.withinCompetence,
      competentBody: v.withinCompetence ? undefined : v.competentBody,
      signerCount: v.signerCount,
      hasOriginalDocuments: v.hasOriginalDocuments,
      isMultiContent: v.isMultiContent,
      concernsProcedure: aboutProcedures && v.concernsProcedure,
      dossierCode: aboutProcedures && v.concernsProcedure ? v.dossierCode?.trim() || undefined : undefined,
    };
    step.mutate(input, { onSuccess: onClose, onError: (e) => reportError(e, form) });
  };

  return (
    <FormModal
      title={t("petitions.actions.classify")}
      isSubmitting={step.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      width={640}
      testId="classify-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{
          kind: petition.kind,
          eligible: c?.eligible ?? true,
          ineligibleReason: c?.ineligibleReason ?? undefined,
          withinCompetence: c?.withinCompetence ?? true,
          competentBody: c?.competentBody ?? undefined,
          signerCount: petition.signerCount,
          hasOriginalDocuments: petition.hasOriginalDocuments,
          isMultiContent: c?.isMultiContent ?? false,
          concernsProcedure: c?.concernsProcedure ?? false,
          dossierCode: c?.dossier?.code,
        }}
      >
        <Form.Item name="kind" label={t("petitions.classify.byContent")}>
          <Radio.Group
            optionType="button"
            options={KINDS.map((k) => ({ value: k, label: kindLabel(k, lang) }))}
            data-testid="classify-kind"
          />
        </Form.Item>
        <Form.Item name="eligible" label={t("petitions.classify.eligibility")}>
          <Radio.Group data-testid="classify-eligible">
            <Radio value={true}>{t("petitions.classify.eligible")}</Radio>
            <Radio value={false}>{t("petitions.classify.ineligible")}</Radio>
          </Radio.Group>
        </Form.Item>
        {eligible === false && (
          <Form.Item
            name="ineligibleReason"
            label={t("petitions.classify.ineligibleReason")}
            rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
        <Form.Item name="withinCompetence" label={t("petitions.classify.competence")}>
          <Radio.Group data-testid="classify-competence">
            <Radio value={true}>{t("petitions.classify.within")}</Radio>
            <Radio value={false}>{t("petitions.classify.outside")}</Radio>
          </Radio.Group>
        </Form.Item>
        {within === false && (
          <Form.Item name="competentBody" label={t("petitions.classify.competentBody")}>
            <Select
              allowClear
              options={COMPETENT_BODIES.map((b) => ({ value: b, label: t(`petitions.competentBody.${b}`) }))}
            />
          </Form.Item>
        )}
        <Form.Item name="signerCount" label={t("petitions.applicant.signerCount")}>
          <InputNumber min={1} max={PETITION_LIMITS.signersMax} />
        </Form.Item>
        <Form.Item name="hasOriginalDocuments" valuePropName="checked">
          <Checkbox>{t("petitions.intake.originals")}</Checkbox>
        </Form.Item>
        <Form.Item name="isMultiContent" valuePropName="checked" extra={t("petitions.classify.multiHint")}>
          <Checkbox data-testid="classify-multi">{t("petitions.classify.multi")}</Checkbox>
        </Form.Item>
        {aboutProcedures && (
          <Form.Item
            name="concernsProcedure"
            valuePropName="checked"
            extra={t("petitions.classify.procedureHint")}
          >
            <Checkbox data-testid="classify-procedure">{t("petitions.classify.procedure")}</Checkbox>
          </Form.Item>
        )}
        {aboutProcedures && procedure && (
          <Form.Item name="dossierCode" label={t("petitions.classify.dossierCode")}>
            <Input maxLength={40} placeholder="16939-261201-0001" data-testid="classify-dossier-code" />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
