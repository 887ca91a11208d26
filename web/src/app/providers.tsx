import { QueryClientProvider } from "@tanstack/react-query";
import { ConfigProvider } from "antd";
import type { ReactNode } from "react";
import { useLang } from "../lib/use-lang";
import { antdLocale } from "./i18n";
import { queryClient } from "./query-client";
import { theme } from "./theme";

export function Providers({ children }: { children: ReactNode }) {
  const lang = useLang();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={antdLocale(lang)} theme={theme}>
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
