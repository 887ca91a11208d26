import { Component, type ErrorInfo, lazy, type ReactNode, Suspense } from "react";
import { useLocation } from "react-router";

const RouteError = lazy(() => import("./route-error"));

type Props = { pathname: string; children: ReactNode };
type State = { error: unknown; pathname: string };

class Boundary extends Component<Props, State> {
  override state: State = { error: null, pathname: this.props.pathname };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  // Leaving the page that failed clears the error, as a data router's errorElement does.
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.pathname === state.pathname ? null : { error: null, pathname: props.pathname };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) {
      return this.props.children;
    }
    return (
      <Suspense fallback={null}>
        <RouteError />
      </Suspense>
    );
  }
}

/**
 * A page that threw while rendering, or whose chunk failed to load, shows the error page in its place.
 * The router is the declarative one (no errorElement): its data APIs weigh 16 KB gzip that no page uses.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary pathname={pathname}>{children}</Boundary>;
}
