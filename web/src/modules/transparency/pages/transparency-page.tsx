import type { PublicPetitionUnit } from "@danvan/common";
import { Alert, Breadcrumb, Card, Skeleton, Space, TreeSelect, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { PublicLayout } from "../../../app/public-layout";
import { compareVi, formatDate } from "../../../lib/format";
import { usePublicUnits, useTransparency } from "../api";
import { AnswersCard, PromisesCard } from "../components/answers-promises";
import { FigureCards } from "../components/figure-cards";
import { UnitsTable } from "../components/units-table";

type Node = { value: string; title: string; children: Node[] };

/** The public unit list as a tree for the picker: province, then its communes and wards. */
function treeOf(units: PublicPetitionUnit[]): Node[] {
  const nodes = new Map(units.map((u) => [u.id, { value: u.id, title: u.name, children: [] as Node[] }]));
  const roots: Node[] = [];
  for (const u of units) {
    const parent = u.parentId ? nodes.get(u.parentId) : undefined;
    (parent ? parent.children : roots).push(nodes.get(u.id)!);
  }
  const sort = (list: Node[]) => {
    list.sort((a, b) => compareVi(a.title, b.title));
    for (const n of list) {
      sort(n.children);
    }
  };
  sort(roots);
  return roots;
}

/** "Dân biết, dân kiểm tra": a unit's figures with their counts, answers given and promises, no sign-in. */
export default function TransparencyPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unitId = params.get("unit") ?? undefined;
  const report = useTransparency(unitId);
  const units = usePublicUnits();
  const tree = useMemo(() => treeOf(units.data ?? []), [units.data]);
  const open = (id: string) => setParams({ unit: id });
  const r = report.data;

  return (
    <PublicLayout title={t("transparency.title")}>
      <Typography.Paragraph>{t("transparency.intro")}</Typography.Paragraph>
      <Card size="small">
        <Space wrap align="center">
          <Typography.Text>{t("transparency.unit")}</Typography.Text>
          <TreeSelect
            style={{ minWidth: 280 }}
            treeData={tree}
            value={r?.unit.id ?? unitId}
            onChange={(v: string) => open(v)}
            showSearch
            treeNodeFilterProp="title"
            loading={units.isLoading}
            placeholder={t("transparency.unitPlaceholder")}
            treeDefaultExpandedKeys={tree.map((n) => n.value)}
            data-testid="transparency-unit"
          />
        </Space>
      </Card>
      {report.isError && (
        <Alert type="error" showIcon message={report.error.message || t("errors.unexpected")} />
      )}
      {!r && report.isLoading && <Skeleton active />}
      {r && (
        <>
          {r.parents.length > 0 && (
            <Breadcrumb
              items={[...r.parents, r.unit].map((u) => ({
                key: u.id,
                title:
                  u.id === r.unit.id ? (
                    u.name
                  ) : (
                    <a
                      href={`?unit=${u.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        open(u.id);
                      }}
                    >
                      {u.name}
                    </a>
                  ),
              }))}
            />
          )}
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="transparency-unit-name">
            {r.unit.name}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="transparency-period">
            {t("transparency.period", { from: formatDate(r.from), to: formatDate(r.to) })}
          </Typography.Text>
          <FigureCards f={r.total} scoreVerified={r.scoreVerified} />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
            {t("transparency.method")}
          </Typography.Paragraph>
          {r.children.length > 0 && (
            <Card title={t("transparency.units.title")}>
              <UnitsTable rows={r.children} onOpen={open} />
            </Card>
          )}
          <AnswersCard answers={r.answers} />
          <PromisesCard promises={r.promises} />
        </>
      )}
    </PublicLayout>
  );
}
