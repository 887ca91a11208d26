import { Card, DatePicker, Select, Space, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LoadMore } from "../../../components/load-more";
import { SearchInput } from "../../../components/search-input";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { useDebouncedValue } from "../../../lib/use-debounced-value";
import { useLang } from "../../../lib/use-lang";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { type Filter, useDossiers } from "../api";
import { DossierTable } from "../components/dossier-table";
import { DOSSIER_STATUSES, dossierStatusLabel } from "../labels";

type Due = "all" | "soon" | "overdue";
type Range = [Dayjs | null, Dayjs | null];

/** A day from the address (`returnedFrom=2026-01-01`, as the dashboard links), or none. */
const dayOf = (v: string | null) =>
  v && /^\d{4}-\d{2}-\d{2}$/.test(v) && dayjs(v).isValid() ? dayjs(v) : null;

/**
 * The dossier register of the units in scope: search by code or applicant, filter by state, channel,
 * due date and the days the result was handed back.
 */
export default function DossiersPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params] = useSearchParams();
  const [q, setQ] = useState("");
  const debouncedQ = useDebouncedValue(q);
  const [status, setStatus] = useState<string | undefined>(params.get("status") || undefined);
  const [channel, setChannel] = useState<string | undefined>();
  const [due, setDue] = useState<Due>("all");
  const [unitId, setUnitId] = useState<string | null>(params.get("unitId") || null);
  const [returned, setReturned] = useState<Range>(() => [
    dayOf(params.get("returnedFrom")),
    dayOf(params.get("returnedTo")),
  ]);
  const filter: Filter = useMemo(
    () => ({
      q: debouncedQ.trim(),
      status,
      channel,
      unitId: unitId ?? undefined,
      overdue: due === "overdue" ? "true" : undefined,
      dueWithinDays: due === "soon" ? 3 : undefined,
      returnedFrom: toIsoDate(returned[0]) ?? undefined,
      returnedTo: toIsoDate(returned[1]) ?? undefined,
    }),
    [debouncedQ, status, channel, unitId, due, returned],
  );
  const list = useDossiers(filter);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t("onestop.register.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("onestop.register.intro")}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <SearchInput
          value={q}
          onChange={setQ}
          placeholder={t("onestop.register.search")}
          width={320}
          testId="dossier-search"
        />
        <Select
          allowClear
          value={status}
          onChange={setStatus}
          placeholder={t("onestop.register.allStatuses")}
          aria-label={t("common.status")}
          style={{ width: 220 }}
          data-testid="dossier-status-filter"
          options={DOSSIER_STATUSES.map((s) => ({ value: s, label: dossierStatusLabel(s, lang) }))}
        />
        <Select
          allowClear
          value={channel}
          onChange={setChannel}
          placeholder={t("onestop.register.allChannels")}
          aria-label={t("onestop.channelLabel")}
          style={{ width: 180 }}
          options={["counter", "online"].map((c) => ({ value: c, label: t(`onestop.channel.${c}`) }))}
        />
        <Select<Due>
          value={due}
          onChange={setDue}
          aria-label={t("onestop.appointment")}
          style={{ width: 200 }}
          data-testid="dossier-due-filter"
          options={[
            { value: "all", label: t("onestop.register.anyDue") },
            { value: "soon", label: t("onestop.register.dueSoon") },
            { value: "overdue", label: t("onestop.register.overdue") },
          ]}
        />
        <DatePicker.RangePicker
          value={returned}
          format={DATE_INPUT_FORMAT}
          allowEmpty={[true, true]}
          placeholder={[t("onestop.register.returnedFrom"), t("onestop.register.returnedTo")]}
          aria-label={t("onestop.register.returnedRange")}
          onChange={(v) => setReturned([v?.[0] ?? null, v?.[1] ?? null])}
          data-testid="dossier-returned-range"
        />
        <UnitTreeSelect
          value={unitId}
          onChange={(v) => setUnitId(typeof v === "string" ? v : null)}
          allowClear
          placeholder={t("onestop.register.allUnits")}
          aria-label={t("onestop.unit")}
        />
      </Space>
      <DossierTable items={items} isLoading={list.isPending} />
      <LoadMore
        hasMore={list.hasNextPage}
        isLoading={list.isFetchingNextPage}
        shown={items.length}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Card>
  );
}
