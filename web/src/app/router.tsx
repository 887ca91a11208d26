import { lazy, type ReactNode, Suspense } from "react";
import { type RouteObject, useRoutes } from "react-router";
import { AuthGate } from "./auth-gate";
import { ModuleStrings } from "./module-strings";
import { FEATURE_MODULES } from "./modules";
import { page } from "./page";
import { PageLoader } from "./page-loader";
import { RouteErrorBoundary } from "./route-error-boundary";

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

/** The staff shell's menu and home page name every module's pages. */
const ALL_MODULES = FEATURE_MODULES.map((m) => m.key);

/** A page under these modules' strings (loaded first, with the page loader shown meanwhile). */
function withStrings(modules: readonly string[], element: ReactNode) {
  return (
    <Suspense fallback={<PageLoader />}>
      <ModuleStrings modules={modules}>{element}</ModuleStrings>
    </Suspense>
  );
}

const routes: RouteObject[] = [
  { path: "/sign-in", element: page(SignInPage) },
  { path: "/public", element: page(PublicHomePage) },
  ...FEATURE_MODULES.flatMap((m) =>
    m.publicRoutes.map((r) => ({ ...r, element: withStrings([m.key], r.element) })),
  ),
  {
    path: "/",
    element: <AuthGate>{withStrings(ALL_MODULES, <AppLayout />)}</AuthGate>,
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
];

/** Every route of the app; a page that fails shows the error page (the staff shell keeps its menu). */
export function AppRoutes() {
  return <RouteErrorBoundary>{useRoutes(routes)}</RouteErrorBoundary>;
}
