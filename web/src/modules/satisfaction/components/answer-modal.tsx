import { SATISFACTION_LIMITS } from "@danvan/common";
import { App, Form, Input, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useReportError } from "../../../lib/use-report-error";
import { useAnswerFollowUp } from "../api";

/** The unit's answer to a dissatisfied citizen, kept with the rating. */
export function AnswerModal({ ratingId, onClose }: { ratingId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useReportError();
  const answer = useAnswerFollowUp();
  const [form] = Form.useForm<{ answer: string }>();
  return (
    <Modal
      open={!!ratingId}
      title={t("satisfaction.ratings.answerTitle")}
      okText={t("satisfaction.ratings.answer")}
      confirmLoading={answer.isPending}
      onCancel={onClose}
      destroyOnHidden
      onOk={() =>
        void form.validateFields().then((v) =>
          answer.mutate(
            { id: ratingId!, answer: v.answer },
            {
              onSuccess: () => {
                void message.success(t("satisfaction.ratings.answerSaved"));
                onClose();
              },
              onError: (e) => report(e, form),
            },
          ),
        )
      }
    >
      <Typography.Paragraph type="secondary">{t("satisfaction.ratings.answerHelp")}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="answer"
          label={t("satisfaction.ratings.answer")}
          rules={[{ required: true, min: 5 }]}
        >
          <Input.TextArea rows={5} maxLength={SATISFACTION_LIMITS.answer} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
