import { EditOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import type { Staff } from "@danvan/common";
import { Button, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { roleLabel } from "../../../lib/labels";
import { useLang } from "../../../lib/use-lang";

type Props = {
  items: Staff[];
  isLoading: boolean;
  onEdit: (staff: Staff) => void;
  onGrants: (staff: Staff) => void;
};

export function StaffTable({ items, isLoading, onEdit, onGrants }: Props) {
  const { t } = useTranslation();
  const lang = useLang();

  const columns: TableColumnsType<Staff> = [
    {
      title: t("staff.fullName"),
      key: "fullName",
      width: 220,
      render: (_, s) => (
        <span>
          <Typography.Text strong>{s.fullName}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{s.username}</Typography.Text>
        </span>
      ),
    },
    { title: t("staff.unit"), dataIndex: "unitName", key: "unitName" },
    {
      title: t("staff.agencyPosition"),
      key: "agency",
      render: (_, s) => [s.agencyName, s.positionName].filter(Boolean).join(" · "),
    },
    {
      title: t("staff.grants"),
      key: "grants",
      render: (_, s) => (
        <Space size={[4, 4]} wrap>
          {s.grants.map((g) => (
            <Tag key={g.id} color="blue" title={g.unitCode}>
              {roleLabel(g.role, lang)} · {g.unitName}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t("common.status"),
      key: "status",
      width: 130,
      render: (_, s) =>
        s.isActive ? <Tag color="green">{t("common.active")}</Tag> : <Tag>{t("common.inactive")}</Tag>,
    },
    {
      title: t("common.actions"),
      key: "actions",
      width: 220,
      render: (_, s) => (
        <Space size={4} wrap>
          {s.abilities.update && (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => onEdit(s)}
              data-testid={`staff-edit-${s.username}`}
            >
              {t("common.edit")}
            </Button>
          )}
          <Button
            size="small"
            icon={<SafetyCertificateOutlined />}
            onClick={() => onGrants(s)}
            data-testid={`staff-grants-${s.username}`}
          >
            {t("staff.roles")}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Table<Staff>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={isLoading}
      pagination={false}
      scroll={{ x: 1000 }}
      data-testid="staff-table"
    />
  );
}
