import { QueryClientProvider } from "@tanstack/react-query";
import { ConfigProvider } from "antd";
import { type ReactNode, useMemo } from "react";
import { useLang } from "../lib/use-lang";
import { useReducedMotion } from "../lib/use-reduced-motion";
import { antdLocale } from "./i18n";
import { queryClient } from "./query-client";
import { theme } from "./theme";

export function Providers({ children }: { children: ReactNode }) {
  const lang = useLang();
  const reduced = useReducedMotion();
  // AntD turns every component's animation off (dialogs, drawers, menus) when its motion token is false.
  const themed = useMemo(
    () => (reduced ? { ...theme, token: { ...theme.token, motion: false } } : theme),
    [reduced],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={antdLocale(lang)} theme={themed}>
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
