import {
  ArrowLeftOutlined,
  AuditOutlined,
  CheckOutlined,
  PlusOutlined,
  StopOutlined,
} from "@ant-design/icons";
import type { ReceptionEntry } from "@danvan/common";
import { Alert, App, Button, Card, Descriptions, Input, List, Space, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PageLoader } from "../../../app/page-loader";
import { isApiError } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { useSession, useSessionState } from "../api";
import { EntryFormDrawer } from "../components/entry-form-drawer";
import { EntryTable } from "../components/entry-table";
import { RecordFormModal } from "../components/record-form-modal";
import { RefusalNoticeModal } from "../components/refusal-notice-modal";
import { recordKindLabel, STATUS_COLORS, sessionStatusLabel, sessionTypeLabel, TYPE_COLORS } from "../labels";

type Dialog = { kind: "entry" } | { kind: "record" } | { kind: "notice"; entry: ReceptionEntry } | null;

export default function SessionPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { modal } = App.useApp();
  const { id = "" } = useParams();
  const session = useSession(id);
  const state = useSessionState(id);
  const report = useReportError();
  const [dialog, setDialog] = useState<Dialog>(null);

  if (session.isPending) {
    return <PageLoader />;
  }
  if (session.isError || !session.data) {
    const missing = isApiError(session.error) && ["NOT_FOUND", "VALIDATION"].includes(session.error.code);
    return (
      <Alert
        type="error"
        showIcon
        message={missing ? t("reception.sessions.notFound") : t("errors.loadFailed")}
      />
    );
  }
  const s = session.data;

  const handleCancel = () => {
    let reason = "";
    modal.confirm({
      title: t("reception.sessions.cancelTitle"),
      content: (
        <Input.TextArea
          rows={3}
          onChange={(e) => (reason = e.target.value)}
          placeholder={t("reception.sessions.cancelReason")}
        />
      ),
      okText: t("reception.sessions.cancel"),
      cancelText: t("common.cancel"),
      onOk: () => state.mutateAsync({ action: "cancel", reason }).catch((e: unknown) => report(e)),
    });
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card
        title={
          <Space>
            <Link to="/reception/sessions">
              <ArrowLeftOutlined />
            </Link>
            {t("reception.sessions.detailTitle", { code: s.code })}
            <Tag color={STATUS_COLORS[s.status]} data-testid="session-status">
              {sessionStatusLabel(s.status, lang)}
            </Tag>
          </Space>
        }
        extra={
          <Space wrap>
            {s.abilities.hold && (
              <Button
                icon={<CheckOutlined />}
                loading={state.isPending}
                onClick={() => state.mutate({ action: "hold" }, { onError: (e) => report(e) })}
              >
                {t("reception.sessions.hold")}
              </Button>
            )}
            {s.abilities.cancel && (
              <Button danger icon={<StopOutlined />} onClick={handleCancel}>
                {t("reception.sessions.cancel")}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={t("reception.fields.type")}>
            <Tag color={TYPE_COLORS[s.type]}>{sessionTypeLabel(s.type, lang)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t("reception.fields.date")}>
            {formatDate(s.date, lang)} {s.startTime}–{s.endTime}
          </Descriptions.Item>
          <Descriptions.Item label={t("reception.sessions.host")}>
            {s.host?.fullName ?? t("reception.schedule.committee")}
          </Descriptions.Item>
          <Descriptions.Item label={t("reception.fields.place")}>{s.place}</Descriptions.Item>
          <Descriptions.Item label={t("reception.sessions.agencies")}>
            {s.agencies.length ? s.agencies.map((a) => a.name).join(", ") : "—"}
          </Descriptions.Item>
          <Descriptions.Item label={t("reception.fields.unit")}>{s.unitName}</Descriptions.Item>
          <Descriptions.Item label={t("reception.sessions.entries")}>{s.entryCount}</Descriptions.Item>
          <Descriptions.Item label={t("reception.sessions.people")}>{s.peopleCount}</Descriptions.Item>
          {s.reason && (
            <Descriptions.Item label={t("reception.sessions.reason")}>{s.reason}</Descriptions.Item>
          )}
          {s.cancelReason && (
            <Descriptions.Item label={t("reception.sessions.cancelReason")}>
              {s.cancelReason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card
        title={t("reception.entry.bookTitle")}
        extra={
          s.abilities.addEntry && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: "entry" })}
              data-testid="entry-new"
            >
              {t("reception.entry.new")}
            </Button>
          )
        }
      >
        {!s.abilities.addEntry && s.status === "planned" && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t("reception.entry.notYet")} />
        )}
        <EntryTable entries={s.entries} onNotice={(entry) => setDialog({ kind: "notice", entry })} />
      </Card>
      <Card
        title={t("reception.record.listTitle")}
        extra={
          s.abilities.record && (
            <Button
              icon={<AuditOutlined />}
              onClick={() => setDialog({ kind: "record" })}
              data-testid="record-new"
            >
              {t("reception.record.new")}
            </Button>
          )
        }
      >
        <List
          dataSource={s.records}
          locale={{ emptyText: t("reception.record.none") }}
          renderItem={(r) => (
            <List.Item>
              <Link to={`/reception/records/${r.id}`} data-testid="record-link">
                {recordKindLabel(r.kind, lang)}: {r.subject}
              </Link>
            </List.Item>
          )}
        />
      </Card>
      {dialog?.kind === "entry" && (
        <EntryFormDrawer sessionId={s.id} date={s.date} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === "notice" && (
        <RefusalNoticeModal entry={dialog.entry} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === "record" && (
        <RecordFormModal
          unitId={s.unitId}
          sessionId={s.id}
          date={s.date}
          place={s.place}
          hostName={s.host?.fullName ?? null}
          entries={s.entries}
          onClose={() => setDialog(null)}
        />
      )}
    </Space>
  );
}
