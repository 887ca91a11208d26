import type { RouteObject } from "react-router";
import type { Lang } from "../lib/use-lang";
import { calendarNav, calendarPublicRoutes, calendarRoutes } from "../modules/calendar/routes";
import {
  consultationsNav,
  consultationsPublicRoutes,
  consultationsRoutes,
} from "../modules/consultations/routes";
import { dashboardNav, dashboardPublicRoutes, dashboardRoutes } from "../modules/dashboard/routes";
import { onestopNav, onestopPublicRoutes, onestopRoutes } from "../modules/one-stop/routes";
import { petitionsNav, petitionsPublicRoutes, petitionsRoutes } from "../modules/petitions/routes";
import { receptionNav, receptionPublicRoutes, receptionRoutes } from "../modules/reception/routes";
import {
  satisfactionNav,
  satisfactionPublicRoutes,
  satisfactionRoutes,
} from "../modules/satisfaction/routes";
import { tasksNav, tasksPublicRoutes, tasksRoutes } from "../modules/tasks/routes";
import {
  transparencyNav,
  transparencyPublicRoutes,
  transparencyRoutes,
} from "../modules/transparency/routes";
import type { NavItem } from "./layout/nav-items";

/**
 * Feature modules plug in here: each brings its signed-in routes, its public (no sign-in)
 * routes, its menu entries and its translations, which go under its own top-level key.
 */
type FeatureModule = {
  key: string;
  routes: RouteObject[];
  publicRoutes: RouteObject[];
  nav: NavItem[];
  /** The module's strings in each language, a chunk each: loaded only by the pages that show them (i18n.ts). */
  strings: Record<Lang, () => Promise<{ default: Record<string, unknown> }>>;
};

export const FEATURE_MODULES: FeatureModule[] = [
  {
    key: "calendar",
    routes: calendarRoutes,
    publicRoutes: calendarPublicRoutes,
    nav: calendarNav,
    strings: {
      vi: () => import("../modules/calendar/locales/vi.json"),
      en: () => import("../modules/calendar/locales/en.json"),
    },
  },
  {
    key: "tasks",
    routes: tasksRoutes,
    publicRoutes: tasksPublicRoutes,
    nav: tasksNav,
    strings: {
      vi: () => import("../modules/tasks/locales/vi.json"),
      en: () => import("../modules/tasks/locales/en.json"),
    },
  },
  {
    key: "reception",
    routes: receptionRoutes,
    publicRoutes: receptionPublicRoutes,
    nav: receptionNav,
    strings: {
      vi: () => import("../modules/reception/locales/vi.json"),
      en: () => import("../modules/reception/locales/en.json"),
    },
  },
  {
    key: "petitions",
    routes: petitionsRoutes,
    publicRoutes: petitionsPublicRoutes,
    nav: petitionsNav,
    strings: {
      vi: () => import("../modules/petitions/locales/vi.json"),
      en: () => import("../modules/petitions/locales/en.json"),
    },
  },
  {
    key: "consultations",
    routes: consultationsRoutes,
    publicRoutes: consultationsPublicRoutes,
    nav: consultationsNav,
    strings: {
      vi: () => import("../modules/consultations/locales/vi.json"),
      en: () => import("../modules/consultations/locales/en.json"),
    },
  },
  {
    key: "onestop",
    routes: onestopRoutes,
    publicRoutes: onestopPublicRoutes,
    nav: onestopNav,
    strings: {
      vi: () => import("../modules/one-stop/locales/vi.json"),
      en: () => import("../modules/one-stop/locales/en.json"),
    },
  },
  {
    key: "satisfaction",
    routes: satisfactionRoutes,
    publicRoutes: satisfactionPublicRoutes,
    nav: satisfactionNav,
    strings: {
      vi: () => import("../modules/satisfaction/locales/vi.json"),
      en: () => import("../modules/satisfaction/locales/en.json"),
    },
  },
  {
    key: "dashboard",
    routes: dashboardRoutes,
    publicRoutes: dashboardPublicRoutes,
    nav: dashboardNav,
    strings: {
      vi: () => import("../modules/dashboard/locales/vi.json"),
      en: () => import("../modules/dashboard/locales/en.json"),
    },
  },
  {
    key: "transparency",
    routes: transparencyRoutes,
    publicRoutes: transparencyPublicRoutes,
    nav: transparencyNav,
    strings: {
      vi: () => import("../modules/transparency/locales/vi.json"),
      en: () => import("../modules/transparency/locales/en.json"),
    },
  },
];
