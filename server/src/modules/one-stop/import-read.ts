import { type Locale, PROCEDURE_IMPORT_LIMITS } from "@danvan/common";
import ExcelJS from "exceljs";
import { AppError } from "../../platform/errors";
import { translate } from "../../platform/messages";
import { headerText, IMPORT_SHEETS, type ImportSheet } from "./import-layout";

export type Cell = string | number | boolean | Date | null;
export type SheetRow = { row: number; cells: Record<string, Cell> };
export type ReadWorkbook = Map<string, SheetRow[]>;

/** A problem with the whole file: 400 naming `file`, the message already in the caller's language. */
const fileError = (locale: Locale, key: string, params?: Record<string, string | number>) =>
  new AppError("VALIDATION", key, [{ path: "file", message: translate(key, locale, params) }], params);

/**
 * The sizes the ZIP's central directory declares, added up, or null when it cannot be read. Checked
 * before unpacking so a small file cannot expand into gigabytes of sheet XML.
 */
export function zipUnpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    return null;
  }
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      return null;
    }
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) {
      return null;
    }
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** A cell's value without Excel's wrappers: rich text joined, a formula's cached result, a link's text. */
export function plainCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) {
    return null;
  }
  if (typeof v === "string") {
    const s = v.normalize("NFC").trim();
    return s === "" ? null : s;
  }
  if (typeof v === "number" || typeof v === "boolean" || v instanceof Date) {
    return v;
  }
  if ("richText" in v) {
    return plainCell(v.richText.map((r) => r.text).join(""));
  }
  if ("formula" in v || "sharedFormula" in v) {
    return plainCell((v as { result?: ExcelJS.CellValue }).result ?? null);
  }
  if ("text" in v) {
    return plainCell(String(v.text));
  }
  if ("error" in v) {
    return String(v.error);
  }
  return null;
}

const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

function readSheet(ws: ExcelJS.Worksheet, sheet: ImportSheet, budget: { rows: number }, locale: Locale) {
  const header = ws.getRow(1);
  sheet.columns.forEach((c, i) => {
    const got = plainCell(header.getCell(i + 1).value);
    if (typeof got !== "string" || norm(got.replace(/\*\s*$/, "")) !== norm(c.label)) {
      throw fileError(locale, "onestopImportHeader", { sheet: sheet.name, column: headerText(c) });
    }
  });
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    if (rowNumber === 1) {
      return;
    }
    const cells: Record<string, Cell> = {};
    let filled = false;
    sheet.columns.forEach((c, i) => {
      cells[c.key] = plainCell(r.getCell(i + 1).value);
      filled ||= cells[c.key] !== null;
    });
    if (filled) {
      budget.rows -= 1;
      if (budget.rows < 0) {
        throw fileError(locale, "onestopImportTooManyRows", { max: PROCEDURE_IMPORT_LIMITS.maxRows });
      }
      rows.push({ row: rowNumber, cells });
    }
  });
  return rows;
}

/** Opens the workbook and reads the three sheets of the layout; a wrong file is a 400 on `file`. */
export async function readImportWorkbook(bytes: Uint8Array, locale: Locale): Promise<ReadWorkbook> {
  const unpacked = zipUnpackedSize(bytes);
  if (unpacked === null) {
    throw fileError(locale, "onestopImportNotXlsx");
  }
  if (unpacked > PROCEDURE_IMPORT_LIMITS.maxUnzippedBytes) {
    throw fileError(locale, "onestopImportTooBig");
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw fileError(locale, "onestopImportNotXlsx");
  }
  const budget = { rows: PROCEDURE_IMPORT_LIMITS.maxRows };
  const out: ReadWorkbook = new Map();
  for (const sheet of IMPORT_SHEETS) {
    const ws = wb.worksheets.find((w) => norm(w.name) === norm(sheet.name));
    if (!ws) {
      throw fileError(locale, "onestopImportSheetMissing", { sheet: sheet.name });
    }
    out.set(sheet.name, readSheet(ws, sheet, budget, locale));
  }
  return out;
}
