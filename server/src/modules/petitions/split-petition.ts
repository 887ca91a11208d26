import type { SplitPetitionInput } from "@danvan/common";
import { eq } from "drizzle-orm";
import { units } from "../../db/schema";
import type { Ctx } from "../../platform/context";
import { secretsFor } from "../../platform/secrets";
import { identityOf } from "./identity";
import { insertPetition } from "./insert-petition";
import { transitionPetition } from "./transition";

/**
 * Splits a petition with several contents into one petition per content (TT 07/2014, Mẫu 07-XLĐ). Each
 * part keeps the receipt date, the petitioner and the citizen's PIN; its processing deadline is the rule
 * for its own kind in force on the day of receipt.
 */
export function splitPetition(ctx: Ctx, id: string, input: SplitPetitionInput) {
  const secrets = secretsFor(ctx.config);
  const parts: { id: string; code: string; kind: string }[] = [];
  return transitionPetition(ctx, id, {
    ability: "split",
    verb: "split",
    note: input.note ?? null,
    eventData: () => ({ parts }),
    update: async ({ p }, tx) => {
      const [unit] = await tx.select().from(units).where(eq(units.id, p.unitId));
      const identity = await identityOf(tx, p.id);
      for (const part of input.parts) {
        const { row } = await insertPetition(tx, ctx, secrets, {
          unit: unit!,
          kind: part.kind,
          channel: p.channel,
          receivedDate: p.receivedDate,
          summary: part.summary,
          content: part.content,
          signerCount: p.signerCount,
          hasOriginalDocuments: p.hasOriginalDocuments,
          petitioner: { copy: identity },
          splitFromId: p.id,
          source: p.sourceBody ? { bodyName: p.sourceBody, documentNo: p.sourceDocumentNo } : undefined,
          pinHash: p.pinHash,
          action: "petitions.split-part",
        });
        parts.push({ id: row.id, code: row.code, kind: row.kind });
      }
      return { status: "split", currentDue: null };
    },
  });
}
