import type { PetitionKind, PetitionStatus } from "@danvan/common";
import { Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { KIND_COLORS, kindLabel, STATUS_COLORS, statusLabel } from "../labels";

export function KindTag({ kind, round }: { kind: PetitionKind; round?: number }) {
  const lang = useLang();
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLORS[kind]}>
      {kindLabel(kind, lang)}
      {round && round > 1 ? ` · ${t("petitions.round", { round })}` : ""}
    </Tag>
  );
}

export function StatusTag({ status }: { status: PetitionStatus }) {
  const lang = useLang();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="petition-status" data-status={status}>
      {statusLabel(status, lang)}
    </Tag>
  );
}

/** The running deadline with how many days are left, red once overdue. */
export function DueTag({ due, daysLeft }: { due: string | null; daysLeft: number | null }) {
  const { t } = useTranslation();
  if (!due) {
    return <span>—</span>;
  }
  const overdue = daysLeft !== null && daysLeft < 0;
  const soon = daysLeft !== null && daysLeft >= 0 && daysLeft <= 3;
  const hint =
    daysLeft === null
      ? ""
      : overdue
        ? t("petitions.due.overdueBy", { count: -daysLeft })
        : daysLeft === 0
          ? t("petitions.due.today")
          : t("petitions.due.left", { count: daysLeft });
  return (
    <Tooltip title={hint}>
      <Tag color={overdue ? "red" : soon ? "gold" : "default"} data-testid="petition-due">
        {formatDate(due)}
        {hint ? ` · ${hint}` : ""}
      </Tag>
    </Tooltip>
  );
}
