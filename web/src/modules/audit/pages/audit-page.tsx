import type { AuditEvent } from "@danvan/common";
import { Card, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadMore } from "../../../components/load-more";
import { formatDateTime } from "../../../lib/format";
import { type AuditFilter, useAuditEvents } from "../api";
import { AuditDiff } from "../components/audit-diff";
import { AuditFilters } from "../components/audit-filters";
import { AuditVerify } from "../components/audit-verify";

export default function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({});
  const list = useAuditEvents(filter);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  const columns: TableColumnsType<AuditEvent> = [
    { title: "#", dataIndex: "seq", key: "seq", width: 80 },
    { title: t("audit.at"), key: "at", width: 160, render: (_, e) => formatDateTime(e.at) },
    { title: t("audit.actor"), key: "actor", render: (_, e) => e.actorName ?? t("audit.system") },
    { title: t("audit.action"), key: "action", render: (_, e) => <Tag color="blue">{e.action}</Tag> },
    { title: t("audit.entityType"), dataIndex: "entityType", key: "entityType" },
    {
      title: t("audit.entityId"),
      key: "entityId",
      ellipsis: true,
      render: (_, e) =>
        e.entityId ? <Typography.Text copyable={{ text: e.entityId }}>{e.entityId}</Typography.Text> : "—",
    },
  ];

  return (
    <Card>
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 16 }} wrap align="start">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("audit.title")}
        </Typography.Title>
        <AuditVerify />
      </Space>
      <AuditFilters onChange={setFilter} />
      <Table<AuditEvent>
        rowKey="seq"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={list.isPending}
        pagination={false}
        expandable={{ expandedRowRender: (event) => <AuditDiff event={event} /> }}
        scroll={{ x: 960 }}
        data-testid="audit-table"
      />
      <LoadMore
        hasMore={list.hasNextPage}
        isLoading={list.isFetchingNextPage}
        shown={items.length}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Card>
  );
}
