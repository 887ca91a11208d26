import { Alert, Card, List, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/use-lang";
import { useNotices, useYearView } from "../api";
import { NamedDaysTable } from "../components/named-days-table";
import { DayLegend, YearGrid } from "../components/year-grid";
import { YearSummary } from "../components/year-summary";
import { YearUnitPicker } from "../components/year-unit-picker";
import { todayInVietnam } from "../day-kinds";

/** The working calendar of a year for a unit: every staff member may read it. */
export default function YearPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [year, setYear] = useState(() => Number(todayInVietnam().slice(0, 4)));
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const view = useYearView(year, unitId);
  const notices = useNotices(year);
  const active = (notices.data ?? []).filter((n) => n.isActive);

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card>
        <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t("calendar.yearTitle", { year })}
          </Typography.Title>
          <YearUnitPicker year={year} unitId={unitId} onYear={setYear} onUnit={setUnitId} />
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t("calendar.yearIntro")}
        </Typography.Paragraph>
        {view.data && <YearSummary view={view.data} />}
        <DayLegend />
      </Card>
      {view.isError && <Alert type="error" showIcon title={t("errors.loadFailed")} />}
      {view.data && (
        <YearGrid year={view.data.year} weekend={view.data.weekend} days={view.data.days} lang={lang} />
      )}
      <Card title={t("calendar.namedDays")}>
        <NamedDaysTable days={view.data?.days ?? []} lang={lang} loading={view.isPending} />
      </Card>
      <Card title={t("calendar.noticesOfYear", { year })}>
        <List
          size="small"
          loading={notices.isPending}
          dataSource={active}
          locale={{ emptyText: t("calendar.noNotices", { year }) }}
          renderItem={(n) => (
            <List.Item>
              <Typography.Text strong>{n.reference}</Typography.Text> — {n.title}
            </List.Item>
          )}
          data-testid="year-notices"
        />
      </Card>
    </Space>
  );
}
