import { PlusOutlined } from "@ant-design/icons";
import { type ReceptionSession, SESSION_STATUS_LABELS, SESSION_TYPE_LABELS } from "@danvan/common";
import { Button, Card, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useMe } from "../../auth/api";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { useSessions } from "../api";
import { SessionFormModal } from "../components/session-form-modal";
import { optionsOf, STATUS_COLORS, sessionStatusLabel, sessionTypeLabel, TYPE_COLORS } from "../labels";

export default function SessionsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const [params] = useSearchParams();
  // The dashboard links here with its unit and period, and the held sessions it counts.
  const [unitId, setUnitId] = useState<string | undefined>(params.get("unitId") || undefined);
  const [type, setType] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>(params.get("status") || undefined);
  const [period, setPeriod] = useState({ from: params.get("from") ?? "", to: params.get("to") ?? "" });
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const sessions = useSessions({
    unitId,
    type,
    status,
    from: period.from || undefined,
    to: period.to || undefined,
    offset: (page - 1) * 25,
  });
  const canManage = me.permissions.includes("petitions.manage");

  return (
    <Card
      title={t("reception.sessions.title")}
      extra={
        canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpen(true)}
            data-testid="reception-session-new"
          >
            {t("reception.sessions.new")}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <UnitTreeSelect
          allowClear
          value={unitId ?? null}
          onChange={(v) => setUnitId((v as string | null) ?? undefined)}
          placeholder={t("reception.fields.unit")}
          style={{ minWidth: 240 }}
        />
        <Select
          allowClear
          placeholder={t("reception.fields.type")}
          style={{ width: 180 }}
          value={type}
          onChange={setType}
          options={optionsOf(SESSION_TYPE_LABELS, lang)}
        />
        <Select
          allowClear
          placeholder={t("common.status")}
          style={{ width: 180 }}
          value={status}
          onChange={setStatus}
          options={optionsOf(SESSION_STATUS_LABELS, lang)}
        />
        {period.from || period.to ? (
          <Tag
            closable
            color="blue"
            data-testid="sessions-period-filter"
            onClose={() => {
              setPeriod({ from: "", to: "" });
              setPage(1);
            }}
          >
            {t("reception.sessions.periodFilter", {
              from: period.from ? formatDate(period.from, lang) : "…",
              to: period.to ? formatDate(period.to, lang) : "…",
            })}
          </Tag>
        ) : null}
      </Space>
      <Table<ReceptionSession>
        rowKey="id"
        size="small"
        loading={sessions.isPending}
        dataSource={sessions.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 25,
          total: sessions.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        locale={{ emptyText: t("reception.sessions.empty") }}
        data-testid="reception-sessions-table"
        columns={[
          {
            title: t("reception.sessions.code"),
            key: "code",
            render: (_, s) => <Link to={`/reception/sessions/${s.id}`}>{s.code}</Link>,
          },
          {
            title: t("reception.fields.date"),
            key: "date",
            render: (_, s) => `${formatDate(s.date, lang)} ${s.startTime}`,
          },
          {
            title: t("reception.fields.type"),
            key: "type",
            render: (_, s) => <Tag color={TYPE_COLORS[s.type]}>{sessionTypeLabel(s.type, lang)}</Tag>,
          },
          {
            title: t("reception.sessions.host"),
            key: "host",
            render: (_, s) => s.host?.fullName ?? t("reception.schedule.committee"),
          },
          { title: t("reception.fields.unit"), dataIndex: "unitName", key: "unit" },
          { title: t("reception.sessions.entries"), dataIndex: "entryCount", key: "e", align: "right" },
          { title: t("reception.sessions.people"), dataIndex: "peopleCount", key: "p", align: "right" },
          {
            title: t("common.status"),
            key: "status",
            render: (_, s) => <Tag color={STATUS_COLORS[s.status]}>{sessionStatusLabel(s.status, lang)}</Tag>,
          },
        ]}
      />
      <Typography.Text type="secondary">{t("reception.sessions.help")}</Typography.Text>
      {open && <SessionFormModal unitId={unitId ?? me.unitId} onClose={() => setOpen(false)} />}
    </Card>
  );
}
