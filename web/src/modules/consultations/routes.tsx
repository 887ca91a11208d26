import { CommentOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { RouteObject } from "react-router";
import type { NavItem } from "../../app/layout/nav-items";
import { page, publicPage } from "../../app/page";

const ListPage = lazy(() => import("./pages/consultations-page"));
const FormPage = lazy(() => import("./pages/consultation-form-page"));
const DetailPage = lazy(() => import("./pages/consultation-detail-page"));
const PublicListPage = lazy(() => import("./pages/public-consultations-page"));
const PublicPage = lazy(() => import("./pages/public-consultation-page"));

export const consultationsRoutes: RouteObject[] = [
  { path: "consultations", element: page(ListPage, "consultations.read") },
  { path: "consultations/new", element: page(FormPage, "consultations.manage") },
  { path: "consultations/:id", element: page(DetailPage, "consultations.read") },
  { path: "consultations/:id/edit", element: page(FormPage, "consultations.manage") },
];

export const consultationsPublicRoutes: RouteObject[] = [
  { path: "/public/consultations", element: publicPage(PublicListPage) },
  { path: "/public/consultations/:id", element: publicPage(PublicPage) },
];

export const consultationsNav: NavItem[] = [
  {
    key: "consultations",
    path: "/consultations",
    labelKey: "consultations.nav.list",
    descriptionKey: "consultations.nav.listHelp",
    icon: <CommentOutlined />,
    permission: "consultations.read",
    group: "work",
  },
];
