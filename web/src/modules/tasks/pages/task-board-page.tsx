import { BarChartOutlined, PlusOutlined } from "@ant-design/icons";
import type { TaskListQuery } from "@danvan/common";
import { Alert, Button, Card, Space, Tabs, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { LoadMore } from "../../../components/load-more";
import { useDebouncedValue } from "../../../lib/use-debounced-value";
import { useMe } from "../../auth/api";
import { type TaskBoardFilter, useTaskBoard } from "../api";
import { BoardFilters, type BoardFilterValues } from "../components/board-filters";
import { TaskTable } from "../components/task-table";

const BOARDS = ["mine", "unit", "directing", "dueSoon", "overdue", "bySource"] as const;
type Board = (typeof BOARDS)[number];

const DEFAULTS: BoardFilterValues = { q: "", status: "open", sort: "due" };

/** What each board means as a list query; the filters refine it. */
function queryOf(board: Board, f: BoardFilterValues): TaskBoardFilter {
  const base = { q: f.q, source: f.source, unitId: f.unitId, publicPromise: f.publicPromise, sort: f.sort };
  const view: TaskListQuery["view"] =
    board === "mine" || board === "unit" || board === "directing" ? board : "all";
  switch (board) {
    case "dueSoon":
      return { ...base, view, status: "open", dueWithinDays: f.dueWithinDays ?? 7 };
    case "overdue":
      return { ...base, view, status: "overdue", dueWithinDays: undefined };
    default:
      return { ...base, view, status: f.status, dueWithinDays: f.dueWithinDays };
  }
}

export default function TaskBoardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const board = (BOARDS as readonly string[]).includes(params.get("board") ?? "")
    ? (params.get("board") as Board)
    : "mine";
  const [filters, setFilters] = useState<BoardFilterValues>(DEFAULTS);
  const q = useDebouncedValue(filters.q);
  const list = useTaskBoard(queryOf(board, { ...filters, q }));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const canCreate = me.permissions.includes("tasks.create");
  const canMonitor = me.permissions.includes("tasks.read");

  return (
    <Card>
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 8 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("tasks.board.title")}
        </Typography.Title>
        <Space wrap>
          {canMonitor && (
            <Link to="/tasks/stats">
              <Button icon={<BarChartOutlined />} data-testid="task-stats-link">
                {t("tasks.stats.title")}
              </Button>
            </Link>
          )}
          {canCreate && (
            <Link to="/tasks/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="task-create">
                {t("tasks.create.button")}
              </Button>
            </Link>
          )}
        </Space>
      </Space>
      <Tabs
        activeKey={board}
        onChange={(key) => {
          setParams({ board: key });
          setFilters((f) => ({ ...f, dueWithinDays: undefined }));
        }}
        items={BOARDS.map((b) => ({
          key: b,
          label: <span data-testid={`task-board-${b}`}>{t(`tasks.board.tabs.${b}`)}</span>,
        }))}
      />
      <Typography.Paragraph type="secondary">{t(`tasks.board.hints.${board}`)}</Typography.Paragraph>
      <BoardFilters
        value={filters}
        onChange={setFilters}
        canPickUnit={canMonitor}
        hide={{ status: board === "overdue" || board === "dueSoon", dueWithin: board === "overdue" }}
      />
      {list.isError && <Alert type="error" showIcon message={t("errors.loadFailed")} />}
      <TaskTable items={items} isLoading={list.isPending} />
      <LoadMore
        hasMore={list.hasNextPage}
        isLoading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
        shown={items.length}
      />
    </Card>
  );
}
