import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import "./app/global.css";
import { initI18n } from "./app/i18n";
import { Providers } from "./app/providers";
import { RootErrorBoundary } from "./app/root-error-boundary";
import { AppRoutes } from "./app/router";

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

function render(container: HTMLElement) {
  createRoot(container, { onRecoverableError: reportRecoverable }).render(
    <StrictMode>
      <RootErrorBoundary>
        <Providers>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </Providers>
      </RootErrorBoundary>
    </StrictMode>,
  );
}

// The first paint waits for the strings of one language (a chunk of its own); if they fail to load, the
// page still renders and the root error boundary's reload button is one click away.
initI18n().then(
  () => render(root),
  (error: unknown) => {
    reportRecoverable(error);
    render(root);
  },
);
