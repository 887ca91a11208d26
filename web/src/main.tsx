import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import "./app/i18n";
import "./app/global.css";
import { Providers } from "./app/providers";
import { RootErrorBoundary } from "./app/root-error-boundary";
import { router } from "./app/router";

const root = document.getElementById("root");
if (!root) {
  throw new Error("#root is missing from index.html");
}

// React recovers from some render errors by re-rendering synchronously and then reports only a generic
// wrapper ("error #520"); report the error that actually happened so it can be found and fixed.
function reportRecoverable(error: unknown) {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  console.error(cause);
  window.reportError(cause);
}

createRoot(root, { onRecoverableError: reportRecoverable }).render(
  <StrictMode>
    <RootErrorBoundary>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </RootErrorBoundary>
  </StrictMode>,
);
