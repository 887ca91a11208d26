import { BarChartOutlined, CalendarOutlined, FileDoneOutlined, SolutionOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { RouteObject } from "react-router";
import type { NavItem } from "../../app/layout/nav-items";
import { page, publicPage } from "../../app/page";

const SchedulePage = lazy(() => import("./pages/schedule-page"));
const SessionsPage = lazy(() => import("./pages/sessions-page"));
const SessionPage = lazy(() => import("./pages/session-page"));
const RecordPage = lazy(() => import("./pages/record-page"));
const RecordsPage = lazy(() => import("./pages/records-page"));
const StatsPage = lazy(() => import("./pages/stats-page"));
const PublicSchedulePage = lazy(() => import("./pages/public-schedule-page"));

/** Reception reuses the petitions permissions: the same officers receive citizens and register petitions. */
export const receptionRoutes: RouteObject[] = [
  { path: "reception/schedule", element: page(SchedulePage, "petitions.read") },
  { path: "reception/sessions", element: page(SessionsPage, "petitions.read") },
  { path: "reception/sessions/:id", element: page(SessionPage, "petitions.read") },
  { path: "reception/records", element: page(RecordsPage, "petitions.read") },
  { path: "reception/records/:id", element: page(RecordPage, "petitions.read") },
  { path: "reception/stats", element: page(StatsPage, "petitions.read") },
];

export const receptionPublicRoutes: RouteObject[] = [
  { path: "/public/reception", element: publicPage(PublicSchedulePage) },
];

export const receptionNav: NavItem[] = [
  {
    key: "reception-sessions",
    path: "/reception/sessions",
    labelKey: "reception.nav.sessions",
    descriptionKey: "reception.nav.sessionsHelp",
    icon: <SolutionOutlined />,
    permission: "petitions.read",
    group: "work",
  },
  {
    key: "reception-schedule",
    path: "/reception/schedule",
    labelKey: "reception.nav.schedule",
    descriptionKey: "reception.nav.scheduleHelp",
    icon: <CalendarOutlined />,
    permission: "petitions.read",
    group: "work",
  },
  {
    key: "reception-records",
    path: "/reception/records",
    labelKey: "reception.nav.records",
    descriptionKey: "reception.nav.recordsHelp",
    icon: <FileDoneOutlined />,
    permission: "petitions.read",
    group: "work",
  },
  {
    key: "reception-stats",
    path: "/reception/stats",
    labelKey: "reception.nav.stats",
    descriptionKey: "reception.nav.statsHelp",
    icon: <BarChartOutlined />,
    permission: "petitions.read",
    group: "work",
  },
];
