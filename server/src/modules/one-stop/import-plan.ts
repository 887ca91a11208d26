import { CreateProcedureInput, type Locale, type ProcedureImportError } from "@danvan/common";
import type { z } from "zod";
import { translate } from "../../platform/messages";
import { zodDetails } from "../../platform/validation";
import {
  columnLetter,
  DOCUMENT_SHEET,
  type ImportSheet,
  LEVEL_WORDS,
  NO_WORDS,
  ONLINE_WORDS,
  PROCEDURE_SHEET,
  STEP_SHEET,
  YES_WORDS,
} from "./import-layout";
import type { Cell, ReadWorkbook, SheetRow } from "./import-read";

export type ImportCandidate = { row: number; input: CreateProcedureInput };
export type ImportAgency = { id: string; name: string };

const text = (c: Cell | undefined) =>
  c == null ? null : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim();
const lower = (c: Cell | undefined) => text(c)?.toLowerCase() ?? null;

/** Numbers may come as text ("10"); anything else goes to the contract as it is and fails there. */
const num = (c: Cell | undefined) =>
  typeof c === "string" && /^\d+$/.test(c.trim()) ? Number(c) : (c ?? undefined);
const word = (c: Cell | undefined, words: Record<string, string>) => words[lower(c) ?? ""] ?? text(c);
function bool(c: Cell | undefined): unknown {
  const v = lower(c);
  if (v === null || typeof c === "boolean") {
    return c ?? undefined;
  }
  return YES_WORDS.has(v) ? true : NO_WORDS.has(v) ? false : v;
}
/** A date cell, dd/mm/yyyy or yyyy-mm-dd; anything else fails the contract's date check. */
function date(c: Cell | undefined): unknown {
  if (c instanceof Date) {
    return c.toISOString().slice(0, 10);
  }
  const v = text(c);
  const vn = v?.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  return vn ? `${vn[3]}-${vn[2]!.padStart(2, "0")}-${vn[1]!.padStart(2, "0")}` : (v ?? undefined);
}

/** "Lệ phí: 8.000 đồng; Phí: 50000" → fees; null when a part does not read as "label: amount". */
export function parseFees(c: Cell | undefined): { label: string; amount: number }[] | null {
  if (c == null) {
    return [];
  }
  if (typeof c === "number") {
    return [{ label: "Lệ phí", amount: c }];
  }
  const out: { label: string; amount: number }[] = [];
  for (const part of String(c)
    .split(/[\n;]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = part.match(/^(.+?)\s*:\s*([\d.,\s]+)\s*(đ|đồng|vnđ|vnd)?\.?$/iu);
    if (!m) {
      return null;
    }
    out.push({ label: m[1]!.trim(), amount: Number(m[2]!.replace(/[.,\s]/g, "")) });
  }
  return out;
}

/** A document key from its name: "Giấy chứng sinh" → "giay-chung-sinh". */
export function slugKey(name: string, n: number): string {
  const slug = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return slug || `giay-to-${n + 1}`;
}

function groupByCode(rows: SheetRow[]) {
  const out = new Map<string, SheetRow[]>();
  for (const r of rows) {
    const code = text(r.cells.procedureCode) ?? "";
    out.set(code, [...(out.get(code) ?? []), r]);
  }
  return out;
}

/**
 * Reads the sheets into create-procedure inputs checked by the same contract as the form, and every
 * problem as { sheet, row, column, field, message } in the caller's language.
 */
export function planImport(wb: ReadWorkbook, unitId: string, agencies: ImportAgency[], locale: Locale) {
  const errors: ProcedureImportError[] = [];
  const fail = (sheet: ImportSheet, row: number, field: string, message: string) => {
    const i = sheet.columns.findIndex((c) => c.key === field);
    errors.push({ sheet: sheet.name, row, column: i < 0 ? null : columnLetter(i), field, message });
  };
  const t = (key: string) => translate(key, locale);
  const docsBy = groupByCode(wb.get(DOCUMENT_SHEET.name) ?? []);
  const stepsBy = groupByCode(wb.get(STEP_SHEET.name) ?? []);
  const seen = new Set<string>();
  const candidates: ImportCandidate[] = [];
  for (const { row, cells } of wb.get(PROCEDURE_SHEET.name) ?? []) {
    const code = text(cells.code) ?? "";
    if (code && seen.has(code)) {
      fail(PROCEDURE_SHEET, row, "code", t("duplicateCode"));
      continue;
    }
    seen.add(code);
    const docs = docsBy.get(code) ?? [];
    const steps = stepsBy.get(code) ?? [];
    const before = errors.length;
    if (docs.length === 0) {
      fail(PROCEDURE_SHEET, row, "code", t("onestopImportNoDocuments"));
    }
    if (steps.length === 0) {
      fail(PROCEDURE_SHEET, row, "code", t("onestopImportNoSteps"));
    }
    const fees = parseFees(cells.fees);
    if (fees === null) {
      fail(PROCEDURE_SHEET, row, "fees", t("onestopImportFeeFormat"));
    }
    const stepInputs = steps.map((s) => {
      const agency = lower(s.cells.agency);
      if (agency === null) {
        return { name: text(s.cells.name), agencyId: null, days: num(s.cells.days) };
      }
      const found = agencies.filter(
        (a) => a.id === agency || a.name.normalize("NFC").toLowerCase() === agency,
      );
      if (found.length !== 1) {
        fail(
          STEP_SHEET,
          s.row,
          "agency",
          t(found.length ? "onestopImportAgencyAmbiguous" : "onestopAgencyUnknown"),
        );
      }
      return { name: text(s.cells.name), agencyId: found[0]?.id ?? null, days: num(s.cells.days) };
    });
    const raw = {
      unitId,
      code,
      name: text(cells.name),
      field: text(cells.field),
      level: word(cells.level, LEVEL_WORDS),
      processingDays: num(cells.processingDays),
      fees: fees ?? [],
      documents: docs.map((d, n) => ({
        key: text(d.cells.key) ?? slugKey(text(d.cells.name) ?? "", n),
        name: text(d.cells.name),
        originals: num(d.cells.originals),
        copies: num(d.cells.copies),
        required: bool(d.cells.required),
      })),
      onlineLevel: word(cells.onlineLevel, ONLINE_WORDS),
      steps: stepInputs,
      resultDocument: text(cells.resultDocument),
      legalBasis: text(cells.legalBasis) ?? null,
      isPublished: bool(cells.isPublished),
      isPostedAtCounter: bool(cells.isPostedAtCounter),
      effectiveFrom: date(cells.effectiveFrom),
      effectiveTo: date(cells.effectiveTo) ?? null,
    };
    const parsed = CreateProcedureInput.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        locate(issue, row, docs, steps, fail, locale);
      }
      continue;
    }
    if (errors.length === before) {
      candidates.push({ row, input: parsed.data });
    }
  }
  for (const [sheet, byCode] of [
    [DOCUMENT_SHEET, docsBy],
    [STEP_SHEET, stepsBy],
  ] as const) {
    for (const [code, rows] of byCode) {
      if (!seen.has(code)) {
        for (const r of rows) {
          fail(sheet, r.row, "procedureCode", t("onestopImportUnknownProcedure"));
        }
      }
    }
  }
  errors.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
  return { candidates, errors };
}

type Fail = (sheet: ImportSheet, row: number, field: string, message: string) => void;

/** Puts a contract issue on the cell it came from: a document or step row, or the procedure's row. */
function locate(
  issue: z.core.$ZodIssue,
  row: number,
  docs: SheetRow[],
  steps: SheetRow[],
  fail: Fail,
  locale: Locale,
) {
  const message = zodDetails([issue], locale)[0]!.message;
  const [head, index, sub] = issue.path;
  const field = (k: unknown, fallback: string) =>
    typeof k === "string" ? (k === "agencyId" ? "agency" : k) : fallback;
  if (head === "documents" && typeof index === "number" && docs[index]) {
    fail(DOCUMENT_SHEET, docs[index].row, field(sub, "name"), message);
  } else if (head === "steps" && typeof index === "number" && steps[index]) {
    fail(STEP_SHEET, steps[index].row, field(sub, "name"), message);
  } else if (head === "steps") {
    fail(PROCEDURE_SHEET, row, "processingDays", message);
  } else {
    fail(PROCEDURE_SHEET, row, field(head, "code"), message);
  }
}
