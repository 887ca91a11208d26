import { CheckCircleTwoTone } from "@ant-design/icons";
import { Alert, Button, Card, Result, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { PublicLayout } from "../../../app/public-layout";
import { type ApiError, isApiError } from "../../../lib/api-client";
import { formatDateTime } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useRate, useRatingForm } from "../api";
import { InteractionSummary } from "../components/interaction-summary";
import { RatingForm } from "../components/rating-form";

/** The rating page a slip's QR code or a notification's link opens; no sign-in, the token is the key. */
export default function PublicRatingPage() {
  const { token = "" } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const form = useRatingForm(token, lang);
  const rate = useRate(token, lang);
  const [editing, setEditing] = useState(false);

  let body: React.ReactNode;
  if (form.isLoading) {
    body = <Skeleton active />;
  } else if (form.error) {
    const err = form.error as ApiError;
    body = (
      <Result
        status={err.status === 404 ? "warning" : "error"}
        title={err.status === 404 ? t("satisfaction.public.invalidTitle") : t("satisfaction.form.failed")}
        subTitle={err.status === 404 ? t("satisfaction.public.invalidHelp") : err.message}
      />
    );
  } else if (rate.data && !editing) {
    body = (
      <Result
        icon={<CheckCircleTwoTone twoToneColor="#52c41a" />}
        title={t("satisfaction.public.thanks")}
        extra={<Button onClick={() => setEditing(true)}>{t("satisfaction.public.edit")}</Button>}
        subTitle={
          <>
            {rate.data.followUp ? <p>{t("satisfaction.public.followUp")}</p> : null}
            <p>{t("satisfaction.public.editableUntil", { date: formatDateTime(rate.data.editableUntil) })}</p>
          </>
        }
      />
    );
  } else if (form.data) {
    const existing = form.data.rating;
    const closed = existing && Date.parse(existing.editableUntil) < Date.now();
    body = (
      <>
        <InteractionSummary form={form.data} />
        {existing ? (
          <Alert
            type={closed ? "info" : "success"}
            showIcon
            message={t("satisfaction.public.already", { level: t(`satisfaction.level.${existing.level}`) })}
            description={
              closed
                ? t("satisfaction.public.closed")
                : t("satisfaction.public.editableUntil", { date: formatDateTime(existing.editableUntil) })
            }
          />
        ) : null}
        {closed ? null : (
          <RatingForm
            key={rate.data?.version ?? 0}
            form={form.data}
            submitting={rate.isPending}
            error={isApiError(rate.error) ? rate.error : null}
            onSubmit={(input) => {
              setEditing(false);
              rate.mutate(input, { onSuccess: () => form.refetch() });
            }}
          />
        )}
      </>
    );
  }

  return (
    <PublicLayout title={t("satisfaction.public.title")}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t("satisfaction.public.intro")}
      </Typography.Paragraph>
      <Card>{body}</Card>
    </PublicLayout>
  );
}
