import type { RouteObject } from "react-router";
import type { NavItem } from "../../app/layout/nav-items";

export const dashboardRoutes: RouteObject[] = [];
export const dashboardPublicRoutes: RouteObject[] = [];
export const dashboardNav: NavItem[] = [];
