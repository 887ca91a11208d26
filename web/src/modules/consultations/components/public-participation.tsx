import type { PublicConsultation } from "@danvan/common";
import { Alert, Button, Card, Form, Input, Radio, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { usePublicAsk, usePublicVote, useVoterToken } from "../public-api";
import { VerifyForm } from "./verify-form";

/** Verified once by a one-time code, the household representative votes (changeable until close) and asks. */
export function PublicParticipation({ c }: { c: PublicConsultation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reportError = useReportError();
  const voter = useVoterToken(c.id);
  const vote = usePublicVote(c.id, voter.token);
  const ask = usePublicAsk(c.id, voter.token);
  const [choice, setChoice] = useState<string | undefined>();
  const [receipt, setReceipt] = useState<{ label: string; at: string; changed: boolean } | null>(null);
  const [asked, setAsked] = useState(false);
  const [form] = Form.useForm<{ body: string }>();
  const online = c.votingOpen && c.matterType === "other";

  return (
    <Card title={t("consultations.public.participate")} data-testid="public-participation">
      {!voter.token ? (
        <Space direction="vertical" style={{ width: "100%" }}>
          {!online && <Alert type="info" showIcon message={t("consultations.public.noOnlineVote")} />}
          <VerifyForm id={c.id} onVerified={(token) => voter.save(token)} />
        </Space>
      ) : (
        <Space direction="vertical" style={{ width: "100%" }}>
          <Alert
            type="success"
            showIcon
            message={t("consultations.public.verified")}
            data-testid="verified"
          />
          {online ? (
            <>
              <Typography.Text strong>{t("consultations.public.voteTitle")}</Typography.Text>
              <Radio.Group
                value={choice}
                onChange={(e) => setChoice(e.target.value)}
                data-testid="vote-options"
              >
                <Space direction="vertical">
                  {c.options.map((o) => (
                    <Radio key={o.id} value={o.id} data-testid={`vote-option-${o.position}`}>
                      {o.label}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
              <Button
                type="primary"
                disabled={!choice}
                loading={vote.isPending}
                data-testid="vote-submit"
                onClick={() =>
                  vote.mutate(choice ?? "", {
                    onSuccess: (r) =>
                      setReceipt({
                        label: c.options.find((o) => o.id === r.optionId)?.label ?? "",
                        at: r.castAt,
                        changed: r.changed,
                      }),
                    onError: (e) => reportError(e),
                  })
                }
              >
                {t("consultations.public.vote")}
              </Button>
              {receipt && (
                <Alert
                  type="success"
                  showIcon
                  data-testid="vote-receipt"
                  message={t(
                    receipt.changed ? "consultations.public.voteChanged" : "consultations.public.voteSaved",
                    {
                      option: receipt.label,
                      at: formatDateTime(receipt.at, lang),
                    },
                  )}
                  description={t("consultations.public.voteChange")}
                />
              )}
            </>
          ) : (
            <Alert
              type="info"
              showIcon
              message={
                c.votingOpen
                  ? t("consultations.public.noOnlineVote")
                  : t("consultations.public.votingNotOpen")
              }
            />
          )}
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) =>
              ask.mutate(
                { body: v.body, key: crypto.randomUUID() },
                {
                  onSuccess: () => {
                    form.resetFields();
                    setAsked(true);
                  },
                  onError: (e) => reportError(e, form),
                },
              )
            }
          >
            <Form.Item
              name="body"
              label={t("consultations.public.askLabel")}
              rules={[{ required: true, min: 5, message: t("consultations.public.askMin") }]}
            >
              <Input.TextArea rows={3} maxLength={2000} data-testid="ask-body" />
            </Form.Item>
            <Button htmlType="submit" loading={ask.isPending} data-testid="ask-submit">
              {t("consultations.public.ask")}
            </Button>
            {asked && (
              <Alert
                type="success"
                showIcon
                style={{ marginTop: 8 }}
                message={t("consultations.public.asked")}
                data-testid="ask-done"
              />
            )}
          </Form>
        </Space>
      )}
    </Card>
  );
}
