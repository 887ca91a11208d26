import { InputNumber, Space } from "antd";
import { useTranslation } from "react-i18next";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";

type Props = {
  year: number;
  unitId: string | undefined;
  onYear: (year: number) => void;
  onUnit: (unitId: string | undefined) => void;
};

/** Year and unit of the calendar shown; no unit means the national Saturday–Sunday week. */
export function YearUnitPicker({ year, unitId, onYear, onUnit }: Props) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <InputNumber
        min={1900}
        max={2100}
        value={year}
        onChange={(v) => typeof v === "number" && v >= 1900 && v <= 2100 && onYear(v)}
        prefix={t("calendar.year")}
        aria-label={t("calendar.year")}
        data-testid="calendar-year"
        style={{ width: 140 }}
      />
      <UnitTreeSelect
        allowClear
        value={unitId ?? null}
        onChange={(v) => onUnit(typeof v === "string" ? v : undefined)}
        placeholder={t("calendar.allUnits")}
        aria-label={t("calendar.unit")}
        data-testid="calendar-unit"
      />
    </Space>
  );
}
