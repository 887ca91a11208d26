import { type TaskSort, TaskSource } from "@danvan/common";
import { Select, Space } from "antd";
import { useTranslation } from "react-i18next";
import { SearchInput } from "../../../components/search-input";
import { useLang } from "../../../lib/use-lang";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { sourceLabel } from "./task-status";

export type BoardStatus = "open" | "overdue" | "done" | "cancelled" | "any";

export type BoardFilterValues = {
  q: string;
  status: BoardStatus;
  source?: TaskSource;
  unitId?: string;
  dueWithinDays?: number;
  publicPromise?: "true" | "false";
  sort: TaskSort;
};

type Props = {
  value: BoardFilterValues;
  onChange: (next: BoardFilterValues) => void;
  /** Filters a board fixes itself (the "overdue" board fixes the state) are not offered. */
  hide?: { status?: boolean; dueWithin?: boolean };
  canPickUnit: boolean;
};

const DUE_WINDOWS = [0, 3, 7, 14, 30];

export function BoardFilters({ value, onChange, hide, canPickUnit }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const set = (patch: Partial<BoardFilterValues>) => onChange({ ...value, ...patch });
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <SearchInput
        value={value.q}
        onChange={(q) => set({ q })}
        placeholder={t("tasks.board.search")}
        width={260}
        testId="task-search"
      />
      {!hide?.status && (
        <Select<BoardStatus>
          value={value.status}
          onChange={(status) => set({ status })}
          style={{ width: 190 }}
          aria-label={t("tasks.board.status")}
          data-testid="task-filter-status"
          options={(["open", "overdue", "done", "cancelled", "any"] as const).map((s) => ({
            value: s,
            label: t(`tasks.board.statusFilter.${s}`),
          }))}
        />
      )}
      {!hide?.dueWithin && (
        <Select<number>
          allowClear
          value={value.dueWithinDays}
          onChange={(dueWithinDays) => set({ dueWithinDays })}
          placeholder={t("tasks.board.dueWithin")}
          style={{ width: 200 }}
          aria-label={t("tasks.board.dueWithin")}
          data-testid="task-filter-due"
          options={DUE_WINDOWS.map((n) => ({
            value: n,
            label: n === 0 ? t("tasks.board.dueToday") : t("tasks.board.dueInDays", { count: n }),
          }))}
        />
      )}
      <Select<TaskSource>
        allowClear
        value={value.source}
        onChange={(source) => set({ source })}
        placeholder={t("tasks.board.source")}
        style={{ width: 220 }}
        aria-label={t("tasks.board.source")}
        data-testid="task-filter-source"
        options={TaskSource.options.map((s) => ({ value: s, label: sourceLabel(s, lang) }))}
      />
      <Select<"true" | "false">
        allowClear
        value={value.publicPromise}
        onChange={(publicPromise) => set({ publicPromise })}
        placeholder={t("tasks.board.promise")}
        style={{ width: 230 }}
        aria-label={t("tasks.board.promise")}
        data-testid="task-filter-promise"
        options={[
          { value: "true", label: t("tasks.board.promiseOnly") },
          { value: "false", label: t("tasks.board.internalOnly") },
        ]}
      />
      {canPickUnit && (
        <UnitTreeSelect
          allowClear
          value={value.unitId ?? null}
          onChange={(unitId) => set({ unitId: typeof unitId === "string" ? unitId : undefined })}
          placeholder={t("tasks.board.unit")}
          aria-label={t("tasks.board.unit")}
          data-testid="task-filter-unit"
        />
      )}
      <Select<TaskSort>
        value={value.sort}
        onChange={(sort) => set({ sort })}
        style={{ width: 200 }}
        aria-label={t("tasks.board.sort")}
        data-testid="task-sort"
        options={(["due", "-due", "-created"] as const).map((s) => ({
          value: s,
          label: t(`tasks.board.sortBy.${s}`),
        }))}
      />
    </Space>
  );
}
