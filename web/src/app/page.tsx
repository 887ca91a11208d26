import type { Permission } from "@danvan/common";
import { type ComponentType, type LazyExoticComponent, Suspense } from "react";
import { PageLoader } from "./page-loader";
import { RequirePermission } from "./require-permission";

export type Page = LazyExoticComponent<ComponentType>;

/** A lazily loaded page, behind a permission check when one is given. */
export function page(Component: Page, permission?: Permission) {
  const element = (
    <Suspense fallback={<PageLoader />}>
      <Component />
    </Suspense>
  );
  return permission ? <RequirePermission permission={permission}>{element}</RequirePermission> : element;
}

/** A page anyone may open without signing in (public portal pages). */
export function publicPage(Component: Page) {
  return (
    <Suspense fallback={<PageLoader />}>
      <Component />
    </Suspense>
  );
}
