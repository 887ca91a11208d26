import type { ArchiveGround, PetitionDetail } from "@danvan/common";
import { asc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  agencies,
  dossiers,
  files,
  petitionEvents,
  petitions,
  ruleVersions,
  staff,
  units,
} from "../../db/schema";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { secretsFor } from "../../platform/secrets";
import { explanationIn } from "./deadlines";
import { extensionStates } from "./extensions";
import { followUpOf } from "./head-reports";
import { auditIdentityRead, identityOf, openIdentity } from "./identity";
import { type LoadedPetition, loadPetition } from "./internal";
import { canReadIdentity } from "./petition.policy";
import { presentPetitions } from "./petition.presenter";

async function nameOf(db: Db, table: typeof units | typeof agencies, id: string | null) {
  if (!id) {
    return null;
  }
  const [row] = await db.select({ id: table.id, name: table.name }).from(table).where(eq(table.id, id));
  return row ?? null;
}

async function dossierCodeOf(db: Db, id: string | null) {
  if (!id) {
    return null;
  }
  const [row] = await db
    .select({ id: dossiers.id, code: dossiers.code })
    .from(dossiers)
    .where(eq(dossiers.id, id));
  return row ?? null;
}

async function codeOf(db: Db, id: string | null) {
  if (!id) {
    return null;
  }
  const [row] = await db
    .select({ id: petitions.id, name: petitions.code })
    .from(petitions)
    .where(eq(petitions.id, id));
  return row ?? null;
}

async function resolveExtensionsOf(
  tx: Db,
  p: LoadedPetition["p"],
): Promise<PetitionDetail["resolveExtensions"]> {
  const state = (await extensionStates(tx, [p])).get(p.id);
  return state ? { used: state.used, max: state.max, maxDays: state.maxDays } : null;
}

/**
 * The full record. A sealed identity is opened only when `withIdentity` is asked and the actor may read
 * it, and that read is audited in the same transaction; otherwise it is masked.
 */
export async function petitionDetail(
  tx: Db,
  ctx: Ctx,
  loaded: LoadedPetition,
  opts: { withIdentity: boolean },
): Promise<PetitionDetail> {
  const actor = requireActor(ctx);
  const { p } = loaded;
  const [base] = await presentPetitions(tx, actor, ctx.locale, [loaded]);
  const events = await tx
    .select({ e: petitionEvents, actorName: staff.fullName })
    .from(petitionEvents)
    .leftJoin(staff, eq(staff.id, petitionEvents.actorId))
    .where(eq(petitionEvents.petitionId, p.id))
    .orderBy(asc(petitionEvents.createdAt), asc(petitionEvents.id));
  const fileIds = [...new Set(events.flatMap((r) => r.e.fileIds))];
  const fileRows = fileIds.length ? await tx.select().from(files).where(inArray(files.id, fileIds)) : [];
  const children = await tx
    .select({
      id: petitions.id,
      code: petitions.code,
      parentId: petitions.parentId,
      splitFromId: petitions.splitFromId,
    })
    .from(petitions)
    .where(
      or(
        eq(petitions.parentId, p.id),
        eq(petitions.splitFromId, p.id),
        eq(petitions.transferredFromId, p.id),
      ),
    );
  const ruleIds = [p.processRuleId, p.resolveRuleId].filter((x): x is string => !!x);
  const rules = ruleIds.length
    ? await tx
        .select({ id: ruleVersions.id, code: ruleVersions.code })
        .from(ruleVersions)
        .where(inArray(ruleVersions.id, ruleIds))
    : [];
  const ruleCode = (id: string | null) => rules.find((r) => r.id === id)?.code ?? null;
  const identityRow = await identityOf(tx, p.id);
  let identity: PetitionDetail["identity"] = null;
  let identityMasked = false;
  if (identityRow) {
    const allowed = canReadIdentity(actor, loaded.facts) && (!identityRow.isSealed || opts.withIdentity);
    identityMasked = !allowed;
    if (allowed) {
      identity = openIdentity(secretsFor(ctx.config), identityRow);
      if (identityRow.isSealed) {
        await auditIdentityRead(tx, ctx, p, "detail");
      }
    }
  }
  const target = p.targetAgencyId
    ? await nameOf(tx, agencies, p.targetAgencyId)
    : await nameOf(tx, units, p.targetUnitId);
  return {
    ...base!,
    content: p.content,
    hasOriginalDocuments: p.hasOriginalDocuments,
    source: p.sourceBody ? { bodyName: p.sourceBody, documentNo: p.sourceDocumentNo } : null,
    parent: await codeOf(tx, p.parentId),
    splitFrom: await codeOf(tx, p.splitFromId),
    transferredFrom: await codeOf(tx, p.transferredFromId),
    children: children.map((c) => ({
      id: c.id,
      code: c.code,
      relation: c.parentId === p.id ? "second_complaint" : c.splitFromId === p.id ? "split" : "transfer",
    })),
    classification:
      p.classifiedAt && p.eligible !== null && p.withinCompetence !== null
        ? {
            eligible: p.eligible,
            ineligibleReason: p.ineligibleReason,
            withinCompetence: p.withinCompetence,
            competentBody: p.competentBody,
            isMultiContent: p.isMultiContent,
            concernsProcedure: p.concernsProcedure,
            dossier: await dossierCodeOf(tx, p.dossierId),
          }
        : null,
    decision:
      p.decision && p.decisionDate
        ? {
            action: p.decision,
            date: p.decisionDate,
            documentNo: p.decisionNo,
            note: p.decisionNote,
            late: !!p.decisionLate,
            lateReason: p.lateReason,
            archiveGround: p.archiveGround as ArchiveGround | null,
            target,
            targetBodyName: p.targetBodyName,
          }
        : null,
    deadlines: {
      process: {
        due: p.processDue,
        ruleCode: ruleCode(p.processRuleId),
        ruleVersionId: p.processRuleId,
        explanation: explanationIn(p.processExplanation, ctx.locale),
      },
      resolve: p.resolveDue
        ? {
            due: p.resolveDue,
            ruleCode: ruleCode(p.resolveRuleId),
            ruleVersionId: p.resolveRuleId,
            explanation: explanationIn(p.resolveExplanation, ctx.locale),
          }
        : null,
    },
    resolveExtensions: await resolveExtensionsOf(tx, p),
    complexJustification: p.complexJustification,
    resolution:
      p.resolvedDate && p.answer
        ? {
            date: p.resolvedDate,
            documentNo: p.resolutionNo,
            answer: p.answer,
            onTime: !!p.resolvedOnTime,
            lateReason: p.resolutionLateReason,
          }
        : null,
    identity,
    identityMasked,
    events: events.map(({ e, actorName }) => ({
      id: e.id,
      type: e.type,
      actor: e.actorId ? { id: e.actorId, fullName: actorName ?? "" } : null,
      note: e.note,
      data: e.data,
      createdAt: e.createdAt.toISOString(),
      files: fileRows
        .filter((f) => e.fileIds.includes(f.id))
        .map((f) => ({ id: f.id, name: f.name, size: f.size, mime: f.mime })),
    })),
    followUp: (await followUpOf(tx, [p.id])).get(p.id)!,
  };
}

/** One petition with its timeline; the identity is shown (and its read audited) to who may read it. */
export async function getPetition(ctx: Ctx, id: string): Promise<PetitionDetail> {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) =>
    petitionDetail(tx, ctx, await loadPetition(tx, actor, id), { withIdentity: true }),
  );
}
