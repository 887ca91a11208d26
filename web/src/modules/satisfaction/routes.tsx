import {
  DashboardOutlined,
  EditOutlined,
  FormOutlined,
  LikeOutlined,
  TabletOutlined,
} from "@ant-design/icons";
import { lazy } from "react";
import type { RouteObject } from "react-router";
import type { NavItem } from "../../app/layout/nav-items";
import { page, publicPage } from "../../app/page";

const RatingsPage = lazy(() => import("./pages/ratings-page"));
const IndexPage = lazy(() => import("./pages/index-page"));
const KiosksPage = lazy(() => import("./pages/kiosks-page"));
const PublicRatingPage = lazy(() => import("./pages/public-rating-page"));
const KioskPage = lazy(() => import("./pages/kiosk-page"));
const PaperEntryPage = lazy(() => import("./pages/paper-entry-page"));
const QuestionnairePage = lazy(() => import("./pages/questionnaire-page"));

export const satisfactionRoutes: RouteObject[] = [
  { path: "satisfaction/ratings", element: page(RatingsPage, "satisfaction.read") },
  { path: "satisfaction/index", element: page(IndexPage, "satisfaction.read") },
  { path: "satisfaction/kiosks", element: page(KiosksPage, "satisfaction.kiosk") },
  { path: "satisfaction/paper", element: page(PaperEntryPage, "satisfaction.kiosk") },
  { path: "satisfaction/questionnaire", element: page(QuestionnairePage, "satisfaction.read") },
];

/** The citizen's pages: the rating link of a slip, and the counter's tablet (no sign-in). */
export const satisfactionPublicRoutes: RouteObject[] = [
  { path: "/public/danh-gia/:token", element: publicPage(PublicRatingPage) },
  { path: "/kiosk/:counter", element: publicPage(KioskPage) },
];

export const satisfactionNav: NavItem[] = [
  {
    key: "satisfaction-kiosks",
    path: "/satisfaction/kiosks",
    labelKey: "satisfaction.nav.kiosks",
    descriptionKey: "satisfaction.nav.kiosksHelp",
    icon: <TabletOutlined />,
    permission: "satisfaction.kiosk",
    group: "work",
  },
  {
    key: "satisfaction-paper",
    path: "/satisfaction/paper",
    labelKey: "satisfaction.nav.paper",
    descriptionKey: "satisfaction.nav.paperHelp",
    icon: <EditOutlined />,
    permission: "satisfaction.kiosk",
    group: "work",
  },
  {
    key: "satisfaction-ratings",
    path: "/satisfaction/ratings",
    labelKey: "satisfaction.nav.ratings",
    descriptionKey: "satisfaction.nav.ratingsHelp",
    icon: <LikeOutlined />,
    permission: "satisfaction.read",
    group: "work",
  },
  {
    key: "satisfaction-index",
    path: "/satisfaction/index",
    labelKey: "satisfaction.nav.index",
    descriptionKey: "satisfaction.nav.indexHelp",
    icon: <DashboardOutlined />,
    permission: "satisfaction.read",
    group: "work",
  },
  {
    key: "satisfaction-questionnaire",
    path: "/satisfaction/questionnaire",
    labelKey: "satisfaction.nav.questionnaire",
    descriptionKey: "satisfaction.nav.questionnaireHelp",
    icon: <FormOutlined />,
    permission: "satisfaction.read",
    group: "settings",
  },
];
