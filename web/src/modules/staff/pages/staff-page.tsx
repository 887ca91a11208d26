import { PlusOutlined } from "@ant-design/icons";
import type { Staff } from "@danvan/common";
import { App, Button, Card, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadMore } from "../../../components/load-more";
import { SearchInput } from "../../../components/search-input";
import { useDebouncedValue } from "../../../lib/use-debounced-value";
import { useMe } from "../../auth/api";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { useStaffList } from "../api";
import { StaffCreateModal } from "../components/staff-create-modal";
import { StaffEditModal } from "../components/staff-edit-modal";
import { StaffGrantsDrawer } from "../components/staff-grants-drawer";
import { StaffTable } from "../components/staff-table";

type Dialog = { kind: "create" } | { kind: "edit"; staff: Staff } | { kind: "grants"; staff: Staff } | null;

export default function StaffPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [q, setQ] = useState("");
  const debouncedQ = useDebouncedValue(q);
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useStaffList({ q: debouncedQ, unitId });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const canCreate = me.permissions.includes("directory.staff.manage");

  const handleSaved = (key: string, name?: string) => {
    setDialog(null);
    message.success(t(key, { name }));
  };

  return (
    <Card>
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("staff.title")}
        </Typography.Title>
        {canCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: "create" })}
            data-testid="create-staff"
          >
            {t("staff.create")}
          </Button>
        )}
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <SearchInput
          value={q}
          onChange={setQ}
          placeholder={t("staff.searchPlaceholder")}
          width={320}
          testId="staff-search"
        />
        <UnitTreeSelect
          allowClear
          value={unitId ?? null}
          onChange={(value) => setUnitId(typeof value === "string" ? value : undefined)}
          placeholder={t("staff.filterByUnit")}
          aria-label={t("staff.filterByUnit")}
          data-testid="staff-unit-filter"
        />
      </Space>
      <StaffTable
        items={items}
        isLoading={list.isPending}
        onEdit={(staff) => setDialog({ kind: "edit", staff })}
        onGrants={(staff) => setDialog({ kind: "grants", staff })}
      />
      <LoadMore
        hasMore={list.hasNextPage}
        isLoading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
        shown={items.length}
      />
      {dialog?.kind === "create" && (
        <StaffCreateModal
          defaultUnitId={unitId}
          onClose={() => setDialog(null)}
          onCreated={(name) => handleSaved("staff.created", name)}
        />
      )}
      {dialog?.kind === "edit" && (
        <StaffEditModal
          staff={dialog.staff}
          onClose={() => setDialog(null)}
          onSaved={() => handleSaved("common.saved")}
        />
      )}
      {dialog?.kind === "grants" && (
        <StaffGrantsDrawer
          staff={dialog.staff}
          onChange={(staff) => setDialog({ kind: "grants", staff })}
          onClose={() => setDialog(null)}
        />
      )}
    </Card>
  );
}
