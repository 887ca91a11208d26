import { lazy } from "react";
import type { RouteObject } from "react-router";
import type { NavItem } from "../../app/layout/nav-items";
import { publicPage } from "../../app/page";

const TransparencyPage = lazy(() => import("./pages/transparency-page"));

export const transparencyRoutes: RouteObject[] = [];

/** The public transparency page (no sign-in): figures per unit, answers and promises. */
export const transparencyPublicRoutes: RouteObject[] = [
  { path: "/public/transparency", element: publicPage(TransparencyPage) },
];

export const transparencyNav: NavItem[] = [];
