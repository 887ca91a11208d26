import type { Locale } from "antd/es/locale";

/** One language's shared strings: the app's own and Ant Design's (pagination, date picker…). */
export type LocaleBundle = {
  antd: Locale;
  translation: Record<string, unknown>;
};
