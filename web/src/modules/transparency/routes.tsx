import type { RouteObject } from "react-router";
import type { NavItem } from "../../app/layout/nav-items";

export const transparencyRoutes: RouteObject[] = [];
export const transparencyPublicRoutes: RouteObject[] = [];
export const transparencyNav: NavItem[] = [];
