import type { TransparencyUnitRow } from "@danvan/common";
import { Button, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { percent } from "./figure-cards";

/** One line per unit below the chosen one; the name opens that unit's own figures. */
export function UnitsTable({ rows, onOpen }: { rows: TransparencyUnitRow[]; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const cell = (share: number | null, n: number) => (
    <span>
      {percent(share, lang)}{" "}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        (n = {n})
      </Typography.Text>
    </span>
  );
  return (
    <Table<TransparencyUnitRow>
      rowKey="unitId"
      size="small"
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 640 }}
      data-testid="transparency-units"
      columns={[
        {
          key: "unit",
          title: t("transparency.units.unit"),
          render: (_, r) => (
            <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(r.unitId)}>
              {r.unitName}
            </Button>
          ),
        },
        {
          key: "satisfaction",
          title: t("transparency.units.satisfaction"),
          sorter: (a, b) => (a.satisfaction.satisfiedShare ?? -1) - (b.satisfaction.satisfiedShare ?? -1),
          render: (_, r) => cell(r.satisfaction.satisfiedShare, r.satisfaction.n),
        },
        {
          key: "dossiers",
          title: t("transparency.units.dossiers"),
          sorter: (a, b) => (a.dossiers.onTimeShare ?? -1) - (b.dossiers.onTimeShare ?? -1),
          render: (_, r) => cell(r.dossiers.onTimeShare, r.dossiers.n),
        },
        {
          key: "petitions",
          title: t("transparency.units.petitions"),
          sorter: (a, b) => (a.petitions.handlingRate ?? -1) - (b.petitions.handlingRate ?? -1),
          render: (_, r) => cell(r.petitions.handlingRate, r.petitions.accepted),
        },
      ]}
    />
  );
}
