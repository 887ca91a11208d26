import {
  FILE_LIMITS,
  PROCEDURE_IMPORT_LIMITS,
  ProcedureImportQuery,
  ProcedureImportResult,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { AppError, invalid } from "../../platform/errors";
import { sniffMime } from "../../platform/files";
import { type createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { translate } from "../../platform/messages";
import { importProcedures } from "./import-procedures";
import { getImportTemplate } from "./import-template";

const tags = ["one-stop"];
const XLSX = FILE_LIMITS.mimes[4];

/**
 * Catalogue import from a workbook. Registered before the catalogue's `/onestop/procedures/{id}` so the
 * template's fixed path is not read as an id.
 */
export function importRoutes(r: ReturnType<typeof createRouter>) {
  r.openapi(
    createRoute({
      method: "get",
      path: "/onestop/procedures/import-template.xlsx",
      tags,
      summary: "The catalogue workbook to fill in (sheets Thủ tục, Thành phần hồ sơ, Các bước xử lý)",
      responses: {
        200: {
          description: "The workbook",
          content: { [XLSX]: { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) =>
      c.body(new Uint8Array(await getImportTemplate(ctxOf(c))), 200, {
        "content-type": XLSX,
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent("mau-danh-muc-thu-tuc.xlsx")}`,
        "x-content-type-options": "nosniff",
      }),
  );
  r.openapi(
    createRoute({
      method: "post",
      path: "/onestop/procedures/import",
      tags,
      summary:
        "Import a unit's catalogue from the workbook (multipart field “file”); all or nothing, per-row errors; dryRun=true only checks",
      request: { query: ProcedureImportQuery },
      responses: { 200: json(ProcedureImportResult), ...errorResponses, 413: errorResponses[400] },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const form = await c.req.formData().catch(() => {
        throw invalid("file", "required");
      });
      const file = form.get("file");
      if (!(file instanceof File) || file.size === 0) {
        throw invalid("file", "required");
      }
      if (file.size > PROCEDURE_IMPORT_LIMITS.maxBytes) {
        const params = { max: Math.floor(PROCEDURE_IMPORT_LIMITS.maxBytes / 1024) };
        const message = translate("onestopImportFileSize", ctx.locale, params);
        throw new AppError("PAYLOAD_TOO_LARGE", "onestopImportFileSize", [{ path: "file", message }], params);
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (sniffMime(bytes, file.name) !== XLSX) {
        throw invalid("file", "onestopImportNotXlsx");
      }
      const { unitId, dryRun } = c.req.valid("query");
      return c.json(await importProcedures(ctx, unitId, bytes, dryRun === "true"), 200);
    },
  );
}
