import { Alert, Card, Col, Form, InputNumber, Row, Space, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PublicLayout } from "../../../app/public-layout";
import { useDebouncedValue } from "../../../lib/use-debounced-value";
import { useLang } from "../../../lib/use-lang";
import type { Basis } from "../calendar-types";
import { DeadlineFields } from "../components/deadline-fields";
import { DeadlineResult } from "../components/deadline-result";
import { NamedDaysTable } from "../components/named-days-table";
import { todayInVietnam } from "../day-kinds";
import { previewDeadline } from "../preview";
import { type PublicDeadlineQuery, usePublicDeadline, usePublicHolidays } from "../public-api";
import { bannerError, useFieldErrors } from "../use-field-errors";

type Values = { from?: Dayjs; amount?: number | null; basis?: Basis };

/** For citizens, no sign-in: the year's days off, and when a time limit counted from a date ends. */
export default function PublicCalendarPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const holidays = usePublicHolidays(year, lang);
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) as Values | undefined;
  const from = values?.from?.format("YYYY-MM-DD");
  const fromYear = Number(from?.slice(0, 4) ?? thisYear);
  const first = usePublicHolidays(fromYear, lang);
  const second = usePublicHolidays(Math.min(2100, fromYear + 1), lang);

  const query: PublicDeadlineQuery | null =
    from && typeof values?.amount === "number" && values.basis
      ? { from, amount: values.amount, basis: values.basis }
      : null;
  const key = useDebouncedValue(JSON.stringify(query), 300);
  const confirmed = usePublicDeadline(key === "null" ? null : (JSON.parse(key) as PublicDeadlineQuery), lang);
  useFieldErrors(form, confirmed.error);
  const isCurrent = key === JSON.stringify(query);
  const views = [first, second].filter((q) => q.data && !q.isPlaceholderData).map((q) => q.data!);
  const preview = query && views.length === 2 ? previewDeadline(query, views) : null;
  const banner = bannerError(confirmed.error);

  return (
    <PublicLayout title={t("calendar.public.title")}>
      <Typography.Paragraph>{t("calendar.public.intro")}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t("calendar.deadline.title")}>
            <Typography.Paragraph type="secondary">{t("calendar.public.deadlineIntro")}</Typography.Paragraph>
            <Form<Values>
              form={form}
              layout="vertical"
              initialValues={{ from: dayjs(todayInVietnam()), basis: "working_days" }}
            >
              <DeadlineFields />
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
          <DeadlineResult
            preview={preview}
            confirmed={isCurrent ? (confirmed.data ?? null) : null}
            isConfirming={!isCurrent || confirmed.isFetching}
            lang={lang}
          />
        </Col>
      </Row>
      <Card title={t("calendar.public.holidaysTitle", { year })}>
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Space wrap style={{ width: "100%", justifyContent: "space-between" }}>
            <Typography.Text type="secondary">{t("calendar.public.holidaysIntro")}</Typography.Text>
            <InputNumber
              min={1900}
              max={2100}
              value={year}
              onChange={(v) => typeof v === "number" && v >= 1900 && v <= 2100 && setYear(v)}
              prefix={t("calendar.year")}
              aria-label={t("calendar.year")}
              data-testid="public-year"
              style={{ width: 140 }}
            />
          </Space>
          {holidays.isError && <Alert type="error" showIcon title={t("errors.loadFailed")} />}
          <NamedDaysTable days={holidays.data?.days ?? []} lang={lang} loading={holidays.isPending} />
        </Space>
      </Card>
    </PublicLayout>
  );
}
