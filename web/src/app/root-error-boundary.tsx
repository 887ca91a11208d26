import { Component, type ErrorInfo, type ReactNode } from "react";
import i18n from "./i18n";

type Props = { children: ReactNode };
type State = { error: Error | null };

/** Last line of defence above the router: plain HTML, no providers assumed. */
export class RootErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) {
      return this.props.children;
    }
    return (
      <main role="alert" style={{ maxWidth: 560, margin: "80px auto", fontFamily: "sans-serif" }}>
        <h1>{i18n.t("errorPage.title")}</h1>
        <p>{i18n.t("errorPage.description")}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {i18n.t("errorPage.reload")}
        </button>
      </main>
    );
  }
}
