import {
  BookOutlined,
  CalendarOutlined,
  FieldTimeOutlined,
  NotificationOutlined,
  ScheduleOutlined,
} from "@ant-design/icons";
import { lazy } from "react";
import type { RouteObject } from "react-router";
import type { NavItem } from "../../app/layout/nav-items";
import { page, publicPage } from "../../app/page";

const YearPage = lazy(() => import("./pages/year-page"));
const NoticesPage = lazy(() => import("./pages/notices-page"));
const WeekendsPage = lazy(() => import("./pages/weekends-page"));
const RulesPage = lazy(() => import("./pages/rules-page"));
const DeadlinePage = lazy(() => import("./pages/deadline-page"));
const PublicCalendarPage = lazy(() => import("./pages/public-calendar-page"));

// Reading the calendar, the rules and computing deadlines is open to all staff (the API asks only for a
// session); loading notices, weekends and rule versions needs calendar.manage, as the API does.
export const calendarRoutes: RouteObject[] = [
  { path: "calendar", element: page(YearPage) },
  { path: "calendar/notices", element: page(NoticesPage, "calendar.manage") },
  { path: "calendar/weekends", element: page(WeekendsPage, "calendar.manage") },
  { path: "calendar/rules", element: page(RulesPage) },
  { path: "calendar/deadline", element: page(DeadlinePage) },
];

export const calendarPublicRoutes: RouteObject[] = [
  { path: "/public/calendar", element: publicPage(PublicCalendarPage) },
];

export const calendarNav: NavItem[] = [
  {
    key: "calendar-deadline",
    path: "/calendar/deadline",
    labelKey: "calendar.nav.deadline",
    descriptionKey: "calendar.describe.deadline",
    icon: <FieldTimeOutlined />,
    group: "work",
  },
  {
    key: "calendar",
    path: "/calendar",
    labelKey: "calendar.nav.year",
    descriptionKey: "calendar.describe.year",
    icon: <CalendarOutlined />,
    group: "settings",
  },
  {
    key: "calendar-notices",
    path: "/calendar/notices",
    labelKey: "calendar.nav.notices",
    descriptionKey: "calendar.describe.notices",
    icon: <NotificationOutlined />,
    permission: "calendar.manage",
    group: "settings",
  },
  {
    key: "calendar-weekends",
    path: "/calendar/weekends",
    labelKey: "calendar.nav.weekends",
    descriptionKey: "calendar.describe.weekends",
    icon: <ScheduleOutlined />,
    permission: "calendar.manage",
    group: "settings",
  },
  {
    key: "calendar-rules",
    path: "/calendar/rules",
    labelKey: "calendar.nav.rules",
    descriptionKey: "calendar.describe.rules",
    icon: <BookOutlined />,
    group: "settings",
  },
];
