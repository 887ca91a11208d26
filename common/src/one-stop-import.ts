import { z } from "zod";

/** Catalogue import (XLSX): the file fits in the 1 MB request with its multipart envelope. */
export const PROCEDURE_IMPORT_LIMITS = {
  maxBytes: 900 * 1024,
  /** Data rows over the three sheets. */
  maxRows: 2000,
  /** What the workbook may unpack to (guards against a zip bomb). */
  maxUnzippedBytes: 30 * 1024 * 1024,
} as const;

export const ProcedureImportQuery = z.object({
  /** The catalogue's unit; without it, the importing officer's own unit. */
  unitId: z.string().uuid().optional(),
  /** true: check every row and report, write nothing. */
  dryRun: z.enum(["true", "false"]).default("false"),
});
export type ProcedureImportQuery = z.infer<typeof ProcedureImportQuery>;

/** One bad cell: the sheet, its row number as Excel shows it, the column letter and field key. */
export const ProcedureImportError = z.object({
  sheet: z.string(),
  row: z.number().int(),
  column: z.string().nullable(),
  field: z.string(),
  message: z.string(),
});
export type ProcedureImportError = z.infer<typeof ProcedureImportError>;

/**
 * All or nothing: `applied` is true only when no row failed and it was not a dry run; `created` and
 * `updated` count the procedures the file creates or replaces (by code within the unit).
 */
export const ProcedureImportResult = z.object({
  dryRun: z.boolean(),
  applied: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  procedures: z.array(z.object({ code: z.string(), name: z.string(), action: z.enum(["create", "update"]) })),
  errors: z.array(ProcedureImportError),
});
export type ProcedureImportResult = z.infer<typeof ProcedureImportResult>;
