import { CheckCircleTwoTone, SearchOutlined } from "@ant-design/icons";
import type { RateInput } from "@danvan/common";
import { Alert, Button, Card, Flex, Form, Input, Result, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApiError, isApiError } from "../../../lib/api-client";
import { useEnterPaperRating, usePaperForm } from "../api";
import { InteractionSummary } from "../components/interaction-summary";
import { RatingForm } from "../components/rating-form";

/** The code as printed under the QR, or the whole link a hand scanner types in. */
export function tokenFrom(text: string): string {
  const s = text.trim();
  const m = /\/danh-gia\/([^/?#\s]+)/.exec(s);
  return m ? m[1]! : s;
}

/**
 * A counter officer transcribes a filled paper invitation: the code on the paper opens the service it
 * rates, then the officer ticks what the citizen ticked. The token votes once, as online.
 */
export default function PaperEntryPage() {
  const { t } = useTranslation();
  const [code, setCode] = useState("");
  const [token, setToken] = useState<string | undefined>();
  const [doneLabel, setDoneLabel] = useState<string | null>(null);
  const form = usePaperForm(token);
  const enter = useEnterPaperRating();

  const reset = () => {
    setCode("");
    setToken(undefined);
    setDoneLabel(null);
    enter.reset();
  };

  const submit = (input: RateInput) => {
    if (!token || !form.data) {
      return;
    }
    const label = form.data.label;
    enter.mutate({ ...input, token }, { onSuccess: () => setDoneLabel(label) });
  };

  const lookupError = form.isError && isApiError(form.error) ? form.error : null;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 860 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t("satisfaction.paper.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t("satisfaction.paper.intro")}
      </Typography.Paragraph>
      {doneLabel ? (
        <Card data-testid="paper-saved">
          <Result
            icon={<CheckCircleTwoTone twoToneColor="#52c41a" />}
            title={t("satisfaction.paper.saved")}
            subTitle={doneLabel}
            extra={
              <Button type="primary" onClick={reset} data-testid="paper-next">
                {t("satisfaction.paper.next")}
              </Button>
            }
          />
        </Card>
      ) : (
        <>
          <Card size="small">
            <Form
              layout="vertical"
              onFinish={() => {
                enter.reset();
                setToken(tokenFrom(code) || undefined);
              }}
            >
              <Form.Item
                label={t("satisfaction.paper.code")}
                extra={t("satisfaction.paper.codeHelp")}
                style={{ marginBottom: 8 }}
              >
                <Flex gap={8}>
                  <Input
                    autoFocus
                    value={code}
                    onChange={(e) => setCode(e.target.value)}
                    placeholder={t("satisfaction.paper.codePlaceholder")}
                    data-testid="paper-code"
                    allowClear
                  />
                  <Button
                    htmlType="submit"
                    type="primary"
                    icon={<SearchOutlined />}
                    disabled={!code.trim()}
                    loading={form.isFetching}
                    data-testid="paper-find"
                  >
                    {t("satisfaction.paper.find")}
                  </Button>
                </Flex>
              </Form.Item>
            </Form>
            {lookupError && (
              <Alert
                type={lookupError.status === 409 ? "warning" : "error"}
                showIcon
                title={lookupError.status === 400 ? t("satisfaction.paper.badCode") : lookupError.message}
                data-testid="paper-lookup-error"
              />
            )}
          </Card>
          {form.data && token && (
            <Card size="small" title={t("satisfaction.paper.transcribe")} data-testid="paper-form">
              <Flex vertical gap={16}>
                <InteractionSummary form={form.data} />
                <RatingForm
                  key={token}
                  form={form.data}
                  submitting={enter.isPending}
                  error={(enter.error as ApiError | null) ?? null}
                  onSubmit={submit}
                  submitLabel={t("satisfaction.paper.submit")}
                  detailsOpen
                />
              </Flex>
            </Card>
          )}
        </>
      )}
    </Flex>
  );
}
