import type { ConsultationDetail } from "@danvan/common";
import type { FormRule } from "antd";
import { Form, InputNumber, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";

export type VillageTallyValues = {
  ballotsCast?: number;
  invalidBallots?: number;
  counts?: Record<string, number>;
}[];

type Village = NonNullable<ConsultationDetail["result"]["villages"]>[number];

/** The villages a commune-wide count can be split by: those whose unit the result names. */
export const countableVillages = (c: ConsultationDetail) =>
  (c.result.villages ?? []).filter((v): v is Village & { unitId: string } => !!v.unitId);

/** The request's villages and the commune totals as their sums, so the two cannot disagree. */
export function villageTally(c: ConsultationDetail, rows: VillageTallyValues = []) {
  const villages = countableVillages(c).map((v, i) => {
    const r = rows[i] ?? {};
    return {
      unitId: v.unitId,
      hamlet: v.hamlet,
      ballotsCast: r.ballotsCast ?? 0,
      invalidBallots: r.invalidBallots ?? 0,
      counts: c.options.map((o) => ({ optionId: o.id, count: r.counts?.[o.id] ?? 0 })),
    };
  });
  const sum = (f: (v: (typeof villages)[number]) => number) => villages.reduce((a, v) => a + f(v), 0);
  return {
    villages,
    ballotsCast: sum((v) => v.ballotsCast),
    invalidBallots: sum((v) => v.invalidBallots),
    counts: c.options.map((o, j) => ({ optionId: o.id, count: sum((v) => v.counts[j]!.count) })),
  };
}

/**
 * One row per village meeting of a commune-wide money matter (Luật THDCCS 2022 Đ.21): each village's
 * ballots are kept apart so its own 2/3 can be judged; the commune totals are shown as their sums.
 */
export function VillageTallyFields({ c }: { c: ConsultationDetail }) {
  const { t } = useTranslation();
  const villages = countableVillages(c);
  const form = Form.useFormInstance();
  const rows: VillageTallyValues = Form.useWatch("villages", form) ?? [];
  const totals = villageTally(c, rows);
  // each village's own sum is checked here, so the error sits under that village's ballots cast
  const sumRule =
    (i: number): FormRule =>
    ({ getFieldValue }) => ({
      validator: async (_, cast?: number) => {
        const row = (getFieldValue(["villages", i]) ?? {}) as VillageTallyValues[number];
        const sum = c.options.reduce((a, o) => a + (row.counts?.[o.id] ?? 0), 0) + (row.invalidBallots ?? 0);
        if ((cast ?? 0) !== sum) {
          throw new Error(t("consultations.tally.villageSum", { sum }));
        }
      },
    });
  const rowDeps = (i: number) => [
    ["villages", i, "invalidBallots"],
    ...c.options.map((o) => ["villages", i, "counts", o.id]),
  ];
  const approvedIn = (v: Village, i: number) =>
    c.options.find((o) => (rows[i]?.counts?.[o.id] ?? 0) >= v.required);
  const cell = (i: number, name: (string | number)[], max?: number, testId?: string) => (
    <Form.Item name={["villages", i, ...name]} noStyle>
      <InputNumber min={0} max={max} size="small" style={{ width: 72 }} data-testid={testId} />
    </Form.Item>
  );
  return (
    <>
      <Table
        size="small"
        rowKey={(v) => `${v.unitId}/${v.hamlet}`}
        dataSource={villages}
        pagination={false}
        scroll={{ x: 520 }}
        data-testid="tally-villages"
        columns={[
          {
            title: t("consultations.tally.village"),
            key: "v",
            render: (_, v) => (
              <>
                <div>{v.hamlet}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t("consultations.tally.villageHouseholds", { total: v.total, required: v.required })}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t("consultations.tally.ballotsCast"),
            key: "cast",
            render: (_, _v, i) => (
              <Form.Item
                name={["villages", i, "ballotsCast"]}
                rules={[sumRule(i)]}
                dependencies={rowDeps(i)}
                style={{ margin: 0, maxWidth: 150 }}
                data-testid={`tally-v${i}-cast-item`}
              >
                <InputNumber min={0} size="small" style={{ width: 72 }} data-testid={`tally-v${i}-cast`} />
              </Form.Item>
            ),
          },
          ...c.options.map((o, j) => ({
            title: o.label,
            key: o.id,
            render: (_: unknown, _v: Village, i: number) =>
              cell(i, ["counts", o.id], undefined, `tally-v${i}-o${j}`),
          })),
          {
            title: t("consultations.tally.invalid"),
            key: "invalid",
            render: (_: unknown, _v: Village, i: number) =>
              cell(i, ["invalidBallots"], undefined, `tally-v${i}-invalid`),
          },
          {
            title: t("consultations.tally.villageOutcome"),
            key: "outcome",
            render: (_: unknown, v: Village, i: number) => {
              const o = approvedIn(v, i);
              return (
                <Tag
                  color={o ? "green" : "default"}
                  title={o?.label}
                  style={{ maxWidth: 150, overflow: "hidden", textOverflow: "ellipsis" }}
                  data-testid={`tally-v${i}-outcome`}
                >
                  {o ? o.label : t("consultations.tally.villageNotYet", { required: v.required })}
                </Tag>
              );
            },
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{t("consultations.tally.communeTotal")}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1}>
              <span data-testid="tally-total-cast">{totals.ballotsCast}</span>
            </Table.Summary.Cell>
            {totals.counts.map((k, j) => (
              <Table.Summary.Cell key={k.optionId} index={2 + j}>
                <span data-testid={`tally-total-o${j}`}>{k.count}</span>
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={2 + totals.counts.length}>{totals.invalidBallots}</Table.Summary.Cell>
            <Table.Summary.Cell index={3 + totals.counts.length}>
              {t("consultations.tally.villagesApproving", {
                count: villages.filter((v, i) => approvedIn(v, i)).length,
                total: villages.length,
              })}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t("consultations.tally.villageHelp")}
      </Typography.Paragraph>
    </>
  );
}
