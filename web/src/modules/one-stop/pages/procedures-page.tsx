import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import type { Procedure } from "@danvan/common";
import { Button, Card, Select, Space, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LoadMore } from "../../../components/load-more";
import { SearchInput } from "../../../components/search-input";
import { compareVi } from "../../../lib/format";
import { useDebouncedValue } from "../../../lib/use-debounced-value";
import { useMe } from "../../auth/api";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { useProcedures } from "../api";
import { ONLINE_LEVELS, PROCEDURE_LEVELS } from "../labels";

const ONLINE_COLORS = { full: "green", partial: "blue", none: "default" } as const;
const STATUS_COLORS = { in_force: "success", upcoming: "gold", expired: "default" } as const;

/** The procedure catalogue: search by code or name, filter by field, level and online level. */
export default function ProceduresPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [q, setQ] = useState("");
  const debouncedQ = useDebouncedValue(q);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | undefined>("in_force");
  const [field, setField] = useState<string | undefined>();
  const [level, setLevel] = useState<string | undefined>();
  const [online, setOnline] = useState<string | undefined>();
  const list = useProcedures({ q: debouncedQ.trim(), unitId: unitId ?? undefined, status });
  const loaded = list.data?.pages.flatMap((p) => p.items) ?? [];
  const fields = useMemo(() => [...new Set(loaded.map((p) => p.field))].sort(compareVi), [loaded]);
  const items = loaded.filter(
    (p) =>
      (!field || p.field === field) && (!level || p.level === level) && (!online || p.onlineLevel === online),
  );
  const canManage = me.permissions.includes("onestop.catalogue.manage");

  return (
    <Card>
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 8 }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t("onestop.catalogue.title")}
          </Typography.Title>
          <Typography.Text type="secondary">{t("onestop.catalogue.intro")}</Typography.Text>
        </div>
        {canManage && (
          <Space wrap>
            <Link to="/onestop/procedures/import">
              <Button icon={<UploadOutlined />} data-testid="procedure-import">
                {t("onestop.import.open")}
              </Button>
            </Link>
            <Link to="/onestop/procedures/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="procedure-new">
                {t("onestop.catalogue.new")}
              </Button>
            </Link>
          </Space>
        )}
      </Space>
      <Space wrap style={{ margin: "8px 0 16px" }}>
        <SearchInput
          value={q}
          onChange={setQ}
          placeholder={t("onestop.catalogue.search")}
          testId="procedure-search"
        />
        <Select
          allowClear
          value={field}
          onChange={setField}
          placeholder={t("onestop.catalogue.allFields")}
          aria-label={t("onestop.field")}
          style={{ width: 220 }}
          options={fields.map((f) => ({ value: f, label: f }))}
        />
        <Select
          allowClear
          value={level}
          onChange={setLevel}
          placeholder={t("onestop.catalogue.allLevels")}
          aria-label={t("onestop.level")}
          style={{ width: 160 }}
          options={PROCEDURE_LEVELS.map((l) => ({ value: l, label: t(`onestop.levels.${l}`) }))}
        />
        <Select
          allowClear
          value={online}
          onChange={setOnline}
          placeholder={t("onestop.catalogue.allOnline")}
          aria-label={t("onestop.onlineLevel")}
          style={{ width: 220 }}
          options={ONLINE_LEVELS.map((l) => ({ value: l, label: t(`onestop.online.${l}`) }))}
        />
        <Select
          allowClear
          value={status}
          onChange={setStatus}
          placeholder={t("onestop.catalogue.anyStatus")}
          aria-label={t("common.status")}
          style={{ width: 180 }}
          options={["in_force", "upcoming", "expired"].map((s) => ({
            value: s,
            label: t(`onestop.procedureStatus.${s}`),
          }))}
        />
        <UnitTreeSelect
          value={unitId}
          onChange={(v) => setUnitId(typeof v === "string" ? v : null)}
          allowClear
          placeholder={t("onestop.register.allUnits")}
          aria-label={t("onestop.unit")}
        />
      </Space>
      <Table<Procedure>
        rowKey="id"
        dataSource={items}
        loading={list.isPending}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t("onestop.catalogue.empty") }}
        data-testid="procedure-table"
        columns={[
          {
            title: t("onestop.procedure"),
            key: "name",
            render: (_, p) => (
              <Space direction="vertical" size={0}>
                <Link to={`/onestop/procedures/${p.id}`} data-testid={`procedure-link-${p.code}`}>
                  {p.name}
                </Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {p.code} · {p.field} · {p.unitName}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t("onestop.level"),
            key: "level",
            width: 110,
            render: (_, p) => t(`onestop.levels.${p.level}`, { defaultValue: p.level }),
          },
          {
            title: t("onestop.processingDays"),
            key: "days",
            width: 140,
            render: (_, p) =>
              p.processingDays === 0
                ? t("onestop.sameDay")
                : t("onestop.workingDays", { count: p.processingDays }),
          },
          {
            title: t("onestop.onlineLevel"),
            key: "online",
            width: 190,
            render: (_, p) => (
              <Tag color={ONLINE_COLORS[p.onlineLevel as keyof typeof ONLINE_COLORS]}>
                {t(`onestop.online.${p.onlineLevel}`)}
              </Tag>
            ),
          },
          {
            title: t("common.status"),
            key: "status",
            width: 140,
            render: (_, p) => (
              <Tag color={STATUS_COLORS[p.status]}>{t(`onestop.procedureStatus.${p.status}`)}</Tag>
            ),
          },
        ]}
      />
      <LoadMore
        hasMore={list.hasNextPage}
        isLoading={list.isFetchingNextPage}
        shown={items.length}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Card>
  );
}
