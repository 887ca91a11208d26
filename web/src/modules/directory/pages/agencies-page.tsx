import { EditOutlined, PlusOutlined, TeamOutlined } from "@ant-design/icons";
import type { Agency } from "@danvan/common";
import { App, Button, Card, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { compareVi } from "../../../lib/format";
import { useMe } from "../../auth/api";
import { useAgencies } from "../api";
import { AgencyFormModal } from "../components/agency-form-modal";
import { PositionsDrawer } from "../components/positions-drawer";
import { UnitTreeSelect } from "../components/unit-tree-select";

type Dialog = { kind: "form"; agency: Agency | null } | { kind: "positions"; agency: Agency } | null;

export default function AgenciesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data: agencies, isPending } = useAgencies(unitId);
  const canCreate = me.permissions.includes("directory.agencies.manage");

  const handleSaved = () => {
    setDialog(null);
    message.success(t("common.saved"));
  };

  const columns: TableColumnsType<Agency> = [
    { title: t("agencies.code"), dataIndex: "code", key: "code", width: 110 },
    {
      title: t("agencies.name"),
      dataIndex: "name",
      key: "name",
      sorter: (a, b) => compareVi(a.name, b.name),
      defaultSortOrder: "ascend",
    },
    { title: t("agencies.kind"), key: "kind", width: 200, render: (_, a) => t(`agencyKind.${a.kind}`) },
    { title: t("agencies.unit"), dataIndex: "unitName", key: "unitName", width: 200 },
    {
      title: t("common.status"),
      key: "status",
      width: 140,
      render: (_, a) =>
        a.isActive ? <Tag color="green">{t("common.active")}</Tag> : <Tag>{t("common.inactive")}</Tag>,
    },
    {
      title: t("common.actions"),
      key: "actions",
      width: 220,
      render: (_, a) => (
        <Space size={4} wrap>
          <Button
            size="small"
            icon={<TeamOutlined />}
            onClick={() => setDialog({ kind: "positions", agency: a })}
            data-testid={`agency-positions-${a.code}`}
          >
            {t("positions.short")}
          </Button>
          {a.abilities.update && (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => setDialog({ kind: "form", agency: a })}
              data-testid={`agency-edit-${a.code}`}
            >
              {t("common.edit")}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card>
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("agencies.title")}
        </Typography.Title>
        <Space wrap>
          <UnitTreeSelect
            allowClear
            value={unitId ?? null}
            onChange={(value) => setUnitId(typeof value === "string" ? value : undefined)}
            placeholder={t("agencies.filterByUnit")}
            aria-label={t("agencies.filterByUnit")}
            data-testid="agency-unit-filter"
          />
          {canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: "form", agency: null })}
              data-testid="create-agency"
            >
              {t("agencies.create")}
            </Button>
          )}
        </Space>
      </Space>
      <Table<Agency>
        rowKey="id"
        columns={columns}
        dataSource={agencies ?? []}
        loading={isPending}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        data-testid="agency-table"
      />
      {dialog?.kind === "form" && (
        <AgencyFormModal
          agency={dialog.agency}
          defaultUnitId={unitId}
          onClose={() => setDialog(null)}
          onSaved={handleSaved}
        />
      )}
      {dialog?.kind === "positions" && (
        <PositionsDrawer agency={dialog.agency} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}
