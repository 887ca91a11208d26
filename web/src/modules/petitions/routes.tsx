import {
  AlertOutlined,
  BarChartOutlined,
  FileTextOutlined,
  InboxOutlined,
  SolutionOutlined,
} from "@ant-design/icons";
import { lazy } from "react";
import type { RouteObject } from "react-router";
import type { NavItem } from "../../app/layout/nav-items";
import { page, publicPage } from "../../app/page";

const PetitionsPage = lazy(() => import("./pages/petitions-page"));
const MyPetitionsPage = lazy(() => import("./pages/my-petitions-page"));
const PetitionIntakePage = lazy(() => import("./pages/petition-intake-page"));
const PetitionDetailPage = lazy(() => import("./pages/petition-detail-page"));
const PetitionBoardPage = lazy(() => import("./pages/petition-board-page"));
const PetitionFiguresPage = lazy(() => import("./pages/petition-figures-page"));
const PublicPetitionNewPage = lazy(() => import("./pages/public-petition-new-page"));
const PublicPetitionStatusPage = lazy(() => import("./pages/public-petition-status-page"));

export const petitionsRoutes: RouteObject[] = [
  { path: "petitions", element: page(PetitionsPage, "petitions.read") },
  // A handler sees what is assigned to them without the register permission; the server scopes it.
  { path: "petitions/mine", element: page(MyPetitionsPage) },
  { path: "petitions/new", element: page(PetitionIntakePage, "petitions.manage") },
  { path: "petitions/board", element: page(PetitionBoardPage, "petitions.monitor") },
  { path: "petitions/figures", element: page(PetitionFiguresPage, "petitions.read") },
  { path: "petitions/:id", element: page(PetitionDetailPage) },
];

export const petitionsPublicRoutes: RouteObject[] = [
  { path: "/public/petitions/new", element: publicPage(PublicPetitionNewPage) },
  { path: "/public/petitions/status", element: publicPage(PublicPetitionStatusPage) },
];

export const petitionsNav: NavItem[] = [
  {
    key: "petitions",
    path: "/petitions",
    labelKey: "petitions.nav.register",
    icon: <FileTextOutlined />,
    permission: "petitions.read",
    group: "work",
  },
  {
    key: "petitions-mine",
    path: "/petitions/mine",
    labelKey: "petitions.nav.mine",
    icon: <InboxOutlined />,
    group: "work",
  },
  {
    key: "petitions-new",
    path: "/petitions/new",
    labelKey: "petitions.nav.intake",
    icon: <SolutionOutlined />,
    permission: "petitions.manage",
    group: "work",
  },
  {
    key: "petitions-board",
    path: "/petitions/board",
    labelKey: "petitions.nav.board",
    icon: <AlertOutlined />,
    permission: "petitions.monitor",
    group: "work",
  },
  {
    key: "petitions-figures",
    path: "/petitions/figures",
    labelKey: "petitions.nav.figures",
    icon: <BarChartOutlined />,
    permission: "petitions.read",
    group: "work",
  },
];
