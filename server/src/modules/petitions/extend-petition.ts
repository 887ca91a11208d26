import type { ExtendPetitionInput } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { AppError, invalid } from "../../platform/errors";
import { secretsFor } from "../../platform/secrets";
import { extendedDue, type StoredExtension } from "./deadlines";
import { extensionStates, extensionsOf } from "./extensions";
import { decisionDateOf } from "./internal";
import { notifyPetitioner, trackingLink } from "./notify";
import { transitionPetition } from "./transition";

/** A 409 naming the extension as the field refused, with the rule in the message. */
const refuse = (
  key: "petitionExtensionNone" | "petitionExtensionLimit",
  params: Record<string, string | number>,
) => new AppError("CONFLICT", key, [{ path: "extension", message: `${key}.field` }], params);

/**
 * Extends the resolution time of an accepted case by a written decision of the head, as far as the rule
 * version its deadline came from allows (Luật Tố cáo 2018 Đ.30 k.1: 30 days, extended once by up to 30 for
 * a complex case, twice for an especially complex one). A complaint's longer time comes from the complex
 * flag at acceptance instead, so its rules allow none. The new due date is recomputed by the engine.
 */
export function extendPetition(ctx: Ctx, id: string, input: ExtendPetitionInput) {
  const secrets = secretsFor(ctx.config);
  let data: StoredExtension & { extension: number; previousDue: string | null; due: string };
  return transitionPetition(ctx, id, {
    ability: "extend",
    verb: "extend",
    note: input.reason,
    update: async ({ p }, tx) => {
      const state = (await extensionStates(tx, [p])).get(p.id);
      if (!state || !p.acceptedDate || !p.resolveRuleId) {
        throw refuse("petitionExtensionNone", { code: "—" });
      }
      if (state.max === 0) {
        throw refuse("petitionExtensionNone", { code: state.ruleCode });
      }
      if (state.used >= state.max) {
        throw refuse("petitionExtensionLimit", { max: state.max, code: state.ruleCode });
      }
      const previous = (await extensionsOf(tx, [p.id])).get(p.id) ?? [];
      const date = decisionDateOf(p, input.decisionDate);
      const earliest = previous.at(-1)?.decisionDate ?? p.acceptedDate;
      if (date < earliest) {
        throw invalid("decisionDate", "petitionDateOutOfRange");
      }
      const days = input.days ?? state.maxDays;
      if (days === null) {
        throw invalid("days", "required");
      }
      if (state.maxDays !== null && days > state.maxDays) {
        throw invalid("days", "petitionExtensionTooLong");
      }
      const extension = { days, decisionNo: input.decisionNo, decisionDate: date };
      const due = await extendedDue(
        tx,
        { ...p, acceptedDate: p.acceptedDate, resolveRuleId: p.resolveRuleId },
        [...previous, extension],
      );
      data = { ...extension, extension: previous.length + 1, previousDue: p.resolveDue, due: due.due };
      return { resolveDue: due.due, resolveExplanation: due.explanation, currentDue: due.due };
    },
    eventData: () => data,
    after: async (p, tx) => {
      await notifyPetitioner(tx, secrets, p.id, {
        subject: `Đơn ${p.code}: gia hạn thời hạn giải quyết`,
        body: `Thời hạn giải quyết đơn ${p.code} được gia hạn đến ngày ${p.resolveDue} theo quyết định số ${input.decisionNo}.`,
        link: trackingLink(p.code),
      });
    },
  });
}
