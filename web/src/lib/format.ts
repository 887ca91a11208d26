const TIME_ZONE = "Asia/Ho_Chi_Minh";

type Lang = "vi" | "en";

let currentLang: Lang = "vi";

export function setFormatLanguage(lang: Lang): void {
  currentLang = lang;
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<Lang, Intl.DateTimeFormat>();

function intlLocale(lang: Lang): string {
  return lang === "vi" ? "vi-VN" : "en-GB";
}

function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(lang), {
      timeZone: TIME_ZONE,
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
    });
    dateFormats.set(lang, f);
  }
  return f;
}

function dateTimeFormat(lang: Lang): Intl.DateTimeFormat {
  let f = dateTimeFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(lang), {
      timeZone: TIME_ZONE,
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    dateTimeFormats.set(lang, f);
  }
  return f;
}

function toDate(iso: string): Date | null {
  // A bare date ("2025-06-30") is a calendar day: read it at noon UTC so no time zone shifts it.
  const value = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function parts(f: Intl.DateTimeFormat, date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of f.formatToParts(date)) {
    out[part.type] = part.value;
  }
  return out;
}

/** dd/MM/yyyy in Asia/Ho_Chi_Minh; "" for empty input. */
export function formatDate(iso: string | null | undefined, lang: Lang = currentLang): string {
  const date = iso ? toDate(iso) : null;
  if (!date) {
    return "";
  }
  const p = parts(dateFormat(lang), date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh; "" for empty input. */
export function formatDateTime(iso: string | null | undefined, lang: Lang = currentLang): string {
  const date = iso ? toDate(iso) : null;
  if (!date) {
    return "";
  }
  const p = parts(dateTimeFormat(lang), date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "01/01/2020 – 30/06/2025", or "từ 01/01/2020" style when still open (caller supplies the word). */
export function formatRange(
  from: string,
  to: string | null,
  openLabel: string,
  lang: Lang = currentLang,
): string {
  return to
    ? `${formatDate(from, lang)} – ${formatDate(to, lang)}`
    : `${openLabel} ${formatDate(from, lang)}`;
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** Vietnamese alphabetical order (a ă â b c d đ e ê …). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}
