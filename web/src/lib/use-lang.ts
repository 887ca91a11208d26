import { useTranslation } from "react-i18next";

export type Lang = "vi" | "en";

export function toLang(value: string | null | undefined): Lang {
  return value?.startsWith("en") ? "en" : "vi";
}

/** The current UI language as the API's Locale. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return toLang(i18n.resolvedLanguage ?? i18n.language);
}
