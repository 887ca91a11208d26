import type { Locale } from "antd/es/locale";
import dayjs from "dayjs";
import "dayjs/locale/vi";
import "dayjs/locale/en";
import i18n, { type BackendModule } from "i18next";
import { initReactI18next } from "react-i18next";
import { setApiLanguage } from "../lib/api-client";
import { setFormatLanguage } from "../lib/format";
import { type Lang, toLang } from "../lib/use-lang";
import type { LocaleBundle } from "../locales/locale-bundle";
import { FEATURE_MODULES } from "./modules";

/*
 * Strings load by language and by feature module, each a chunk of its own (issue #7): a visitor downloads
 * the language they read, and a page only the modules it shows (<ModuleStrings>, module-strings.tsx).
 */

export const LANGUAGE_STORAGE_KEY = "danvan.locale";

const CORE: Record<Lang, () => Promise<{ default: LocaleBundle }>> = {
  vi: () => import("../locales/core-vi"),
  en: () => import("../locales/core-en"),
};

const antdLocales = new Map<Lang, Locale>();
const loads = new Map<string, Promise<void>>();
/** Modules some page has shown: switching language loads them in the new language before switching. */
const shownModules = new Set<string>();

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

/** Runs a load once per id; a failed one (network) is tried again next time. */
function once(id: string, load: () => Promise<void>): Promise<void> {
  let promise = loads.get(id);
  if (!promise) {
    promise = load();
    promise.catch(() => loads.delete(id));
    loads.set(id, promise);
  }
  return promise;
}

const cores = new Map<Lang, LocaleBundle["translation"]>();

/**
 * A language's shared strings, put into i18next before any module of that language (loadModule waits for
 * them): i18next takes a language whose bundle exists as loaded, so a module's strings added first let a
 * second switch (the header's, then the session's) go ahead without them. The page then showed its keys
 * ("nav.home") and was mounted again, losing what the user had typed or chosen.
 */
function loadCore(lang: Lang): Promise<void> {
  return once(`core:${lang}`, () =>
    CORE[lang]().then(({ default: bundle }) => {
      antdLocales.set(lang, bundle.antd);
      cores.set(lang, bundle.translation);
      i18n.addResourceBundle(lang, "translation", bundle.translation, true, false);
    }),
  );
}

/** The shared strings and those of every module shown so far, in a language. */
function loadLanguage(lang: Lang): Promise<void> {
  // In parallel: a module's strings wait for the shared ones before they go into i18next (loadModule).
  return Promise.all([loadCore(lang), loadModuleStrings([...shownModules], lang)]).then(() => undefined);
}

/**
 * i18next asks this backend for a language it has no strings of, whoever calls i18n.changeLanguage (the
 * kiosk page does, directly): the shared strings and the modules shown so far.
 */
const backend: BackendModule = {
  type: "backend",
  init() {},
  read(language, _namespace, callback) {
    const lang = toLang(language);
    loadLanguage(lang).then(
      () => callback(null, cores.get(lang) ?? {}),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** `lang:key` of every module whose strings are in i18next. */
const loadedModules = new Set<string>();

function loadModule(lang: Lang, key: string): Promise<void> {
  return once(`${lang}:${key}`, async () => {
    const module = FEATURE_MODULES.find((m) => m.key === key);
    if (!module) {
      throw new Error(`unknown feature module "${key}"`);
    }
    const [{ default: strings }] = await Promise.all([module.strings[lang](), loadCore(lang)]);
    i18n.addResourceBundle(lang, "translation", { [key]: strings }, true, true);
    loadedModules.add(`${lang}:${key}`);
  });
}

/** Whether these modules' strings are already in, so a page can render without waiting on a promise. */
export function moduleStringsLoaded(keys: readonly string[], lang: Lang): boolean {
  return keys.every((key) => loadedModules.has(`${lang}:${key}`));
}

/** Loads these feature modules' strings in a language (the current one when not given). */
export function loadModuleStrings(
  keys: readonly string[],
  lang: Lang = toLang(i18n.language),
): Promise<void> {
  for (const key of keys) {
    shownModules.add(key);
  }
  return Promise.all(keys.map((key) => loadModule(lang, key))).then(() => undefined);
}

/** Ant Design's texts (pagination, date picker…) for a language whose strings are loaded. */
export function antdLocale(lang: Lang): Locale | undefined {
  return antdLocales.get(lang);
}

let latestSwitch = 0;

/** Switches the UI language and remembers it on this browser (the sign-in page reads it). */
export async function changeLanguage(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  const ticket = ++latestSwitch;
  // Everything the shown pages need is in before i18next switches, so nothing suspends or shows a key.
  // A failed download (network) is left to i18next's backend, which tries again on the switch itself.
  await loadLanguage(lang).catch(() => undefined);
  // A later choice (the header's, or the session's after sign-in) wins over one still loading.
  if (ticket === latestSwitch && toLang(i18n.language) !== lang) {
    await i18n.changeLanguage(lang);
  }
}

i18n.on("languageChanged", (lng) => applyLanguage(toLang(lng)));

/** Loads the remembered language's shared strings; main.tsx renders once they are in. */
export async function initI18n(): Promise<void> {
  const initial = storedLanguage();
  await i18n
    .use(backend)
    .use(initReactI18next)
    .init({
      lng: initial,
      // Both languages carry every key; a key missing in the loaded one shows as itself.
      fallbackLng: false,
      supportedLngs: ["vi", "en"],
      load: "currentOnly",
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
      // The first render waits for the strings (main.tsx) and a switch loads the new language before it
      // happens (the backend above), so useTranslation never needs to suspend; letting it could put the page
      // loader over a form the user is filling in.
      react: { useSuspense: false },
    });
  applyLanguage(initial);
}

export default i18n;
