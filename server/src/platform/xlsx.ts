import type ExcelJS from "exceljs";

export type Cell = string | number | boolean | Date | null;

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
