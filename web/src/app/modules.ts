import type { RouteObject } from "react-router";
import calendarEn from "../modules/calendar/locales/en.json";
import calendarVi from "../modules/calendar/locales/vi.json";
import { calendarNav, calendarPublicRoutes, calendarRoutes } from "../modules/calendar/routes";
import consultationsEn from "../modules/consultations/locales/en.json";
import consultationsVi from "../modules/consultations/locales/vi.json";
import {
  consultationsNav,
  consultationsPublicRoutes,
  consultationsRoutes,
} from "../modules/consultations/routes";
import dashboardEn from "../modules/dashboard/locales/en.json";
import dashboardVi from "../modules/dashboard/locales/vi.json";
import { dashboardNav, dashboardPublicRoutes, dashboardRoutes } from "../modules/dashboard/routes";
import onestopEn from "../modules/one-stop/locales/en.json";
import onestopVi from "../modules/one-stop/locales/vi.json";
import { onestopNav, onestopPublicRoutes, onestopRoutes } from "../modules/one-stop/routes";
import petitionsEn from "../modules/petitions/locales/en.json";
import petitionsVi from "../modules/petitions/locales/vi.json";
import { petitionsNav, petitionsPublicRoutes, petitionsRoutes } from "../modules/petitions/routes";
import receptionEn from "../modules/reception/locales/en.json";
import receptionVi from "../modules/reception/locales/vi.json";
import { receptionNav, receptionPublicRoutes, receptionRoutes } from "../modules/reception/routes";
import satisfactionEn from "../modules/satisfaction/locales/en.json";
import satisfactionVi from "../modules/satisfaction/locales/vi.json";
import {
  satisfactionNav,
  satisfactionPublicRoutes,
  satisfactionRoutes,
} from "../modules/satisfaction/routes";
import tasksEn from "../modules/tasks/locales/en.json";
import tasksVi from "../modules/tasks/locales/vi.json";
import { tasksNav, tasksPublicRoutes, tasksRoutes } from "../modules/tasks/routes";
import transparencyEn from "../modules/transparency/locales/en.json";
import transparencyVi from "../modules/transparency/locales/vi.json";
import {
  transparencyNav,
  transparencyPublicRoutes,
  transparencyRoutes,
} from "../modules/transparency/routes";
import type { NavItem } from "./layout/nav-items";

/**
 * Feature modules plug in here: each brings its signed-in routes, its public (no sign-in)
 * routes, its menu entries and its translations under its own top-level key.
 */
type FeatureModule = {
  key: string;
  routes: RouteObject[];
  publicRoutes: RouteObject[];
  nav: NavItem[];
  locales: { vi: Record<string, unknown>; en: Record<string, unknown> };
};

export const FEATURE_MODULES: FeatureModule[] = [
  {
    key: "calendar",
    routes: calendarRoutes,
    publicRoutes: calendarPublicRoutes,
    nav: calendarNav,
    locales: { vi: calendarVi, en: calendarEn },
  },
  {
    key: "tasks",
    routes: tasksRoutes,
    publicRoutes: tasksPublicRoutes,
    nav: tasksNav,
    locales: { vi: tasksVi, en: tasksEn },
  },
  {
    key: "reception",
    routes: receptionRoutes,
    publicRoutes: receptionPublicRoutes,
    nav: receptionNav,
    locales: { vi: receptionVi, en: receptionEn },
  },
  {
    key: "petitions",
    routes: petitionsRoutes,
    publicRoutes: petitionsPublicRoutes,
    nav: petitionsNav,
    locales: { vi: petitionsVi, en: petitionsEn },
  },
  {
    key: "consultations",
    routes: consultationsRoutes,
    publicRoutes: consultationsPublicRoutes,
    nav: consultationsNav,
    locales: { vi: consultationsVi, en: consultationsEn },
  },
  {
    key: "onestop",
    routes: onestopRoutes,
    publicRoutes: onestopPublicRoutes,
    nav: onestopNav,
    locales: { vi: onestopVi, en: onestopEn },
  },
  {
    key: "satisfaction",
    routes: satisfactionRoutes,
    publicRoutes: satisfactionPublicRoutes,
    nav: satisfactionNav,
    locales: { vi: satisfactionVi, en: satisfactionEn },
  },
  {
    key: "dashboard",
    routes: dashboardRoutes,
    publicRoutes: dashboardPublicRoutes,
    nav: dashboardNav,
    locales: { vi: dashboardVi, en: dashboardEn },
  },
  {
    key: "transparency",
    routes: transparencyRoutes,
    publicRoutes: transparencyPublicRoutes,
    nav: transparencyNav,
    locales: { vi: transparencyVi, en: transparencyEn },
  },
];
