import { FundProjectionScreenOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { RouteObject } from "react-router";
import type { NavItem } from "../../app/layout/nav-items";
import { page } from "../../app/page";

const DashboardPage = lazy(() => import("./pages/dashboard-page"));

export const dashboardRoutes: RouteObject[] = [
  { path: "dashboard", element: page(DashboardPage, "dashboard.read") },
];
export const dashboardPublicRoutes: RouteObject[] = [];

/** Right under Home: the first thing a leader opens. */
export const dashboardNav: NavItem[] = [
  {
    key: "dashboard",
    path: "/dashboard",
    labelKey: "dashboard.nav.dashboard",
    descriptionKey: "dashboard.nav.dashboardHelp",
    icon: <FundProjectionScreenOutlined />,
    permission: "dashboard.read",
    group: "main",
  },
];
