import type { Ctx } from "../../platform/context";
import { checkAttachments } from "./internal";
import { transitionPetition } from "./transition";

/** A progress note on the timeline (verification, dialogue, minutes), with files. */
export function addPetitionNote(ctx: Ctx, id: string, input: { note: string; attachments: string[] }) {
  const fileIds: string[] = [];
  return transitionPetition(ctx, id, {
    ability: "note",
    verb: "note",
    note: input.note,
    fileIds,
    update: async (_loaded, tx) => {
      fileIds.push(...(await checkAttachments(tx, ctx.actor!.id, input.attachments)));
      return {};
    },
  });
}
