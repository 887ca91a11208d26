import {
  BarChartOutlined,
  BookOutlined,
  ContainerOutlined,
  FileAddOutlined,
  InboxOutlined,
} from "@ant-design/icons";
import { lazy } from "react";
import type { RouteObject } from "react-router";
import type { NavItem } from "../../app/layout/nav-items";
import { page, publicPage } from "../../app/page";

const QueuesPage = lazy(() => import("./pages/queues-page"));
const DossiersPage = lazy(() => import("./pages/dossiers-page"));
const DossierDetailPage = lazy(() => import("./pages/dossier-detail-page"));
const CounterFilingPage = lazy(() => import("./pages/counter-filing-page"));
const ProceduresPage = lazy(() => import("./pages/procedures-page"));
const ProcedureDetailPage = lazy(() => import("./pages/procedure-detail-page"));
const ProcedureFormPage = lazy(() => import("./pages/procedure-form-page"));
const ProcedureImportPage = lazy(() => import("./pages/procedure-import-page"));
const IndicatorsPage = lazy(() => import("./pages/indicators-page"));
const PublicProceduresPage = lazy(() => import("./pages/public-procedures-page"));
const PublicFilingPage = lazy(() => import("./pages/public-filing-page"));
const PublicStatusPage = lazy(() => import("./pages/public-status-page"));

export const onestopRoutes: RouteObject[] = [
  // A handler sees the dossiers on their desk without the register; the server scopes every queue.
  { path: "onestop/queues", element: page(QueuesPage) },
  { path: "onestop/dossiers", element: page(DossiersPage, "onestop.read") },
  { path: "onestop/dossiers/new", element: page(CounterFilingPage, "onestop.receive") },
  { path: "onestop/dossiers/:id", element: page(DossierDetailPage) },
  { path: "onestop/procedures", element: page(ProceduresPage, "onestop.read") },
  { path: "onestop/procedures/new", element: page(ProcedureFormPage, "onestop.catalogue.manage") },
  { path: "onestop/procedures/import", element: page(ProcedureImportPage, "onestop.catalogue.manage") },
  { path: "onestop/procedures/:id", element: page(ProcedureDetailPage, "onestop.read") },
  { path: "onestop/procedures/:id/edit", element: page(ProcedureFormPage, "onestop.catalogue.manage") },
  { path: "onestop/indicators", element: page(IndicatorsPage, "onestop.read") },
];

export const onestopPublicRoutes: RouteObject[] = [
  { path: "/public/ho-so", element: publicPage(PublicProceduresPage) },
  { path: "/public/ho-so/nop/:procedureId", element: publicPage(PublicFilingPage) },
  // The QR code on the receipt slip points here (dossierTrackingPath).
  { path: "/public/ho-so/:code", element: publicPage(PublicStatusPage) },
];

export const onestopNav: NavItem[] = [
  {
    key: "onestop-queues",
    path: "/onestop/queues",
    labelKey: "onestop.nav.queues",
    descriptionKey: "onestop.describe.queues",
    icon: <InboxOutlined />,
    permission: "onestop.read",
    group: "work",
  },
  {
    key: "onestop-new",
    path: "/onestop/dossiers/new",
    labelKey: "onestop.nav.file",
    descriptionKey: "onestop.describe.file",
    icon: <FileAddOutlined />,
    permission: "onestop.receive",
    group: "work",
  },
  {
    key: "onestop-dossiers",
    path: "/onestop/dossiers",
    labelKey: "onestop.nav.dossiers",
    descriptionKey: "onestop.describe.dossiers",
    icon: <ContainerOutlined />,
    permission: "onestop.read",
    group: "work",
  },
  {
    key: "onestop-procedures",
    path: "/onestop/procedures",
    labelKey: "onestop.nav.procedures",
    descriptionKey: "onestop.describe.procedures",
    icon: <BookOutlined />,
    permission: "onestop.read",
    group: "work",
  },
  {
    key: "onestop-indicators",
    path: "/onestop/indicators",
    labelKey: "onestop.nav.indicators",
    descriptionKey: "onestop.describe.indicators",
    icon: <BarChartOutlined />,
    permission: "onestop.read",
    group: "work",
  },
];
