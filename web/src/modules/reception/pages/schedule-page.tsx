import { PlusOutlined } from "@ant-design/icons";
import type { ReceptionOccurrence, ReceptionSchedule } from "@danvan/common";
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { useMe } from "../../auth/api";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { useEndSchedule, useScheduleView } from "../api";
import { ScheduleFormModal } from "../components/schedule-form-modal";
import { SessionFormModal, type SessionPreset } from "../components/session-form-modal";
import { hostRoleLabel, scheduleKindLabel, sessionTypeLabel, TYPE_COLORS } from "../labels";
import { recurrenceText } from "../recurrence-text";

export default function SchedulePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const [unitId, setUnitId] = useState<string | undefined>(me.unitId);
  const [open, setOpen] = useState(false);
  const [preset, setPreset] = useState<SessionPreset | null>(null);
  const view = useScheduleView(unitId);
  const end = useEndSchedule();
  const report = useReportError();
  const { message } = App.useApp();
  const canManage = me.permissions.includes("petitions.manage");
  const data = view.data;

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card
        title={t("reception.schedule.title")}
        extra={
          <Space wrap>
            <UnitTreeSelect
              value={unitId ?? null}
              onChange={(v) => setUnitId((v as string | null) ?? undefined)}
              style={{ minWidth: 260 }}
              data-testid="reception-schedule-unit"
            />
            {canManage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setOpen(true)}
                data-testid="reception-schedule-add"
              >
                {t("reception.schedule.add")}
              </Button>
            )}
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t("reception.schedule.intro")}</Typography.Paragraph>
        {data && data.warnings.length > 0 && (
          <Space
            direction="vertical"
            style={{ width: "100%", marginBottom: 16 }}
            data-testid="reception-warnings"
          >
            {data.warnings.map((w) => (
              <Alert
                key={`${w.hostId}-${w.period}`}
                type="warning"
                showIcon
                message={t("reception.schedule.warning", {
                  host: w.hostName,
                  role: hostRoleLabel(w.hostRole, lang),
                  period:
                    w.per === "month" ? w.period.split("-").reverse().join("/") : formatDate(w.period, lang),
                  planned: w.planned,
                  required: w.required,
                  per: t(`reception.schedule.per.${w.per}`),
                  source: w.sourceRef,
                })}
                description={w.verified ? undefined : t("reception.schedule.unverified")}
              />
            ))}
          </Space>
        )}
        {data && data.unscheduled.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="reception-unscheduled"
            message={t("reception.schedule.unscheduled", { count: data.unscheduled.length })}
            description={data.unscheduled
              .slice(0, 20)
              .map((u) => `${u.unitName} (${hostRoleLabel(u.hostRole, lang)})`)
              .join("; ")}
          />
        )}
        {data &&
          data.warnings.length === 0 &&
          data.unscheduled.length === 0 &&
          data.schedules.some((s) => s.kind === "leader") && (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 16 }}
              message={t("reception.schedule.compliant")}
            />
          )}
        <Table<ReceptionSchedule>
          rowKey="id"
          size="small"
          loading={view.isPending}
          pagination={false}
          dataSource={data?.schedules ?? []}
          locale={{ emptyText: t("reception.schedule.noSchedules") }}
          columns={[
            {
              title: t("reception.schedule.kind"),
              key: "k",
              render: (_, s) => scheduleKindLabel(s.kind, lang),
            },
            { title: t("reception.schedule.titleCol"), dataIndex: "title", key: "title" },
            {
              title: t("reception.schedule.host"),
              key: "host",
              render: (_, s) => (s.host ? `${s.host.fullName} (${hostRoleLabel(s.hostRole, lang)})` : "—"),
            },
            {
              title: t("reception.schedule.pattern"),
              key: "r",
              render: (_, s) => recurrenceText(s.recurrence, t),
            },
            {
              title: t("reception.schedule.hours"),
              key: "h",
              render: (_, s) => `${s.startTime}–${s.endTime}`,
            },
            { title: t("reception.fields.place"), dataIndex: "place", key: "place" },
            {
              title: t("reception.schedule.validity"),
              key: "v",
              render: (_, s) =>
                s.validTo
                  ? `${formatDate(s.validFrom, lang)} – ${formatDate(s.validTo, lang)}`
                  : t("reception.schedule.since", { date: formatDate(s.validFrom, lang) }),
            },
            {
              title: t("common.actions"),
              key: "a",
              width: 130,
              hidden: !data?.schedules.some((x) => x.canEnd && !x.validTo),
              render: (_, s) =>
                s.canEnd && !s.validTo ? (
                  <Popconfirm
                    title={t("reception.schedule.endConfirm")}
                    okText={t("reception.schedule.end")}
                    cancelText={t("common.cancel")}
                    onConfirm={() =>
                      end.mutate(
                        { id: s.id, validTo: dayjs().format("YYYY-MM-DD") },
                        { onSuccess: () => message.success(t("common.saved")), onError: (e) => report(e) },
                      )
                    }
                  >
                    <Button size="small" danger>
                      {t("reception.schedule.end")}
                    </Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card
        title={t("reception.schedule.upcoming", {
          from: formatDate(data?.from, lang),
          to: formatDate(data?.to, lang),
        })}
      >
        <Table<ReceptionOccurrence>
          rowKey={(o) => `${o.scheduleId ?? ""}${o.sessionId ?? ""}${o.date}${o.startTime}`}
          size="small"
          loading={view.isPending}
          dataSource={data?.occurrences ?? []}
          pagination={{ pageSize: 15, hideOnSinglePage: true }}
          locale={{ emptyText: t("reception.schedule.noDays") }}
          data-testid="reception-occurrences"
          columns={[
            {
              title: t("reception.fields.date"),
              key: "d",
              render: (_, o) => (
                <Space direction="vertical" size={0}>
                  <span>{formatDate(o.date, lang)}</span>
                  {o.shiftedFrom && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t("reception.schedule.shifted", { date: formatDate(o.shiftedFrom, lang) })}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t("reception.schedule.hours"),
              key: "h",
              render: (_, o) => `${o.startTime}–${o.endTime}`,
            },
            {
              title: t("reception.fields.type"),
              key: "t",
              render: (_, o) => (
                <Tag color={TYPE_COLORS[o.sessionType]}>{sessionTypeLabel(o.sessionType, lang)}</Tag>
              ),
            },
            { title: t("reception.schedule.titleCol"), dataIndex: "title", key: "title" },
            {
              title: t("reception.schedule.host"),
              key: "host",
              render: (_, o) => o.hostName ?? t("reception.schedule.committee"),
            },
            { title: t("reception.fields.unit"), dataIndex: "unitName", key: "u" },
            {
              title: t("reception.schedule.sessionCol"),
              key: "s",
              width: 150,
              render: (_, o) =>
                o.sessionId ? (
                  <Link
                    to={`/reception/sessions/${o.sessionId}`}
                    data-testid={`occurrence-session-${o.date}`}
                  >
                    {t("reception.schedule.sessionOpened")}
                  </Link>
                ) : canManage && o.scheduleId ? (
                  <Button
                    size="small"
                    data-testid={`occurrence-open-${o.date}`}
                    onClick={() =>
                      setPreset({
                        scheduleId: o.scheduleId!,
                        title: `${o.title} — ${formatDate(o.date, lang)}`,
                        unitId: o.unitId,
                        type: o.sessionType,
                        date: o.date,
                        startTime: o.startTime,
                        endTime: o.endTime,
                        place: o.place,
                        hostId: data?.schedules.find((x) => x.id === o.scheduleId)?.host?.id ?? null,
                      })
                    }
                  >
                    {t("reception.sessions.new")}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      {open && unitId && <ScheduleFormModal unitId={unitId} onClose={() => setOpen(false)} />}
      {preset && <SessionFormModal unitId={preset.unitId} preset={preset} onClose={() => setPreset(null)} />}
    </Space>
  );
}
