import type { ErrorDetail } from "@danvan/common";
import { HOUSEHOLD_COLUMNS, type HouseholdColumn, LIMITS } from "@danvan/common";

export type HouseholdRecord = {
  hamlet: string;
  code: string;
  headName: string;
  address: string;
  phone: string | null;
  members: { fullName: string; relation: string; birthYear: number | null }[];
};

const REQUIRED: HouseholdColumn[] = ["hamlet", "code", "headName", "address"];
const MAX_DETAILS = 200;

/** Vietnamese phone numbers in one form: digits, a leading +84 or 84 read as 0. */
export function normalizePhone(raw: string): string {
  const digits = raw.replace(/[^0-9+]/g, "");
  return digits.replace(/^\+?84/, "0");
}

function columnOf(cell: string): HouseholdColumn | null {
  const c = cell.trim().toLowerCase();
  for (const [key, names] of Object.entries(HOUSEHOLD_COLUMNS)) {
    if ((names as readonly string[]).includes(c)) {
      return key as HouseholdColumn;
    }
  }
  return null;
}

/** "Name | relation | year; Name | relation" → members; null when a part is malformed. */
function parseMembers(cell: string): HouseholdRecord["members"] | null {
  const parts = cell
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean);
  const out: HouseholdRecord["members"] = [];
  for (const part of parts) {
    const [name, relation, year] = part.split("|").map((x) => x.trim());
    const birthYear = year ? Number(year) : null;
    const badYear =
      birthYear !== null && (!Number.isInteger(birthYear) || birthYear < 1900 || birthYear > 2100);
    if (
      !name ||
      name.length > LIMITS.name ||
      !relation ||
      relation.length > 60 ||
      badYear ||
      /[<>]/.test(part)
    ) {
      return null;
    }
    out.push({ fullName: name, relation, birthYear });
  }
  return out.length > 30 ? null : out;
}

/**
 * Reads a spreadsheet-like table (a header row and rows of cells). Every bad cell is reported with its
 * row; a table with any error yields no records, so an import is all or nothing.
 */
export function readHouseholdTable(
  header: string[],
  rows: string[][],
): { records: HouseholdRecord[]; errors: ErrorDetail[] } {
  const errors: ErrorDetail[] = [];
  const columns = header.map(columnOf);
  columns.forEach((col, i) => {
    if (col === null) {
      errors.push({ path: `header.${i}`, message: "consultationUnknownColumn" });
    }
  });
  for (const req of REQUIRED) {
    if (!columns.includes(req)) {
      errors.push({ path: `header.${req}`, message: "consultationMissingColumn" });
    }
  }
  if (errors.length > 0) {
    return { records: [], errors };
  }
  const records: HouseholdRecord[] = [];
  const codes = new Set<string>();
  rows.forEach((cells, r) => {
    const get = (col: HouseholdColumn) => (cells[columns.indexOf(col)] ?? "").trim();
    const fail = (col: string, message: string) => errors.push({ path: `rows.${r}.${col}`, message });
    const before = errors.length;
    for (const col of REQUIRED) {
      const v = get(col);
      const max = col === "address" ? LIMITS.address : col === "code" ? LIMITS.code : LIMITS.name;
      if (!v) {
        fail(col, "required");
      } else if (v.length > max) {
        fail(col, "tooLong");
      } else if (/[<>]/.test(v)) {
        fail(col, "consultationMarkupNotAllowed");
      }
    }
    const code = get("code");
    if (code && codes.has(code)) {
      fail("code", "consultationDuplicateRow");
    }
    codes.add(code);
    const phone = columns.includes("phone") ? get("phone") : "";
    if (phone && !/^(0|\+?84)[0-9]{9,10}$/.test(phone.replace(/[ .-]/g, ""))) {
      fail("phone", "invalidFormat");
    }
    const members = columns.includes("members") ? parseMembers(get("members")) : [];
    if (members === null) {
      fail("members", "consultationMemberFormat");
    }
    if (errors.length === before) {
      records.push({
        hamlet: get("hamlet"),
        code,
        headName: get("headName"),
        address: get("address"),
        phone: phone ? normalizePhone(phone) : null,
        members: members ?? [],
      });
    }
  });
  return { records, errors: errors.slice(0, MAX_DETAILS) };
}
