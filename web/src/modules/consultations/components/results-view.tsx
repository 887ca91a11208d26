import type { ConsultationResult } from "@danvan/common";
import { Alert, Descriptions, Progress, Space, Table, Tag, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { VerifiedTag } from "../../calendar/components/unverified-tag";

/**
 * Participation, votes per option and the legal threshold, always counted over ALL households (or voters)
 * concerned, not over those present (Luật THDCCS 2022 Đ.21).
 */
export function ResultsView({ result }: { result: ConsultationResult }) {
  const { t } = useTranslation();
  const th = result.threshold;
  const fraction = th ? `${th.strict ? ">" : "≥"} ${th.numerator}/${th.denominator}` : "";
  const byVillage = th?.base === "villages";
  const labelOf = (id: string | null) => result.options.find((o) => o.optionId === id)?.label ?? "—";
  const outcome = result.thresholdMet === null ? "open" : result.thresholdMet ? "met" : "notMet";
  const messageKey = `consultations.results.${byVillage ? "villages." : ""}${outcome}`;
  const approvals = new Map<string, number>();
  for (const v of result.villages ?? []) {
    if (v.approvedOptionId) {
      approvals.set(v.approvedOptionId, (approvals.get(v.approvedOptionId) ?? 0) + 1);
    }
  }
  const approving = Math.max(0, ...approvals.values());
  return (
    <Space direction="vertical" style={{ width: "100%" }} data-testid="consultation-results">
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} bordered>
        <Descriptions.Item label={t("consultations.results.total")}>{result.totalVoters}</Descriptions.Item>
        <Descriptions.Item label={t("consultations.results.participated")}>
          <span data-testid="results-participated">{result.participated}</span> ({result.participationPercent}
          %)
        </Descriptions.Item>
        <Descriptions.Item label={t("consultations.results.absent")}>{result.absent}</Descriptions.Item>
        <Descriptions.Item label={t("consultations.results.invalid")}>{result.invalid}</Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">
        {t(`consultations.results.source.${result.source}`)}
        {result.final ? ` · ${t("consultations.results.final")}` : ` · ${t("consultations.results.live")}`}
      </Typography.Text>
      {result.options.map((o) => (
        <div key={o.optionId} data-testid={`result-option-${o.label}`}>
          <Space style={{ justifyContent: "space-between", width: "100%" }}>
            <Typography.Text strong={o.optionId === result.leadingOptionId}>
              {o.label}
              {o.optionId === result.leadingOptionId && (
                <Tag color="blue" style={{ marginLeft: 8 }}>
                  {t("consultations.results.leading")}
                </Tag>
              )}
            </Typography.Text>
            <Typography.Text data-testid="result-votes">
              {t("consultations.results.votes", { count: o.votes, total: result.totalVoters })}
            </Typography.Text>
          </Space>
          <Progress percent={o.percentOfAll} size="small" status="normal" />
        </div>
      ))}
      {th ? (
        <Alert
          showIcon
          type={outcome === "met" ? "success" : outcome === "open" ? "info" : "warning"}
          data-testid="results-threshold"
          message={t(messageKey, {
            fraction,
            required: th.required,
            total: byVillage ? (result.villages?.length ?? 0) : result.totalVoters,
            approving,
          })}
          description={
            <Space wrap>
              <span>
                {t(byVillage ? "consultations.results.villages.rule" : "consultations.results.ofAll")}
              </span>
              <Typography.Text type="secondary">{th.sourceRef}</Typography.Text>
              <VerifiedTag verified={th.verified} testId="threshold-verified" />
            </Space>
          }
        />
      ) : (
        <Alert showIcon type="info" message={t("consultations.results.noThreshold")} />
      )}
      {result.villageCounting?.mode === "single" && result.villageCounting.maxApproving !== null && (
        <Typography.Text type="secondary" data-testid="results-village-bounds">
          {t("consultations.results.villages.bounds", {
            min: result.villageCounting.minApproving ?? 0,
            max: result.villageCounting.maxApproving,
            total: result.villages?.length ?? 0,
          })}
        </Typography.Text>
      )}
      {result.villages && (
        <Table
          size="small"
          rowKey={(v) => `${v.unitName}-${v.hamlet}`}
          dataSource={result.villages}
          pagination={false}
          data-testid="results-villages"
          onRow={(v) => ({ "data-testid": `results-village-${v.hamlet}` }) as HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t("consultations.results.villages.village"),
              key: "v",
              render: (_, v) =>
                v.hamlet === v.unitName ? v.hamlet : [v.hamlet, v.unitName].filter(Boolean).join(" – "),
            },
            {
              title: t("consultations.results.participated"),
              key: "p",
              render: (_, v) => `${v.participated ?? "—"}/${v.total}`,
            },
            { title: t("consultations.results.villages.required"), dataIndex: "required" },
            {
              title: t("consultations.results.villages.approved"),
              key: "a",
              render: (_, v) =>
                v.approvedOptionId ? <Tag color="green">{labelOf(v.approvedOptionId)}</Tag> : <Tag>—</Tag>,
            },
          ]}
        />
      )}
    </Space>
  );
}
