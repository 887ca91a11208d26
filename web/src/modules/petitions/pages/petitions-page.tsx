import { DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import type { PetitionChannel, PetitionKind } from "@danvan/common";
import { Button, Card, Select, Space, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { LoadMore } from "../../../components/load-more";
import { SearchInput } from "../../../components/search-input";
import { useDebouncedValue } from "../../../lib/use-debounced-value";
import { useLang } from "../../../lib/use-lang";
import { useMe } from "../../auth/api";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { exportUrl, type PetitionFilter, usePetitions } from "../api";
import { PetitionTable } from "../components/petition-table";
import { CHANNELS, channelLabel, KINDS, kindLabel, STATUSES, statusLabel } from "../labels";

type Due = "all" | "soon" | "overdue";

/** The petition register; "mine" shows what is assigned to the signed-in handler. */
export default function PetitionsPage({ mine = false }: { mine?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const [params] = useSearchParams();
  const [q, setQ] = useState(params.get("q") ?? "");
  const debouncedQ = useDebouncedValue(q);
  const [status, setStatus] = useState<string>(params.get("status") ?? "open");
  const [kind, setKind] = useState<PetitionKind | "all">("all");
  const [channel, setChannel] = useState<PetitionChannel | "all">("all");
  const [unitId, setUnitId] = useState<string | null>(params.get("unitId") || null);
  const [due, setDue] = useState<Due>((params.get("due") as Due | null) ?? "all");
  const filter: PetitionFilter = useMemo(
    () => ({
      q: debouncedQ.trim(),
      status,
      kind: kind === "all" ? undefined : kind,
      channel: channel === "all" ? undefined : channel,
      unitId: unitId ?? undefined,
      mine: mine ? "true" : undefined,
      overdue: due === "overdue" ? "true" : undefined,
      dueWithinDays: due === "soon" ? 3 : undefined,
      sort: due === "all" ? "received" : "due",
    }),
    [debouncedQ, status, kind, channel, unitId, mine, due],
  );
  const list = usePetitions(filter);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const canIntake = me.permissions.includes("petitions.manage");
  const canRead = me.permissions.includes("petitions.read");

  return (
    <Card>
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 16 }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {mine ? t("petitions.mineTitle") : t("petitions.title")}
          </Typography.Title>
          <Typography.Text type="secondary">
            {mine ? t("petitions.mineIntro") : t("petitions.intro")}
          </Typography.Text>
        </div>
        <Space wrap>
          {canRead && !mine && (
            <Button icon={<DownloadOutlined />} href={exportUrl(filter)} data-testid="petition-export">
              {t("petitions.export")}
            </Button>
          )}
          {canIntake && (
            <Link to="/petitions/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="petition-new">
                {t("petitions.new")}
              </Button>
            </Link>
          )}
        </Space>
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <SearchInput
          value={q}
          onChange={setQ}
          placeholder={t("petitions.searchPlaceholder")}
          width={340}
          testId="petition-search"
        />
        <Select
          value={status}
          onChange={setStatus}
          aria-label={t("common.status")}
          style={{ width: 230 }}
          data-testid="petition-status-filter"
          options={[
            { value: "open", label: t("petitions.filter.open") },
            { value: "closed", label: t("petitions.filter.closed") },
            { value: "any", label: t("petitions.filter.any") },
            ...STATUSES.map((s) => ({ value: s, label: statusLabel(s, lang) })),
          ]}
        />
        <Select<PetitionKind | "all">
          value={kind}
          onChange={setKind}
          aria-label={t("petitions.kind")}
          style={{ width: 160 }}
          data-testid="petition-kind-filter"
          options={[
            { value: "all", label: t("petitions.filter.allKinds") },
            ...KINDS.map((k) => ({ value: k, label: kindLabel(k, lang) })),
          ]}
        />
        <Select<PetitionChannel | "all">
          value={channel}
          onChange={setChannel}
          aria-label={t("petitions.channel")}
          style={{ width: 210 }}
          data-testid="petition-channel-filter"
          options={[
            { value: "all", label: t("petitions.filter.allChannels") },
            ...CHANNELS.map((c) => ({ value: c, label: channelLabel(c, lang) })),
          ]}
        />
        <Select<Due>
          value={due}
          onChange={setDue}
          aria-label={t("petitions.currentDue")}
          style={{ width: 190 }}
          data-testid="petition-due-filter"
          options={[
            { value: "all", label: t("petitions.filter.anyDue") },
            { value: "soon", label: t("petitions.filter.dueSoon") },
            { value: "overdue", label: t("petitions.filter.overdue") },
          ]}
        />
        {canRead && (
          <UnitTreeSelect
            value={unitId}
            onChange={(v) => setUnitId(typeof v === "string" ? v : null)}
            allowClear
            placeholder={t("petitions.filter.allUnits")}
            aria-label={t("petitions.unit")}
            data-testid="petition-unit-filter"
          />
        )}
      </Space>
      <PetitionTable items={items} isLoading={list.isPending} />
      <LoadMore
        hasMore={list.hasNextPage}
        isLoading={list.isFetchingNextPage}
        shown={items.length}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Card>
  );
}
