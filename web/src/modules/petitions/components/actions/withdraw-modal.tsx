import type { PetitionDetail } from "@danvan/common";
import { Checkbox, Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../../components/form-modal";
import { useReportError } from "../../../../lib/use-report-error";
import { usePetitionStep } from "../../api";

type Values = { reason: string; continueResolution?: boolean };

/** A written withdrawal (Luật KN Đ.10); a denunciation may still be resolved (Luật TC Đ.33). */
export function WithdrawModal({ petition, onClose }: { petition: PetitionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const step = usePetitionStep(petition.id, "withdraw");
  const reportError = useReportError();
  return (
    <FormModal
      title={t("petitions.actions.withdraw")}
      isSubmitting={step.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      danger
      testId="withdraw-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) =>
          step.mutate(
            { reason: v.reason, continueResolution: !!v.continueResolution },
            { onSuccess: onClose, onError: (e) => reportError(e, form) },
          )
        }
      >
        <Form.Item
          name="reason"
          label={t("petitions.withdraw.reason")}
          rules={[
            { required: true, whitespace: true, min: 3, message: t("validation.minLength", { min: 3 }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {petition.kind === "denunciation" && (
          <Form.Item name="continueResolution" valuePropName="checked">
            <Checkbox>{t("petitions.withdraw.continue")}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
