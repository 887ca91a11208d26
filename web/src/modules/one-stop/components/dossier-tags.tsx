import type { Timeliness } from "@danvan/common";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/use-lang";
import { dossierStatusLabel, STATUS_COLORS, TIMELINESS_COLORS } from "../labels";

export function StatusTag({ status }: { status: string }) {
  const lang = useLang();
  return (
    <Tag
      color={STATUS_COLORS[status as keyof typeof STATUS_COLORS] ?? "default"}
      data-testid="dossier-status"
      data-status={status}
    >
      {dossierStatusLabel(status, lang)}
    </Tag>
  );
}

/** Early / on time / late against the lawful appointment or the step's budget (TT 01/2018 Đ.13). */
export function TimelinessTag({ value, testId }: { value: Timeliness | null; testId?: string }) {
  const { t } = useTranslation();
  if (!value) {
    return null;
  }
  return (
    <Tag color={TIMELINESS_COLORS[value]} data-testid={testId ?? "timeliness"} data-value={value}>
      {t(`onestop.timeliness.${value}`)}
    </Tag>
  );
}

export function OverdueTag({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  return overdue ? (
    <Tag color="error" data-testid="overdue-tag">
      {t("onestop.overdue")}
    </Tag>
  ) : null;
}
