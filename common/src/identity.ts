/**
 * Province codes that open a 12-digit personal identification number (số định danh cá nhân),
 * per Circular 07/2016/TT-BCA Annex (63 pre-2025 provinces; codes were kept after the 2025 merger).
 */
const PROVINCE_CODES = new Set([
  "001",
  "002",
  "004",
  "006",
  "008",
  "010",
  "011",
  "012",
  "014",
  "015",
  "017",
  "019",
  "020",
  "022",
  "024",
  "025",
  "026",
  "027",
  "030",
  "031",
  "033",
  "034",
  "035",
  "036",
  "037",
  "038",
  "040",
  "042",
  "044",
  "045",
  "046",
  "048",
  "049",
  "051",
  "052",
  "054",
  "056",
  "058",
  "060",
  "062",
  "064",
  "066",
  "067",
  "068",
  "070",
  "072",
  "074",
  "075",
  "077",
  "079",
  "080",
  "082",
  "083",
  "084",
  "086",
  "087",
  "089",
  "091",
  "092",
  "093",
  "094",
  "095",
  "096",
]);

/** Format check only: 12 digits, a known province-of-registration code, a century/sex digit. */
export function isValidPersonalId(value: string): boolean {
  if (!/^\d{12}$/.test(value)) {
    return false;
  }
  return PROVINCE_CODES.has(value.slice(0, 3));
}

/** Tax code (mã số thuế): 10 digits, or 13 for a branch/dependent unit (often written 10-3). */
export function normalizeTaxCode(value: string): string | null {
  const compact = value.replace(/[\s-]/g, "");
  return /^\d{10}$/.test(compact) || /^\d{13}$/.test(compact) ? compact : null;
}

/** Masks an identifier for lists: keeps the last 3 characters. */
export function maskIdentifier(value: string | null | undefined): string | null {
  if (!value) {
    return null;
  }
  return `${"•".repeat(Math.max(0, value.length - 3))}${value.slice(-3)}`;
}

/** Lower-case and strip Vietnamese diacritics (đ → d), the same normalisation the DB index uses. */
export function foldVietnamese(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .trim();
}
