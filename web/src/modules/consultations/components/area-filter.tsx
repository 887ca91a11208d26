import type { ConsultationDetail } from "@danvan/common";
import { Select } from "antd";
import { useTranslation } from "react-i18next";

export type AreaPick = { unitId?: string; hamlet?: string | null };

export const areaLabel = (a: { unitName: string; hamlet: string | null }) =>
  // a block registered under its own unit ("Khối 10" in unit Khối 10) is named once
  a.hamlet && a.hamlet !== a.unitName ? `${a.unitName} – ${a.hamlet}` : a.unitName;

/** "All areas" or one area of the consultation: narrows a household search. */
export function AreaFilter({
  c,
  value,
  onChange,
  testId,
}: {
  c: ConsultationDetail;
  value: number;
  onChange: (index: number, pick: AreaPick) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      value={value}
      style={{ minWidth: 240 }}
      onChange={(i: number) => {
        const a = c.areas[i];
        onChange(i, a ? { unitId: a.unitId, hamlet: a.hamlet } : {});
      }}
      options={[
        { value: -1, label: t("consultations.verify.allAreas", { count: c.areas.length }) },
        ...c.areas.map((a, i) => ({ value: i, label: areaLabel(a) })),
      ]}
      data-testid={testId}
    />
  );
}
