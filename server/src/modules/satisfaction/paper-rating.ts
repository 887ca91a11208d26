import type { PaperRatingForm, PaperRatingInput, PaperRatingResult } from "@danvan/common";
import type { Db } from "../../db/client";
import { units } from "../../db/schema";
import { type Actor, type Ctx, requireActor, withTransaction } from "../../platform/context";
import { conflict } from "../../platform/errors";
import { inScope } from "../../platform/scope";
import { formOf, interactionByToken } from "./internal";
import { writeRating } from "./rate";

/**
 * The interaction a paper invitation's token opens, among the units where the officer works the counter;
 * another unit's paper answers like an unknown one. A rated interaction is closed to paper: the token
 * votes once, whatever the channel.
 */
async function paperInteraction(db: Db, actor: Actor, token: string, forUpdate: boolean) {
  const row = await interactionByToken(
    db,
    token,
    forUpdate,
    inScope(units.path, actor, "satisfaction.kiosk"),
  );
  if (row.i.ratedAt) {
    throw conflict("ratingAlreadyGiven");
  }
  return row;
}

/** What the officer checks against the paper before transcribing it. */
export async function paperRatingForm(db: Db, actor: Actor, token: string): Promise<PaperRatingForm> {
  const row = await paperInteraction(db, actor, token, false);
  return { ...(await formOf(db, row)), unitId: row.i.unitId };
}

/** Records a filled paper invitation as the citizen's rating, channel `paper`, entered by the officer. */
export async function enterPaperRating(ctx: Ctx, input: PaperRatingInput): Promise<PaperRatingResult> {
  const actor = requireActor(ctx);
  const { token, ...answers } = input;
  return withTransaction(ctx, async (tx) => {
    const row = await paperInteraction(tx, actor, token, true);
    const { id } = await writeRating(tx, ctx, row, answers, { channel: "paper", enteredBy: actor.id });
    return { id, channel: "paper", enteredBy: actor.id };
  });
}
