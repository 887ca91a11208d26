import { FollowUpStatus, type RatingItem, SatisfactionLevel } from "@danvan/common";
import { Button, Flex, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { formatDate, formatDateTime } from "../../../lib/format";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { type RatingFilter, useRatings } from "../api";
import { AnswerModal } from "../components/answer-modal";
import { FOLLOW_UP_COLORS, LEVEL_COLORS } from "../labels";

/** The staff list of ratings and the follow-up of dissatisfied ones. */
export default function RatingsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  // The dashboard links here with the filters of the figure it counts.
  const [filter, setFilter] = useState<RatingFilter>(() => {
    const f: RatingFilter = { page: 1 };
    for (const k of ["unitId", "officerId", "agencyId", "from", "to", "followUp"] as const) {
      f[k] = params.get(k) ?? undefined;
    }
    const level = SatisfactionLevel.safeParse(params.get("level"));
    return { ...f, level: level.success ? level.data : undefined };
  });
  const narrowed = filter.officerId || filter.agencyId || filter.from || filter.to;
  const ratings = useRatings(filter);
  const [answering, setAnswering] = useState<string | null>(null);
  const set = (patch: Partial<RatingFilter>) => setFilter({ ...filter, ...patch, page: patch.page ?? 1 });

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t("satisfaction.ratings.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t("satisfaction.ratings.intro")}
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        <UnitTreeSelect
          aria-label={t("satisfaction.index.unit")}
          placeholder={t("satisfaction.index.allUnits")}
          allowClear
          style={{ minWidth: 240 }}
          value={filter.unitId ?? null}
          onChange={(v) => set({ unitId: (v as string | null) ?? undefined })}
        />
        <Select
          aria-label={t("satisfaction.ratings.level")}
          style={{ minWidth: 180 }}
          value={filter.level ?? ""}
          onChange={(v) => set({ level: (v || undefined) as RatingFilter["level"] })}
          options={[
            { value: "", label: `${t("satisfaction.ratings.level")}: ${t("satisfaction.ratings.all")}` },
            ...SatisfactionLevel.options.map((l) => ({ value: l, label: t(`satisfaction.level.${l}`) })),
          ]}
        />
        <Select
          aria-label={t("satisfaction.ratings.followUp")}
          style={{ minWidth: 200 }}
          value={filter.followUp ?? ""}
          onChange={(v) => set({ followUp: v || undefined })}
          options={[
            { value: "", label: `${t("satisfaction.ratings.followUp")}: ${t("satisfaction.ratings.all")}` },
            ...FollowUpStatus.options.map((s) => ({ value: s, label: t(`satisfaction.followUp.${s}`) })),
          ]}
        />
        {narrowed ? (
          <Tag
            closable
            color="blue"
            data-testid="ratings-dashboard-filter"
            onClose={() => set({ officerId: undefined, agencyId: undefined, from: undefined, to: undefined })}
            style={{ alignSelf: "center" }}
          >
            {filter.officerId || filter.agencyId
              ? t(filter.officerId ? "dashboard.link.officerFilter" : "dashboard.link.agencyFilter")
              : null}
            {filter.from || filter.to
              ? ` ${t("dashboard.link.periodFilter", {
                  from: filter.from ? formatDate(filter.from) : "…",
                  to: filter.to ? formatDate(filter.to) : "…",
                })}`
              : null}
          </Tag>
        ) : null}
      </Flex>
      <Table<RatingItem>
        rowKey="id"
        loading={ratings.isLoading}
        dataSource={ratings.data?.items ?? []}
        locale={{ emptyText: t("satisfaction.ratings.empty") }}
        pagination={{
          current: filter.page,
          pageSize: 20,
          total: ratings.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => t("satisfaction.ratings.total", { n }),
          onChange: (page) => set({ page }),
        }}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: t("satisfaction.ratings.when"),
            width: 150,
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <span>{formatDateTime(r.ratedAt)}</span>
                <Typography.Text type="secondary">{t(`satisfaction.channel.${r.channel}`)}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t("satisfaction.ratings.what"),
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{r.label}</Typography.Text>
                <Typography.Text type="secondary">
                  {t(`satisfaction.kind.${r.kind}`)}
                  {r.procedureName ? ` · ${r.procedureName}` : ""}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t("satisfaction.ratings.officer"),
            width: 190,
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <span>{r.officerName ?? "—"}</span>
                <Typography.Text type="secondary">{r.unitName}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t("satisfaction.ratings.level"),
            width: 150,
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <Tag color={LEVEL_COLORS[r.level]}>{t(`satisfaction.level.${r.level}`)}</Tag>
                {r.version > 1 ? (
                  <Typography.Text type="secondary">
                    {t("satisfaction.ratings.version", { n: r.version - 1 })}
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            title: t("satisfaction.ratings.comment"),
            render: (_, r) => (
              <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ margin: 0 }}>
                {r.comment ?? "—"}
              </Typography.Paragraph>
            ),
          },
          {
            title: t("satisfaction.ratings.followUp"),
            width: 240,
            render: (_, r) =>
              r.followUpStatus === "none" ? (
                <Typography.Text type="secondary">—</Typography.Text>
              ) : (
                <Space direction="vertical" size={4}>
                  <Tag color={FOLLOW_UP_COLORS[r.followUpStatus]}>
                    {t(`satisfaction.followUp.${r.followUpStatus}`)}
                  </Tag>
                  {r.followUpTaskId ? (
                    <Link to={`/tasks/${r.followUpTaskId}`}>
                      {t("satisfaction.ratings.task")} {r.followUpTaskCode}
                    </Link>
                  ) : null}
                  {r.followUpAnswer ? <Typography.Text>{r.followUpAnswer}</Typography.Text> : null}
                  {r.canAnswer ? (
                    <Button size="small" type="primary" onClick={() => setAnswering(r.id)}>
                      {t("satisfaction.ratings.answer")}
                    </Button>
                  ) : null}
                </Space>
              ),
          },
        ]}
      />
      <AnswerModal ratingId={answering} onClose={() => setAnswering(null)} />
    </Space>
  );
}
