import type { Permission } from "@danvan/common";
import { lazy, type ReactNode, Suspense } from "react";
import { useMe } from "../modules/auth/api";

const ForbiddenPage = lazy(() => import("./forbidden-page"));

/** Shows a 403 page instead of children when the user lacks the permission. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useMe();
  if (!me.permissions.includes(permission)) {
    return (
      <Suspense fallback={null}>
        <ForbiddenPage />
      </Suspense>
    );
  }
  return children;
}
