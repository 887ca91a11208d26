import { type Locale, PROCEDURE_IMPORT_LIMITS } from "@danvan/common";
import ExcelJS from "exceljs";
import { AppError } from "../../platform/errors";
import { translate } from "../../platform/messages";
import type { Cell } from "../../platform/xlsx";
import { plainCell, zipUnpackedSize } from "../../platform/xlsx";
import { headerText, IMPORT_SHEETS, type ImportSheet } from "./import-layout";

export type { Cell };
export type SheetRow = { row: number; cells: Record<string, Cell> };
export type ReadWorkbook = Map<string, SheetRow[]>;

/** A problem with the whole file: 400 naming `file`, the message already in the caller's language. */
const fileError = (locale: Locale, key: string, params?: Record<string, string | number>) =>
  new AppError("VALIDATION", key, [{ path: "file", message: translate(key, locale, params) }], params);

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
