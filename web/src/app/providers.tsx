import { QueryClientProvider } from "@tanstack/react-query";
import { ConfigProvider } from "antd";
import enUS from "antd/es/locale/en_US";
import viVN from "antd/es/locale/vi_VN";
import type { ReactNode } from "react";
import { useLang } from "../lib/use-lang";
import { queryClient } from "./query-client";
import { theme } from "./theme";

export function Providers({ children }: { children: ReactNode }) {
  const lang = useLang();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={lang === "vi" ? viVN : enUS} theme={theme}>
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
