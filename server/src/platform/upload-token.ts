import type { Ctx } from "./context";
import { secretsFor } from "./secrets";

const HOUR = 3_600_000;

/** Hours a citizen's portal upload may wait to be filed; the sweep keeps its bytes at least this long. */
export const PORTAL_UPLOAD_HOURS = 24;

function signature(ctx: Ctx, purpose: string, id: string, expires: number) {
  return secretsFor(ctx.config).blindIndex(`${purpose}:${id}:${expires}`) ?? "";
}

/**
 * `<expiry in ms, base 36>.<keyed hash of purpose, id and expiry>`: only the portal that stored the file
 * issues it, it names that portal (a petition's token does not file a dossier), and it runs out.
 */
export function issueUploadToken(ctx: Ctx, purpose: string, id: string, hours = PORTAL_UPLOAD_HOURS) {
  const expires = Date.now() + hours * HOUR;
  return {
    token: `${expires.toString(36)}.${signature(ctx, purpose, id, expires)}`,
    expiresAt: new Date(expires).toISOString(),
  };
}

export function uploadTokenState(
  ctx: Ctx,
  purpose: string,
  id: string,
  token: string,
  now = Date.now(),
): "ok" | "expired" | "forged" {
  const [exp, sig] = token.split(".");
  const expires = Number.parseInt(exp ?? "", 36);
  if (!Number.isSafeInteger(expires) || !sig || sig !== signature(ctx, purpose, id, expires)) {
    return "forged";
  }
  return expires < now ? "expired" : "ok";
}
