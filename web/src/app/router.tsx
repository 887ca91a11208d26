import { lazy, Suspense } from "react";
import { createBrowserRouter, type RouteObject } from "react-router";
import { AuthGate } from "./auth-gate";
import { FEATURE_MODULES } from "./modules";
import { page } from "./page";
import { PageLoader } from "./page-loader";

const AppLayout = lazy(() => import("./layout/app-layout"));
const SignInPage = lazy(() => import("../modules/auth/pages/sign-in-page"));
const ChangePasswordPage = lazy(() => import("../modules/auth/pages/change-password-page"));
const HomePage = lazy(() => import("../modules/home/pages/home-page"));
const UnitsPage = lazy(() => import("../modules/directory/pages/units-page"));
const AgenciesPage = lazy(() => import("../modules/directory/pages/agencies-page"));
const StaffPage = lazy(() => import("../modules/staff/pages/staff-page"));
const ApplicantsPage = lazy(() => import("../modules/applicants/pages/applicants-page"));
const AuditPage = lazy(() => import("../modules/audit/pages/audit-page"));
const FailedJobsPage = lazy(() => import("../modules/ops/pages/failed-jobs-page"));
const MailboxPage = lazy(() => import("../modules/ops/pages/mailbox-page"));
const PublicHomePage = lazy(() => import("./public-home-page"));
const NotFoundPage = lazy(() => import("./not-found-page"));
const RouteError = lazy(() => import("./route-error"));

const routeError = (
  <Suspense fallback={null}>
    <RouteError />
  </Suspense>
);

const routes: RouteObject[] = [
  { path: "/sign-in", element: page(SignInPage), errorElement: routeError },
  { path: "/public", element: page(PublicHomePage), errorElement: routeError },
  ...FEATURE_MODULES.flatMap((m) => m.publicRoutes.map((r) => ({ errorElement: routeError, ...r }))),
  {
    path: "/",
    element: (
      <AuthGate>
        <Suspense fallback={<PageLoader />}>
          <AppLayout />
        </Suspense>
      </AuthGate>
    ),
    errorElement: routeError,
    children: [
      {
        errorElement: routeError,
        children: [
          { index: true, element: page(HomePage) },
          { path: "directory/units", element: page(UnitsPage, "directory.read") },
          { path: "directory/agencies", element: page(AgenciesPage, "directory.read") },
          { path: "directory/staff", element: page(StaffPage, "directory.staff.read") },
          { path: "directory/applicants", element: page(ApplicantsPage, "applicants.read") },
          { path: "audit", element: page(AuditPage, "audit.read") },
          { path: "ops/jobs", element: page(FailedJobsPage, "jobs.manage") },
          { path: "ops/mailbox", element: page(MailboxPage, "mailbox.read") },
          { path: "account/password", element: page(ChangePasswordPage) },
          ...FEATURE_MODULES.flatMap((m) => m.routes),
          { path: "*", element: page(NotFoundPage) },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
