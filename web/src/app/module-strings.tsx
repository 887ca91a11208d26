import { type ReactNode, use } from "react";
import { type Lang, useLang } from "../lib/use-lang";
import { loadModuleStrings, moduleStringsLoaded } from "./i18n";

const ready = new Map<string, Promise<void>>();

/** One promise per language and module list, so React's use() sees the same one on every render. */
function readiness(lang: Lang, modules: readonly string[]): Promise<void> {
  const id = `${lang}|${modules.join(",")}`;
  let promise = ready.get(id);
  if (!promise) {
    promise = loadModuleStrings(modules, lang);
    promise.catch(() => ready.delete(id));
    ready.set(id, promise);
  }
  return promise;
}

/**
 * Renders children once the strings of these feature modules are loaded in the current language; suspends
 * until then (the nearest Suspense shows the page loader).
 */
export function ModuleStrings({ modules, children }: { modules: readonly string[]; children: ReactNode }) {
  const lang = useLang();
  // Switching language loads the shown modules before i18next switches (the backend in i18n.ts): the
  // strings are in by the time this renders, and suspending anyway would put the page loader over the
  // staff shell for a moment on every switch.
  if (!moduleStringsLoaded(modules, lang)) {
    use(readiness(lang, modules));
  }
  return children;
}
