import type { DecidePetitionInput } from "@danvan/common";
import type { Db } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { secretsFor } from "../../platform/secrets";
import { dueByRules, resolveRuleCodes } from "./deadlines";
import { identityOf } from "./identity";
import { insertPetition } from "./insert-petition";
import {
  agencyOrInvalid,
  decisionDateOf,
  type LoadedPetition,
  type PetitionRow,
  unitOrInvalid,
} from "./internal";
import { notifyPetitioner, trackingLink } from "./notify";
import { assertOnceOnly } from "./once-only";
import { transitionPetition } from "./transition";

type Transfer = Extract<DecidePetitionInput, { action: "transfer" }>;

async function targetsOf(tx: Db, input: { targetUnitId?: string; targetAgencyId?: string }) {
  const unit = input.targetUnitId ? await unitOrInvalid(tx, input.targetUnitId, "targetUnitId") : null;
  const agency = input.targetAgencyId
    ? await agencyOrInvalid(tx, input.targetAgencyId, "targetAgencyId")
    : null;
  if (unit && agency && agency.a.unitId !== unit.id) {
    throw invalid("targetAgencyId", "agencyOutsideUnit");
  }
  return { unit, agency };
}

/** The receiving body registers the petition as its own, with the citizen's PIN, on the transfer date. */
async function transferCopy(
  tx: Db,
  ctx: Ctx,
  { p, unitName }: LoadedPetition,
  input: Transfer,
  date: string,
) {
  const { unit } = await targetsOf(tx, input);
  if (unit!.id === p.unitId) {
    throw invalid("targetUnitId", "petitionTargetUnknown");
  }
  const secrets = secretsFor(ctx.config);
  await insertPetition(tx, ctx, secrets, {
    unit: unit!,
    kind: p.kind,
    round: p.round,
    channel: "transfer",
    receivedDate: date,
    summary: p.summary,
    content: p.content,
    signerCount: p.signerCount,
    hasOriginalDocuments: p.hasOriginalDocuments,
    petitioner: { copy: await identityOf(tx, p.id) },
    transferredFromId: p.id,
    source: { bodyName: unitName, documentNo: input.decisionNo ?? null },
    pinHash: p.pinHash,
    receivedBy: null,
    action: "petitions.transfer-in",
  });
}

const NOTICE: Record<DecidePetitionInput["action"], string> = {
  accept: "đã được thụ lý giải quyết",
  guide: "đã được hướng dẫn gửi đến cơ quan có thẩm quyền",
  transfer: "đã được chuyển đến cơ quan có thẩm quyền",
  archive: "đã được xử lý (lưu đơn)",
};

/**
 * Decides within the processing limit: accept (the resolution deadline comes from the rule in force on
 * the decision date for the kind and round, with the complex flag and the unit's remote-area flag), guide
 * or transfer (once only), or archive with a legal ground. Past the processing deadline a reason is required.
 */
export function decidePetition(ctx: Ctx, id: string, input: DecidePetitionInput) {
  const secrets = secretsFor(ctx.config);
  return transitionPetition(ctx, id, {
    ability: "decide",
    verb: "decide",
    event: input.action,
    note: input.note ?? (input.action === "guide" ? input.guidance : null),
    data: { action: input.action },
    update: async (loaded, tx) => {
      const { p } = loaded;
      const date = decisionDateOf(p, input.decisionDate);
      const late = date > p.processDue;
      if (late && !input.lateReason) {
        throw invalid("lateReason", "petitionLateReasonRequired");
      }
      if (p.status === "information" && (input.action === "accept" || input.action === "guide")) {
        throw invalid("action", "petitionAnonymousDenunciation");
      }
      if ((input.action === "guide" || input.action === "transfer") && p.withinCompetence !== false) {
        throw invalid("action", "petitionWithinCompetence");
      }
      const base = {
        decision: input.action,
        decisionDate: date,
        decisionNo: input.decisionNo ?? null,
        decisionNote: input.note ?? null,
        decidedBy: ctx.actor?.id ?? null,
        decisionLate: late,
        lateReason: input.lateReason ?? null,
        currentDue: null,
      };
      switch (input.action) {
        case "accept": {
          if (!p.eligible || !p.withinCompetence) {
            throw invalid("action", "petitionNotAcceptable");
          }
          if (input.complex && !input.complexJustification) {
            throw invalid("complexJustification", "required");
          }
          const due = await dueByRules(
            tx,
            resolveRuleCodes(p.kind, p.round),
            {
              from: date,
              unitId: p.unitId,
              complex: input.complex,
              justification: input.complexJustification,
            },
            ctx.locale,
          );
          return {
            ...base,
            status: "accepted",
            acceptedDate: date,
            resolveDue: due.due,
            resolveRuleId: due.ruleId,
            resolveExplanation: due.explanation,
            isComplex: input.complex,
            complexJustification: input.complex ? (input.complexJustification ?? null) : null,
            currentDue: due.due,
          };
        }
        case "guide": {
          await assertOnceOnly(tx, p, date);
          const { unit, agency } = await targetsOf(tx, input);
          return {
            ...base,
            status: "guided",
            decisionNote: input.guidance,
            targetUnitId: unit?.id ?? agency?.a.unitId ?? null,
            targetAgencyId: agency?.a.id ?? null,
            targetBodyName: input.targetBodyName ?? null,
          };
        }
        case "transfer": {
          await assertOnceOnly(tx, p, date);
          await transferCopy(tx, ctx, loaded, input, date);
          return {
            ...base,
            status: "transferred",
            targetUnitId: input.targetUnitId,
            targetAgencyId: input.targetAgencyId ?? null,
          };
        }
        case "archive":
          return { ...base, status: "archived", archiveGround: input.ground, decisionNote: input.note };
      }
    },
    after: async (updated: PetitionRow, tx) => {
      const due = updated.status === "accepted" ? ` Hạn giải quyết: ${updated.resolveDue}.` : "";
      await notifyPetitioner(tx, secrets, updated.id, {
        subject: `Đơn ${updated.code} ${NOTICE[input.action]}`,
        body: `Đơn ${updated.code} ${NOTICE[input.action]} ngày ${updated.decisionDate}.${due}`,
        link: trackingLink(updated.code),
      });
    },
  });
}
