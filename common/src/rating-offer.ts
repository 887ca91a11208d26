import { z } from "zod";

/**
 * The rating a public status page offers once the interaction is finished, only to someone who proved the
 * tracking code and PIN: `open` carries the path of the rating form, `rated` and `expired` carry none.
 */
export const RatingOffer = z.object({
  status: z.enum(["open", "rated", "expired"]),
  path: z.string().nullable(),
  expiresAt: z.string(),
  ratedAt: z.string().nullable(),
});
export type RatingOffer = z.infer<typeof RatingOffer>;
