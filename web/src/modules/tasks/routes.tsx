import { BarChartOutlined, CheckSquareOutlined, FileAddOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { RouteObject } from "react-router";
import type { NavItem } from "../../app/layout/nav-items";
import { page, publicPage } from "../../app/page";

const TaskBoardPage = lazy(() => import("./pages/task-board-page"));
const TaskCreatePage = lazy(() => import("./pages/task-create-page"));
const TaskDetailPage = lazy(() => import("./pages/task-detail-page"));
const TaskStatsPage = lazy(() => import("./pages/task-stats-page"));
const PublicPromisesPage = lazy(() => import("./pages/public-promises-page"));

/** Everyone signed in may hold tasks, so the boards need no permission; creating and monitoring do. */
export const tasksRoutes: RouteObject[] = [
  { path: "tasks", element: page(TaskBoardPage) },
  { path: "tasks/new", element: page(TaskCreatePage, "tasks.create") },
  { path: "tasks/stats", element: page(TaskStatsPage, "tasks.read") },
  { path: "tasks/:id", element: page(TaskDetailPage) },
];

export const tasksPublicRoutes: RouteObject[] = [
  { path: "/public/promises", element: publicPage(PublicPromisesPage) },
];

export const tasksNav: NavItem[] = [
  { key: "tasks", path: "/tasks", labelKey: "tasks.nav.board", icon: <CheckSquareOutlined />, group: "work" },
  {
    key: "tasks-new",
    path: "/tasks/new",
    labelKey: "tasks.nav.create",
    icon: <FileAddOutlined />,
    permission: "tasks.create",
    group: "work",
  },
  {
    key: "tasks-stats",
    path: "/tasks/stats",
    labelKey: "tasks.nav.stats",
    icon: <BarChartOutlined />,
    permission: "tasks.read",
    group: "work",
  },
];
