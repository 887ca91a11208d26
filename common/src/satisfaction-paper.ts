import { z } from "zod";
import { RateInput, RatingForm, Token } from "./satisfaction";

/** An officer transcribes a citizen's filled paper invitation: its token plus what the citizen ticked. */
export const PaperRatingInput = RateInput.extend({ token: Token });
export type PaperRatingInput = z.infer<typeof PaperRatingInput>;

/** What the officer checks before transcribing: the interaction the paper's token opens. */
export const PaperRatingForm = RatingForm.extend({ unitId: z.string() });
export type PaperRatingForm = z.infer<typeof PaperRatingForm>;

export const PaperRatingResult = z.object({
  id: z.string(),
  channel: z.literal("paper"),
  enteredBy: z.string(),
});
export type PaperRatingResult = z.infer<typeof PaperRatingResult>;

export const SATISFACTION_PAPER_MESSAGES = {
  ratingAlreadyGiven: {
    vi: "Việc này đã được đánh giá; mỗi phiếu chỉ được ghi nhận một lần",
    en: "This service was already rated; a form is recorded only once",
  },
} as const;
