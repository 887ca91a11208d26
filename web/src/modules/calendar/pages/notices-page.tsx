import { PlusOutlined, StopOutlined } from "@ant-design/icons";
import type { HolidayNotice } from "@danvan/common";
import { Alert, App, Button, Card, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useMe } from "../../auth/api";
import { useNotices, useYearView } from "../api";
import { NamedDaysTable } from "../components/named-days-table";
import { NoticeFormModal } from "../components/notice-form-modal";
import { NoticeRetractModal } from "../components/notice-retract-modal";
import { DayLegend, YearGrid } from "../components/year-grid";
import { YearUnitPicker } from "../components/year-unit-picker";
import { KIND_STYLE, todayInVietnam } from "../day-kinds";

type Dialog = { kind: "create" } | { kind: "retract"; notice: HolidayNotice } | null;

/** The year's government notices on days off, and the calendar they produce, side by side. */
export default function NoticesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const me = useMe();
  const canManage = me.permissions.includes("calendar.manage");
  const [year, setYear] = useState(() => Number(todayInVietnam().slice(0, 4)) + 1);
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const notices = useNotices(year);
  const view = useYearView(year, unitId);

  const columns: TableColumnsType<HolidayNotice> = [
    {
      title: t("calendar.notices.reference"),
      key: "reference",
      width: 240,
      render: (_, n) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{n.reference}</Typography.Text>
          <Typography.Text type="secondary">{n.title}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t("calendar.notices.days"),
      key: "days",
      render: (_, n) => (
        <Space orientation="vertical" size={2}>
          {n.days.map((d) => (
            <span key={d.date}>
              <Tag color={KIND_STYLE[d.kind].tag} style={{ marginInlineEnd: 8 }}>
                {t(`calendar.kind.${d.kind}`)}
              </Tag>
              {formatDate(d.date)} — {lang === "en" ? d.nameEn : d.name}
            </span>
          ))}
        </Space>
      ),
    },
    {
      title: t("common.status"),
      key: "status",
      width: 130,
      render: (_, n) =>
        n.isActive ? (
          <Tag color="green">{t("calendar.notices.active")}</Tag>
        ) : (
          <Tag>{t("calendar.notices.retracted")}</Tag>
        ),
    },
    {
      title: t("common.createdAt"),
      key: "createdAt",
      width: 150,
      render: (_, n) => formatDateTime(n.createdAt),
    },
    ...(canManage
      ? [
          {
            title: t("common.actions"),
            key: "actions",
            width: 130,
            render: (_: unknown, n: HolidayNotice) =>
              n.isActive && (
                <Button
                  size="small"
                  danger
                  icon={<StopOutlined />}
                  onClick={() => setDialog({ kind: "retract", notice: n })}
                  data-testid={`notice-retract-${n.id}`}
                >
                  {t("calendar.notices.retract")}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card>
        <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 12 }} wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t("calendar.notices.title")}
          </Typography.Title>
          <Space wrap>
            <YearUnitPicker year={year} unitId={unitId} onYear={setYear} onUnit={setUnitId} />
            {canManage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setDialog({ kind: "create" })}
                data-testid="notice-create"
              >
                {t("calendar.notices.create")}
              </Button>
            )}
          </Space>
        </Space>
        <Typography.Paragraph type="secondary">{t("calendar.notices.intro")}</Typography.Paragraph>
        <Table<HolidayNotice>
          rowKey="id"
          columns={columns}
          dataSource={notices.data ?? []}
          loading={notices.isPending}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t("calendar.noNotices", { year }) }}
          data-testid="notice-table"
        />
      </Card>
      <Card title={t("calendar.notices.resulting", { year })} extra={<DayLegend />}>
        {view.isError && <Alert type="error" showIcon title={t("errors.loadFailed")} />}
        {view.data && (
          <YearGrid year={view.data.year} weekend={view.data.weekend} days={view.data.days} lang={lang} />
        )}
      </Card>
      <Card title={t("calendar.namedDays")}>
        <NamedDaysTable days={view.data?.days ?? []} lang={lang} loading={view.isPending} />
      </Card>
      {dialog?.kind === "create" && (
        <NoticeFormModal
          year={year}
          onClose={() => setDialog(null)}
          onSaved={(savedYear) => {
            setDialog(null);
            setYear(savedYear);
            message.success(t("calendar.notices.saved"));
          }}
        />
      )}
      {dialog?.kind === "retract" && (
        <NoticeRetractModal
          notice={dialog.notice}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            message.success(t("calendar.notices.retractedDone"));
          }}
        />
      )}
    </Space>
  );
}
