import type { ConsultationDetail } from "@danvan/common";
import { Form, InputNumber, Table, Typography } from "antd";
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
            render: (_, v, i) => (
              <Form.Item name={["villages", i, "ballotsCast"]} style={{ margin: 0 }}>
                <InputNumber
                  min={0}
                  max={v.total}
                  size="small"
                  style={{ width: 72 }}
                  data-testid={`tally-v${i}-cast`}
                />
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
            render: (_: unknown, _v: Village, i: number) => cell(i, ["invalidBallots"]),
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
                {k.count}
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={2 + totals.counts.length}>{totals.invalidBallots}</Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t("consultations.tally.villageHelp")}
      </Typography.Paragraph>
    </>
  );
}
