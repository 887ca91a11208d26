import dayjs from "dayjs";
import "dayjs/locale/vi";
import "dayjs/locale/en";
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { setApiLanguage } from "../lib/api-client";
import { setFormatLanguage } from "../lib/format";
import { type Lang, toLang } from "../lib/use-lang";
import en from "../locales/en.json";
import vi from "../locales/vi.json";
import { FEATURE_MODULES } from "./modules";

export const LANGUAGE_STORAGE_KEY = "danvan.locale";

function storedLanguage(): Lang {
  try {
    return toLang(localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return "vi";
  }
}

function applyLanguage(lang: Lang): void {
  setApiLanguage(lang);
  setFormatLanguage(lang);
  dayjs.locale(lang);
  document.documentElement.lang = lang;
}

/** Switches the UI language and remembers it on this browser (the sign-in page reads it). */
export async function changeLanguage(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  if (toLang(i18n.language) !== lang) {
    await i18n.changeLanguage(lang);
  }
}

i18n.on("languageChanged", (lng) => applyLanguage(toLang(lng)));

const viResources: Record<string, unknown> = { ...vi };
const enResources: Record<string, unknown> = { ...en };
for (const m of FEATURE_MODULES) {
  viResources[m.key] = m.locales.vi;
  enResources[m.key] = m.locales.en;
}

const initial = storedLanguage();
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: viResources }, en: { translation: enResources } },
  lng: initial,
  fallbackLng: "vi",
  supportedLngs: ["vi", "en"],
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage(initial);

export default i18n;
