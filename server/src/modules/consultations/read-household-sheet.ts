import { CONSULTATION_LIMITS } from "@danvan/common";
import ExcelJS from "exceljs";
import { type Ctx, requireActor } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { plainCell, zipUnpackedSize } from "../../platform/xlsx";
import { getUnitOrThrow } from "../directory";
import { canManageConsultations } from "./consultation.policy";

/** A register of 2,000 households fits in well under this once unpacked; more is a ZIP bomb or not a register. */
const MAX_UNPACKED = 30 * 1024 * 1024;
const MAX_COLUMNS = 12;

const text = (v: ExcelJS.CellValue) => {
  const c = plainCell(v);
  if (c === null) {
    return "";
  }
  // a date typed into a cell (a member's birth date) reads as the year the register asks for
  return c instanceof Date ? String(c.getUTCFullYear()) : String(c);
};

/**
 * The first sheet of a household register workbook (.xlsx) as a header and rows of text, for the same
 * import as a pasted table: the rows are then checked line by line by `importHouseholds`, where line 1
 * is the header as in the sheet. Reading stores nothing.
 */
export async function readHouseholdSheet(ctx: Ctx, unitId: string, bytes: Uint8Array) {
  const actor = requireActor(ctx);
  const unit = await getUnitOrThrow(ctx.db, unitId).catch(() => {
    throw invalid("unitId", "notFound");
  });
  if (!canManageConsultations(actor, unit.path)) {
    throw invalid("unitId", "forbidden");
  }
  const unpacked = zipUnpackedSize(bytes);
  if (unpacked === null || unpacked > MAX_UNPACKED) {
    throw invalid("file", unpacked === null ? "onestopImportNotXlsx" : "onestopImportTooBig");
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw invalid("file", "onestopImportNotXlsx");
  }
  const ws = wb.worksheets[0];
  if (!ws) {
    throw invalid("file", "onestopImportNotXlsx");
  }
  const width = Math.min(ws.getRow(1).cellCount, MAX_COLUMNS);
  const rowOf = (r: ExcelJS.Row) => Array.from({ length: width }, (_, i) => text(r.getCell(i + 1).value));
  const header = rowOf(ws.getRow(1));
  const rows: string[][] = [];
  for (let n = 2; n <= ws.rowCount; n++) {
    const cells = rowOf(ws.getRow(n));
    if (cells.some((c) => c !== "")) {
      if (rows.length >= CONSULTATION_LIMITS.importRows) {
        throw invalid("file", "consultationSheetTooManyRows");
      }
      rows.push(cells);
    }
  }
  return { header, rows };
}
