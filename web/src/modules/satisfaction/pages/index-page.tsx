import { IndexDimension as Dims, type IndexDimension, type IndexRow } from "@danvan/common";
import { Alert, Card, Col, DatePicker, Flex, Row, Segmented, Statistic, Table, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DATE_INPUT_FORMAT } from "../../../lib/dates";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { useSatisfactionIndex } from "../api";
import { percent } from "../labels";

/** Labels of dimensions whose keys are codes (channel, kind) are translated; months stay as they are. */
function rowLabel(t: (k: string) => string, by: IndexDimension, r: IndexRow): string {
  if (by === "channel" && r.key) {
    return t(`satisfaction.channel.${r.key}`);
  }
  if (by === "kind" && r.key) {
    return t(`satisfaction.kind.${r.key}`);
  }
  return r.label ?? t("satisfaction.index.unknown");
}

/** The satisfaction index by officer, unit, agency, procedure, channel, kind or month; n with every share. */
export default function IndexPage() {
  const { t } = useTranslation();
  const [by, setBy] = useState<IndexDimension>("unit");
  const [unitId, setUnitId] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(12, "month").add(1, "day"), dayjs()]);
  const index = useSatisfactionIndex({
    by,
    unitId,
    from: range[0].format("YYYY-MM-DD"),
    to: range[1].format("YYYY-MM-DD"),
  });
  const d = index.data;
  const rules = d?.rules;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t("satisfaction.index.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t("satisfaction.index.intro")}
      </Typography.Paragraph>
      <Flex gap={8} wrap align="center">
        <UnitTreeSelect
          aria-label={t("satisfaction.index.unit")}
          placeholder={t("satisfaction.index.allUnits")}
          allowClear
          style={{ minWidth: 240 }}
          value={unitId ?? null}
          onChange={(v) => setUnitId((v as string | null) ?? undefined)}
        />
        <DatePicker.RangePicker
          aria-label={t("satisfaction.index.period")}
          format={DATE_INPUT_FORMAT}
          value={range}
          allowClear={false}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
      </Flex>
      <Row gutter={[16, 16]} data-testid="satisfaction-totals">
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t("satisfaction.index.n")} value={d?.total.n ?? 0} loading={index.isLoading} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t("satisfaction.index.share")}
              value={d ? `${percent(d.total.satisfiedShare)} (n = ${d.total.n})` : "—"}
              loading={index.isLoading}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t("satisfaction.level.dissatisfied")}
              value={d ? `${d.total.dissatisfied} / ${d.total.n}` : "—"}
              loading={index.isLoading}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t("satisfaction.index.openFollowUps")}
              value={d?.total.openFollowUps ?? 0}
              loading={index.isLoading}
            />
          </Card>
        </Col>
      </Row>
      {d && d.group766Points !== null && rules ? (
        <Alert
          type="info"
          showIcon
          message={
            <span>
              {t("satisfaction.index.group766", {
                points: d.group766Points,
                max: rules.group766Max,
                n: d.total.n,
              })}{" "}
              {rules.verified ? null : <Tag color="orange">{t("satisfaction.index.unverified")}</Tag>}
            </span>
          }
        />
      ) : null}
      <Flex align="center" gap={8} wrap>
        <Typography.Text strong>{t("satisfaction.index.by")}</Typography.Text>
        <Segmented<IndexDimension>
          value={by}
          onChange={setBy}
          options={Dims.options.map((o) => ({ value: o, label: t(`satisfaction.index.dims.${o}`) }))}
        />
      </Flex>
      <Table<IndexRow>
        rowKey={(r) => r.key ?? "(null)"}
        loading={index.isLoading}
        dataSource={d?.rows ?? []}
        pagination={false}
        size="middle"
        scroll={{ x: 900 }}
        locale={{ emptyText: t("satisfaction.index.noData") }}
        columns={[
          { title: t("satisfaction.index.name"), render: (_, r) => rowLabel(t, by, r) },
          { title: t("satisfaction.index.n"), dataIndex: "n", align: "right", width: 110 },
          {
            title: t("satisfaction.level.very_satisfied"),
            dataIndex: "verySatisfied",
            align: "right",
            width: 120,
          },
          { title: t("satisfaction.level.satisfied"), dataIndex: "satisfied", align: "right", width: 100 },
          {
            title: t("satisfaction.level.dissatisfied"),
            dataIndex: "dissatisfied",
            align: "right",
            width: 130,
          },
          {
            title: t("satisfaction.index.share"),
            align: "right",
            width: 170,
            render: (_, r) => `${percent(r.satisfiedShare)} (n = ${r.n})`,
          },
          { title: t("satisfaction.index.score"), dataIndex: "score", align: "right", width: 120 },
          {
            title: t("satisfaction.index.openFollowUps"),
            dataIndex: "openFollowUps",
            align: "right",
            width: 120,
          },
        ]}
      />
      {rules ? (
        <Card size="small" title={t("satisfaction.index.rules")}>
          <Flex vertical gap={4}>
            <span>
              {t("satisfaction.index.levelScores", {
                vs: rules.levelScores.very_satisfied,
                s: rules.levelScores.satisfied,
                d: rules.levelScores.dissatisfied,
              })}{" "}
              {rules.verified ? null : <Tag color="orange">{t("satisfaction.index.unverified")}</Tag>}
            </span>
            <span>
              {t("satisfaction.index.window", { hours: rules.editWindowHours, days: rules.tokenValidDays })}
            </span>
            <Typography.Text type="secondary">{rules.sourceRef}</Typography.Text>
            {rules.verified ? null : (
              <Typography.Text type="secondary">{t("satisfaction.index.unverifiedHelp")}</Typography.Text>
            )}
          </Flex>
        </Card>
      ) : null}
    </Flex>
  );
}
