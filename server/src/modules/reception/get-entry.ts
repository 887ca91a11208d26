import type { ReceptionEntryDetail } from "@danvan/common";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { secretsFor } from "../../platform/secrets";
import { presentEntries } from "./entry.presenter";
import { auditIdentityRead, identityRow, openIdentity } from "./entry-identity";
import { loadEntry } from "./internal";

/** A book entry with the visitor's identity for those who may read it; reading a sealed one is audited. */
export async function getEntry(ctx: Ctx, id: string): Promise<ReceptionEntryDetail> {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadEntry(tx, actor, id);
    const [entry] = await presentEntries(tx, actor, ctx.locale, [loaded]);
    let identity = null;
    if (entry!.abilities.readIdentity) {
      const row = await identityRow(tx, id);
      if (row) {
        identity = openIdentity(secretsFor(ctx.config), row);
        if (row.isSealed) {
          await auditIdentityRead(tx, ctx, loaded.row, "view");
        }
      }
    }
    return { ...entry!, identity };
  });
}
