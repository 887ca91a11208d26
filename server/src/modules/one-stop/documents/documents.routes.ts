import { DossierCode } from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { invalid } from "../../../platform/errors";
import { TrackingPin, trackingPin, trackingPinParameter } from "../../../platform/header-params";
import { type AppEnv, type createRouter, ctxOf, errorResponses } from "../../../platform/http";
import { DOCUMENT_KINDS, type DocumentKind, type RenderedDocument } from "./dossier-documents";
import { getDossierDocument } from "./get-dossier-document";
import { getPublicReceipt } from "./get-public-receipt";

type Router = ReturnType<typeof createRouter>;
const pdf = { content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } } };
const DocumentFile = z.enum(DOCUMENT_KINDS.map((k) => `${k}.pdf`) as [`${DocumentKind}.pdf`]);

/** The QR code's base: PUBLIC_URL when set (behind a proxy), else the address the request came to. */
const publicBase = (c: Context<AppEnv>) => ctxOf(c).config.publicUrl ?? new URL(c.req.url).origin;

/** Opened in the browser for printing; never cached, since slips carry personal data. */
const send = (c: Context<AppEnv>, doc: RenderedDocument) =>
  c.body(new Uint8Array(doc.bytes), 200, {
    "content-type": "application/pdf",
    "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(doc.name)}`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });

/** Staff: GET /api/v1/onestop/dossiers/{id}/documents/{receipt|supplement|refusal|apology|rating}.pdf */
export function documentRoutes(r: Router) {
  r.openapi(
    createRoute({
      method: "get",
      path: "/onestop/dossiers/{id}/documents/{file}",
      tags: ["one-stop"],
      summary:
        "Print a slip of TT 01/2018 (A4 PDF): receipt.pdf (with QR to the status page), supplement.pdf, refusal.pdf, apology.pdf, rating.pdf (QR to the rating form, after the result is returned); 409 if not issued",
      request: { params: z.object({ id: z.string().uuid(), file: DocumentFile }) },
      responses: { 200: { description: "The PDF", ...pdf }, ...errorResponses },
    }),
    async (c) => {
      const { id, file } = c.req.valid("param");
      const kind = file.slice(0, -4) as DocumentKind;
      return send(c, await getDossierDocument(ctxOf(c), id, kind, publicBase(c)));
    },
  );
}

/** Citizens: GET /api/public/v1/dossiers/{code}/receipt.pdf with the PIN (X-Tracking-Pin or ?pin=). */
export function publicDocumentRoutes(r: Router) {
  r.openapi(
    createRoute({
      method: "get",
      path: "/dossiers/{code}/receipt.pdf",
      tags: ["public"],
      summary:
        "The applicant's receipt and appointment slip (PDF) with the PIN in X-Tracking-Pin or ?pin= (wrong PIN → 404, counted)",
      request: {
        params: z.object({ code: DossierCode }),
        query: z.object({ pin: TrackingPin.optional() }),
      },
      parameters: [trackingPinParameter(false)],
      responses: {
        200: { description: "The PDF", ...pdf },
        400: errorResponses[400],
        404: errorResponses[404],
        409: errorResponses[409],
      },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const pin = trackingPin(c, false) ?? c.req.valid("query").pin;
      if (!pin) {
        throw invalid("pin", "required");
      }
      const code = c.req.valid("param").code;
      return send(c, await getPublicReceipt(ctx, code, pin, ctx.ip ?? "local", publicBase(c)));
    },
  );
}
