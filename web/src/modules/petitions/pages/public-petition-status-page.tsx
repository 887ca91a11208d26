import { PETITION_CODE_PATTERN } from "@danvan/common";
import { Alert, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { PublicLayout } from "../../../app/public-layout";
import { isApiError } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { RatingOfferCard } from "../../satisfaction/components/rating-offer";
import { kindLabel, STATUS_COLORS } from "../labels";
import { useTrackPetition } from "../public-api";

type Values = { code: string; pin: string };

/** Code + PIN → state, next deadline, the published answer and, once resolved, the rating; nothing internal. */
export default function PublicPetitionStatusPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const track = useTrackPetition();
  const s = track.data;
  const notFound = isApiError(track.error) && track.error.code === "NOT_FOUND";

  return (
    <PublicLayout title={t("petitions.public.status.title")}>
      <Card>
        <Typography.Paragraph>{t("petitions.public.status.intro")}</Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="inline"
          initialValues={{ code: params.get("code") ?? "" }}
          onFinish={(v) => track.mutate({ code: v.code.trim(), pin: v.pin.trim() })}
        >
          <Form.Item
            name="code"
            label={t("petitions.trackingCode")}
            rules={[
              { required: true, whitespace: true, message: t("validation.required") },
              { pattern: PETITION_CODE_PATTERN, message: t("petitions.public.status.codeFormat") },
            ]}
          >
            <Input style={{ width: 240 }} placeholder="17329-261128-0001" data-testid="status-code" />
          </Form.Item>
          <Form.Item
            name="pin"
            label={t("petitions.pin")}
            rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
          >
            <Input.Password
              style={{ width: 160 }}
              maxLength={32}
              autoComplete="off"
              data-testid="status-pin"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={track.isPending} data-testid="status-submit">
            {t("petitions.public.status.submit")}
          </Button>
        </Form>
        {notFound && (
          <Alert
            style={{ marginTop: 16 }}
            type="error"
            showIcon
            message={t("petitions.public.status.notFound")}
            data-testid="status-not-found"
          />
        )}
        {track.isError && !notFound && (
          <Alert
            style={{ marginTop: 16 }}
            type="error"
            showIcon
            message={track.error.message || t("errors.unexpected")}
          />
        )}
      </Card>
      {s && (
        <Card data-testid="status-result">
          {s.rating && (
            <div style={{ marginBottom: 16 }}>
              <RatingOfferCard offer={s.rating} />
            </div>
          )}
          <Descriptions bordered column={1} size="middle">
            <Descriptions.Item label={t("petitions.trackingCode")}>{s.code}</Descriptions.Item>
            <Descriptions.Item label={t("petitions.kind")}>{kindLabel(s.kind, lang)}</Descriptions.Item>
            <Descriptions.Item label={t("petitions.public.status.unit")}>{s.unitName}</Descriptions.Item>
            <Descriptions.Item label={t("petitions.receivedDate")}>
              {formatDate(s.receivedDate)}
            </Descriptions.Item>
            <Descriptions.Item label={t("petitions.public.status.state")}>
              <Tag color={STATUS_COLORS[s.status]} data-testid="status-state" data-status={s.status}>
                {s.statusLabel[lang]}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t("petitions.public.status.nextDeadline")}>
              {s.nextDeadline ? (
                <span data-testid="status-deadline">
                  {t(`petitions.public.status.stage.${s.nextDeadline.stage}`)}:{" "}
                  {formatDate(s.nextDeadline.date)}
                </span>
              ) : (
                t("petitions.public.status.noDeadline")
              )}
            </Descriptions.Item>
            {s.continuedAs.length > 0 && (
              <Descriptions.Item label={t("petitions.public.status.continuedAs")}>
                <Space wrap>
                  {s.continuedAs.map((c) => (
                    <Button
                      key={c}
                      size="small"
                      onClick={() => {
                        form.setFieldValue("code", c);
                        form.submit();
                      }}
                    >
                      {c}
                    </Button>
                  ))}
                </Space>
              </Descriptions.Item>
            )}
          </Descriptions>
          {s.answer ? (
            <Card
              type="inner"
              title={t("petitions.public.status.answer")}
              style={{ marginTop: 16 }}
              data-testid="status-answer"
            >
              <Typography.Paragraph type="secondary">
                {[s.answer.documentNo, s.answer.date ? formatDate(s.answer.date) : null]
                  .filter(Boolean)
                  .join(" · ")}
              </Typography.Paragraph>
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{s.answer.text}</Typography.Paragraph>
            </Card>
          ) : (
            <Alert
              style={{ marginTop: 16 }}
              type="info"
              showIcon
              message={t("petitions.public.status.noAnswer")}
            />
          )}
        </Card>
      )}
      <Link to="/public/petitions/new">{t("petitions.public.status.fileNew")}</Link>
    </PublicLayout>
  );
}
