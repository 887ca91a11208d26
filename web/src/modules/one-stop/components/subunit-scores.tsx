import {
  OFFICIAL_BAND_LABELS,
  type OfficialBand,
  type SubunitIndicators,
  UNIT_BAND_LABELS,
  type UnitBand,
} from "@danvan/common";
import { Button, Card, Space, Table, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/use-lang";
import { nestByParent } from "../../directory/unit-tree";
import { BAND_COLORS } from "../band-colors";

type Row = SubunitIndicators & { children?: Row[] };

/** The scores of the units below the chosen one, side by side; a click opens that unit's own indicators. */
export function SubunitScores({
  items,
  loading,
  onOpen,
}: {
  items: SubunitIndicators[];
  loading: boolean;
  onOpen: (unitId: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const score = (s: { score: number; band: string } | null, label: string | null) =>
    s === null ? (
      <Tag>{t("onestop.indicators.noData")}</Tag>
    ) : (
      <Space size={4}>
        <strong>{s.score}</strong>
        {label && <Tag color={BAND_COLORS[s.band]}>{label}</Tag>}
      </Space>
    );
  const rows: Row[] = nestByParent(items, (u) => u.unitId);
  return (
    <Card title={t("onestop.indicators.subunits")} size="small">
      <Table<Row>
        size="small"
        rowKey="unitId"
        loading={loading}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 640 }}
        data-testid="subunits-table"
        columns={[
          {
            title: t("onestop.unit"),
            key: "name",
            render: (_, u) => (
              <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => onOpen(u.unitId)}>
                {u.unitName}
              </Button>
            ),
          },
          {
            title: t("onestop.indicators.dossiers"),
            key: "count",
            width: 120,
            render: (_, u) => u.indicators.find((i) => i.indicator === 1)?.dossierCount ?? 0,
          },
          {
            title: t("onestop.indicators.official"),
            key: "official",
            width: 190,
            sorter: (a, b) => (a.official?.score ?? -1) - (b.official?.score ?? -1),
            render: (_, u) =>
              score(u.official, u.official && OFFICIAL_BAND_LABELS[u.official.band as OfficialBand][lang]),
          },
          {
            title: t("onestop.indicators.unitScore"),
            key: "unit",
            width: 190,
            sorter: (a, b) => (a.unit?.score ?? -1) - (b.unit?.score ?? -1),
            render: (_, u) => score(u.unit, u.unit && UNIT_BAND_LABELS[u.unit.band as UnitBand][lang]),
          },
        ]}
      />
    </Card>
  );
}
