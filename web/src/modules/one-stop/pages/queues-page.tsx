import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Select, Space, Table, Tabs, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { LoadMore } from "../../../components/load-more";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useMe } from "../../auth/api";
import { useDossiers, useOverdueSteps, useQueue } from "../api";
import { DossierTable } from "../components/dossier-table";
import { dossierStatusLabel } from "../labels";

const COUNTER_STATUSES = [
  "new",
  "checking",
  "supplement_requested",
  "received",
  "returned_for_supplement",
  "result_ready",
];

const STEP_OPTIONS = Array.from({ length: 10 }, (_, i) => i + 1);

function QueueTab({ name, status }: { name: "counter" | "mine" | "approval"; status?: string }) {
  const { t } = useTranslation();
  const list = useQueue(name, { status });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <DossierTable items={items} isLoading={list.isPending} emptyText={t(`onestop.queues.empty.${name}`)} />
      <LoadMore
        hasMore={list.hasNextPage}
        isLoading={list.isFetchingNextPage}
        shown={items.length}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </>
  );
}

function ListTab({
  filter,
  empty,
  byStep,
}: {
  filter: Record<string, string | number>;
  empty: string;
  byStep?: boolean;
}) {
  const { t } = useTranslation();
  const [stepNo, setStepNo] = useState<number | undefined>();
  const list = useDossiers(filter);
  const loaded = list.data?.pages.flatMap((p) => p.items) ?? [];
  const items = stepNo ? loaded.filter((d) => d.currentStep?.stepNo === stepNo) : loaded;
  return (
    <>
      {byStep && (
        <Select<number>
          allowClear
          placeholder={t("onestop.queues.anyStep")}
          value={stepNo}
          onChange={setStepNo}
          style={{ width: 200, marginBottom: 12 }}
          aria-label={t("onestop.step")}
          data-testid="processing-step-filter"
          options={STEP_OPTIONS.map((n) => ({ value: n, label: t("onestop.stepN", { n }) }))}
        />
      )}
      <DossierTable items={items} isLoading={list.isPending} emptyText={empty} />
      <LoadMore
        hasMore={list.hasNextPage}
        isLoading={list.isFetchingNextPage}
        shown={items.length}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </>
  );
}

/** Each step's overdue list: steps in progress past their time budget, most overdue first. */
function OverdueStepsTab() {
  const { t } = useTranslation();
  const [stepNo, setStepNo] = useState<number | undefined>();
  const list = useOverdueSteps({ stepNo });
  return (
    <>
      <Select<number>
        allowClear
        placeholder={t("onestop.queues.anyStep")}
        value={stepNo}
        onChange={setStepNo}
        style={{ width: 200, marginBottom: 12 }}
        aria-label={t("onestop.step")}
        options={Array.from({ length: 10 }, (_, i) => ({
          value: i + 1,
          label: t("onestop.stepN", { n: i + 1 }),
        }))}
      />
      <Table
        rowKey={(r) => `${r.dossierId}-${r.stepNo}`}
        size="small"
        pagination={false}
        loading={list.isPending}
        dataSource={list.data ?? []}
        scroll={{ x: 820 }}
        locale={{ emptyText: t("onestop.queues.empty.overdueSteps") }}
        data-testid="overdue-steps-table"
        columns={[
          {
            title: t("onestop.code"),
            key: "code",
            width: 190,
            render: (_, r) => <Link to={`/onestop/dossiers/${r.dossierId}`}>{r.dossierCode}</Link>,
          },
          {
            title: t("onestop.step"),
            key: "step",
            render: (_, r) => (
              <>
                <div>
                  {t("onestop.stepN", { n: r.stepNo })}: {r.stepName}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.procedureName} · {r.unitName}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t("onestop.handler"),
            key: "handler",
            width: 200,
            render: (_, r) =>
              [r.agency?.name, r.handler?.name].filter(Boolean).join(" — ") || t("onestop.unassigned"),
          },
          {
            title: t("onestop.dueDate"),
            key: "due",
            width: 160,
            render: (_, r) => (
              <>
                <div>{formatDate(r.dueDate)}</div>
                <Typography.Text type="danger">
                  {t("onestop.daysLate", { count: r.daysOverdue })}
                </Typography.Text>
              </>
            ),
          },
        ]}
      />
    </>
  );
}

/** The work queues of the one-stop shop: the counter, my steps, approvals, late steps, due soon, overdue. */
export default function QueuesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [status, setStatus] = useState<string | undefined>();
  const has = (p: string) => me.permissions.includes(p as never);
  const tabs = [
    has("onestop.receive") && {
      key: "counter",
      label: t("onestop.queues.counter"),
      children: (
        <>
          <Select
            allowClear
            value={status}
            onChange={setStatus}
            placeholder={t("onestop.queues.allCounter")}
            style={{ width: 260, marginBottom: 12 }}
            aria-label={t("common.status")}
            data-testid="counter-status-filter"
            options={COUNTER_STATUSES.map((s) => ({ value: s, label: dossierStatusLabel(s, lang) }))}
          />
          <QueueTab name="counter" status={status} />
        </>
      ),
    },
    { key: "mine", label: t("onestop.queues.mine"), children: <QueueTab name="mine" /> },
    has("onestop.approve") && {
      key: "approval",
      label: t("onestop.queues.approval"),
      children: <QueueTab name="approval" />,
    },
    has("onestop.read") && {
      key: "processing",
      label: t("onestop.queues.processing"),
      children: (
        <ListTab filter={{ status: "processing" }} empty={t("onestop.queues.empty.processing")} byStep />
      ),
    },
    has("onestop.read") && {
      key: "overdue-steps",
      label: t("onestop.queues.overdueSteps"),
      children: <OverdueStepsTab />,
    },
    has("onestop.read") && {
      key: "due-soon",
      label: t("onestop.queues.dueSoon"),
      children: <ListTab filter={{ dueWithinDays: 3 }} empty={t("onestop.queues.empty.dueSoon")} />,
    },
    has("onestop.read") && {
      key: "overdue",
      label: t("onestop.queues.overdue"),
      children: <ListTab filter={{ overdue: "true" }} empty={t("onestop.queues.empty.overdue")} />,
    },
  ].filter((x): x is { key: string; label: string; children: React.ReactElement } => !!x);
  const active = tabs.some((x) => x.key === params.get("tab")) ? params.get("tab")! : tabs[0]!.key;
  return (
    <Card>
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 8 }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t("onestop.queues.title")}
          </Typography.Title>
          <Typography.Text type="secondary">{t("onestop.queues.intro")}</Typography.Text>
        </div>
        {has("onestop.receive") && (
          <Link to="/onestop/dossiers/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="dossier-new">
              {t("onestop.nav.file")}
            </Button>
          </Link>
        )}
      </Space>
      <Tabs
        activeKey={active}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={tabs.map((x) => ({ ...x, label: <span data-testid={`queue-tab-${x.key}`}>{x.label}</span> }))}
        destroyOnHidden
      />
    </Card>
  );
}
