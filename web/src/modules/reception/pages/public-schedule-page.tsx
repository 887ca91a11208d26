import type { PublicSchedule } from "@danvan/common";
import { Alert, Card, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PublicLayout } from "../../../app/public-layout";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { usePublicSchedule, usePublicUnits } from "../api";
import { hostRoleLabel, sessionTypeLabel, TYPE_COLORS } from "../labels";

type Occurrence = PublicSchedule["occurrences"][number];

/** The reception schedule citizens may read without signing in (Luật Tiếp công dân 2013 Đ.24). */
export default function PublicSchedulePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const units = usePublicUnits();
  const [unitId, setUnitId] = useState<string | undefined>();
  const schedule = usePublicSchedule(unitId);
  const data = schedule.data;
  return (
    <PublicLayout>
      <Card title={t("reception.public.title")}>
        <Typography.Paragraph>{t("reception.public.intro")}</Typography.Paragraph>
        <Select
          showSearch
          optionFilterProp="label"
          placeholder={t("reception.public.pickUnit")}
          style={{ width: "100%", maxWidth: 420, marginBottom: 16 }}
          value={unitId}
          onChange={setUnitId}
          loading={units.isPending}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          data-testid="public-reception-unit"
        />
        {!unitId && <Alert type="info" showIcon message={t("reception.public.choose")} />}
        {data && (
          <Space direction="vertical" style={{ width: "100%" }}>
            {data.regular.map((r) => (
              <Alert
                key={r.title}
                type="success"
                showIcon
                message={r.title}
                description={t("reception.public.regular", {
                  days: r.weekdays.map((d) => t(`reception.weekday.${d}`)).join(", "),
                  hours: r.hours,
                  place: r.place,
                })}
              />
            ))}
            <Table<Occurrence>
              rowKey={(o) => `${o.date}${o.startTime}${o.title}`}
              size="small"
              dataSource={data.occurrences}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: t("reception.public.none") }}
              data-testid="public-reception-days"
              columns={[
                {
                  title: t("reception.fields.date"),
                  key: "d",
                  render: (_, o) => (
                    <Space direction="vertical" size={0}>
                      <span>
                        {formatDate(o.date, lang)} {o.startTime}–{o.endTime}
                      </span>
                      {o.shiftedFrom && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t("reception.schedule.shifted", { date: formatDate(o.shiftedFrom, lang) })}
                        </Typography.Text>
                      )}
                    </Space>
                  ),
                },
                {
                  title: t("reception.fields.type"),
                  key: "t",
                  render: (_, o) => (
                    <Tag color={TYPE_COLORS[o.sessionType]}>{sessionTypeLabel(o.sessionType, lang)}</Tag>
                  ),
                },
                {
                  title: t("reception.public.who"),
                  key: "h",
                  render: (_, o) =>
                    o.hostName
                      ? [o.hostName, o.hostRole ? hostRoleLabel(o.hostRole, lang) : null]
                          .filter(Boolean)
                          .join(" — ")
                      : t("reception.schedule.committee"),
                },
                { title: t("reception.fields.place"), dataIndex: "place", key: "p" },
                { title: t("reception.fields.unit"), dataIndex: "unitName", key: "u" },
              ]}
            />
          </Space>
        )}
      </Card>
    </PublicLayout>
  );
}
