import { PrinterOutlined } from "@ant-design/icons";
import { DOSSIER_CODE_PATTERN, type PublicDossierStatus } from "@danvan/common";
import { Alert, Button, Card, Descriptions, Form, Input, List, Steps, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PublicLayout } from "../../../app/public-layout";
import { isApiError } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { RatingOfferCard } from "../../satisfaction/components/rating-offer";
import { PublicSupplement } from "../components/public-supplement";
import { STATUS_COLORS } from "../labels";
import { useTrackDossier, useWithdrawOnline } from "../public-api";

const OPEN = [
  "new",
  "checking",
  "supplement_requested",
  "received",
  "processing",
  "returned_for_supplement",
  "awaiting_approval",
];

function Withdraw({ code, pin, onDone }: { code: string; pin: string; onDone: () => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawOnline();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button danger onClick={() => setOpen(true)} data-testid="public-withdraw">
        {t("onestop.public.withdraw")}
      </Button>
    );
  }
  return (
    <Card type="inner" title={t("onestop.public.withdraw")} data-testid="public-withdraw-form">
      <Form
        layout="vertical"
        onFinish={(v: { reason: string }) =>
          withdraw.mutate({ code, pin, reason: v.reason.trim() }, { onSuccess: onDone })
        }
      >
        <Form.Item
          name="reason"
          label={t("onestop.reason")}
          rules={[
            { required: true, whitespace: true, message: t("validation.required") },
            { min: 5, message: t("validation.minLength", { min: 5 }) },
          ]}
        >
          <Input.TextArea rows={2} maxLength={2000} data-testid="public-withdraw-reason" />
        </Form.Item>
        {withdraw.isError && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            message={withdraw.error.message || t("errors.unexpected")}
          />
        )}
        <Button
          danger
          type="primary"
          htmlType="submit"
          loading={withdraw.isPending}
          data-testid="public-withdraw-submit"
        >
          {t("onestop.public.withdrawConfirm")}
        </Button>
      </Form>
    </Card>
  );
}

function StatusCard({ s, pin, reload }: { s: PublicDossierStatus; pin: string | null; reload: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const current = s.steps.findIndex((x) => x.status === "active");
  return (
    <Card data-testid="public-status">
      {s.rating && (
        <div style={{ marginBottom: 16 }}>
          <RatingOfferCard offer={s.rating} qr />
        </div>
      )}
      <Descriptions bordered column={1} size="middle">
        <Descriptions.Item label={t("onestop.trackingCode")}>{s.code}</Descriptions.Item>
        <Descriptions.Item label={t("onestop.procedure")}>{s.procedure.name}</Descriptions.Item>
        <Descriptions.Item label={t("onestop.public.unit")}>{s.unitName}</Descriptions.Item>
        <Descriptions.Item label={t("onestop.public.state")}>
          <Tag
            color={STATUS_COLORS[s.status as keyof typeof STATUS_COLORS]}
            data-testid="public-state"
            data-status={s.status}
          >
            {s.statusLabel[lang]}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t("onestop.filedDate")}>{formatDate(s.filedDate)}</Descriptions.Item>
        <Descriptions.Item label={t("onestop.receivedDate")}>
          {formatDate(s.receivedDate) || "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t("onestop.appointment")}>
          <span data-testid="public-appointment">{formatDate(s.appointmentDate) || "—"}</span>
          {s.reappointed && (
            <Tag data-testid="public-reappointed" color="orange" style={{ marginLeft: 8 }}>
              {t("onestop.public.reappointed")}
            </Tag>
          )}
        </Descriptions.Item>
        {s.resultReadyDate && (
          <Descriptions.Item label={t("onestop.public.resultReady")}>
            {formatDate(s.resultReadyDate)}
          </Descriptions.Item>
        )}
        {s.returnedDate && (
          <Descriptions.Item label={t("onestop.public.returned")}>
            {formatDate(s.returnedDate)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {s.steps.length > 0 && (
        <Steps
          direction="vertical"
          size="small"
          style={{ marginTop: 16 }}
          current={current >= 0 ? current : s.steps.filter((x) => x.status === "done").length}
          data-testid="public-steps"
          items={s.steps.map((x) => ({
            title: x.name,
            status: x.status === "done" ? "finish" : x.status === "active" ? "process" : "wait",
            description: x.completedDate
              ? `${t("onestop.public.doneOn")} ${formatDate(x.completedDate)}`
              : undefined,
          }))}
        />
      )}
      {s.applicant && (
        <Card
          type="inner"
          title={t("onestop.public.yourDossier")}
          style={{ marginTop: 16 }}
          data-testid="public-applicant"
        >
          <Typography.Paragraph>
            {s.applicant.name}
            {s.applicant.phone ? ` · ${s.applicant.phone}` : ""}
            {s.applicant.address ? ` · ${s.applicant.address}` : ""}
          </Typography.Paragraph>
          {s.applicant.missingItems && s.applicant.missingItems.length > 0 && (
            <List
              size="small"
              header={<Typography.Text strong>{t("onestop.public.missing")}</Typography.Text>}
              dataSource={s.applicant.missingItems}
              renderItem={(i) => <List.Item>{i.description}</List.Item>}
              data-testid="public-missing"
            />
          )}
          {s.applicant.apologyReason && (
            <Alert
              type="warning"
              showIcon
              message={t("onestop.public.apology")}
              description={s.applicant.apologyReason}
            />
          )}
          {pin && s.receivedDate && (
            <Button
              icon={<PrinterOutlined />}
              href={`/api/public/v1/dossiers/${encodeURIComponent(s.code)}/receipt.pdf?pin=${encodeURIComponent(pin)}`}
              target="_blank"
              rel="noopener"
              style={{ marginTop: 12 }}
              data-testid="public-receipt-pdf"
            >
              {t("onestop.print.receipt")}
            </Button>
          )}
          {pin && (s.status === "supplement_requested" || s.status === "returned_for_supplement") && (
            <div style={{ marginTop: 16 }}>
              <PublicSupplement
                code={s.code}
                kind={s.status === "supplement_requested" ? "supplement" : "return"}
                pin={pin}
                applicant={s.applicant}
                onDone={reload}
              />
            </div>
          )}
          {pin && OPEN.includes(s.status) && (
            <div style={{ marginTop: 16 }}>
              <Withdraw code={s.code} pin={pin} onDone={reload} />
            </div>
          )}
        </Card>
      )}
    </Card>
  );
}

/** The status page the QR on the receipt opens: public state; the PIN shows the applicant's own details. */
export default function PublicStatusPage() {
  const { t } = useTranslation();
  const { code = "" } = useParams();
  const track = useTrackDossier();
  const [pin, setPin] = useState<string | null>(null);
  const valid = DOSSIER_CODE_PATTERN.test(code);
  const { mutate } = track;
  useEffect(() => {
    if (valid) {
      mutate({ code });
    }
  }, [code, valid, mutate]);
  const notFound = isApiError(track.error) && track.error.code === "NOT_FOUND";
  const reload = () => track.mutate({ code, pin: pin ?? undefined });

  return (
    <PublicLayout title={t("onestop.public.statusTitle")}>
      {!valid && (
        <Alert type="error" showIcon message={t("onestop.public.codeFormat")} data-testid="public-bad-code" />
      )}
      {valid && (
        <Card size="small">
          <Typography.Paragraph>{t("onestop.public.pinIntro")}</Typography.Paragraph>
          <Form
            layout="inline"
            onFinish={(v: { pin: string }) => {
              setPin(v.pin.trim());
              track.mutate({ code, pin: v.pin.trim() });
            }}
          >
            <Form.Item
              name="pin"
              rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
            >
              <Input.Password
                placeholder={t("onestop.pin")}
                maxLength={32}
                autoComplete="off"
                style={{ width: 180 }}
                data-testid="public-pin"
              />
            </Form.Item>
            <Button htmlType="submit" loading={track.isPending} data-testid="public-pin-submit">
              {t("onestop.public.showMine")}
            </Button>
          </Form>
        </Card>
      )}
      {notFound && (
        <Alert
          type="error"
          showIcon
          message={pin ? t("onestop.public.wrongPin") : t("onestop.public.notFound")}
          data-testid="public-not-found"
        />
      )}
      {track.isError && !notFound && (
        <Alert type="error" showIcon message={track.error.message || t("errors.unexpected")} />
      )}
      {track.data && <StatusCard s={track.data} pin={pin} reload={reload} />}
      <Link to="/public/ho-so">{t("onestop.public.backToCatalogue")}</Link>
    </PublicLayout>
  );
}
