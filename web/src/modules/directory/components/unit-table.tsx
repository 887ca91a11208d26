import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import type { Unit } from "@danvan/common";
import { Button, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, formatRange } from "../../../lib/format";
import { unitTypeLabel } from "../../../lib/labels";
import { useLang } from "../../../lib/use-lang";
import { buildUnitTree, type UnitNode } from "../unit-tree";

type Props = {
  units: Unit[];
  onAddChild: (unit: Unit) => void;
  onEdit: (unit: Unit) => void;
  onRetire: (unit: Unit) => void;
};

export function UnitTable({ units, onAddChild, onEdit, onRetire }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const tree = useMemo(() => buildUnitTree(units), [units]);
  const initiallyExpanded = useMemo(() => units.filter((u) => u.depth < 2).map((u) => u.id), [units]);

  const columns: TableColumnsType<UnitNode> = [
    {
      title: t("units.name"),
      key: "name",
      width: 420,
      // The tree column and the actions stay in view when the table scrolls sideways.
      fixed: "left",
      render: (_, unit) => (
        <span className={unit.isActive ? undefined : "dv-retired"} data-testid={`unit-${unit.code}`}>
          <Typography.Text strong={unit.isActive} type={unit.isActive ? undefined : "secondary"}>
            {unit.name}
          </Typography.Text>{" "}
          {!unit.isActive && <Tag data-testid="unit-history-tag">{t("units.historyTag")}</Tag>}
          {unit.isActive && unit.validTo && (
            <Tag color="gold" data-testid="unit-ending-tag">
              {t("units.endsOn", { date: formatDate(unit.validTo) })}
            </Tag>
          )}
          {unit.isRemote && <Tag color="orange">{t("units.remoteTag")}</Tag>}
          {unit.successors.length > 0 && (
            <Typography.Text type="secondary" data-testid="unit-successors-text">
              → {unit.successors.map((s) => s.name).join(", ")}
            </Typography.Text>
          )}
        </span>
      ),
    },
    { title: t("units.code"), dataIndex: "code", key: "code", width: 120 },
    { title: t("units.type"), key: "type", width: 150, render: (_, unit) => unitTypeLabel(unit.type, lang) },
    {
      title: t("units.validity"),
      key: "validity",
      width: 210,
      render: (_, unit) => formatRange(unit.validFrom, unit.validTo, t("units.since")),
    },
    {
      title: t("common.actions"),
      key: "actions",
      width: 380,
      fixed: "right",
      render: (_, unit) => (
        <Space size={4}>
          {unit.abilities.createChild && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => onAddChild(unit)}
              data-testid={`unit-add-child-${unit.code}`}
            >
              {t("units.addChild")}
            </Button>
          )}
          {unit.abilities.update && (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => onEdit(unit)}
              data-testid={`unit-edit-${unit.code}`}
            >
              {t("common.edit")}
            </Button>
          )}
          {unit.abilities.retire && unit.isActive && (
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              onClick={() => onRetire(unit)}
              data-testid={`unit-retire-${unit.code}`}
            >
              {t("units.retire")}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Table<UnitNode>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={tree}
      pagination={false}
      expandable={{ defaultExpandedRowKeys: initiallyExpanded }}
      scroll={{ x: 1300 }}
      data-testid="unit-table"
    />
  );
}
