import { createHash, randomBytes, randomInt } from "node:crypto";
import { CONSULTATION_LIMITS } from "@danvan/common";
import { and, count, eq, gt, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { householdMembers, households, residentVerifications } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { AppError, forbidden, invalid } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { enqueueMessage } from "../../platform/outbox";
import { secretsFor } from "../../platform/secrets";
import { canManageConsultations } from "./consultation.policy";
import { normalizePhone } from "./household-table";
import { inAreas, isConcerned, loadConsultation, loadPublished } from "./internal";

const TOKEN_DAYS = 30;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const minutesFromNow = (m: number) => new Date(Date.now() + m * 60_000);

function issueToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token), expiresAt: minutesFromNow(TOKEN_DAYS * 24 * 60) };
}

/**
 * A resident asks for a one-time code: the household code and the phone in the register must match;
 * the code goes by SMS through the outbox and only its keyed hash is kept.
 */
export async function requestCode(ctx: Ctx, id: string, input: { householdCode: string; phone: string }) {
  const secrets = secretsFor(ctx.config);
  return withTransaction(ctx, async (tx) => {
    const { c } = await loadPublished(tx, id);
    const phone = normalizePhone(input.phone);
    const [household] = await tx
      .select({ id: households.id })
      .from(households)
      .where(
        and(
          eq(households.code, input.householdCode),
          eq(households.phoneIndex, secrets.blindIndex(phone) ?? ""),
          eq(households.isActive, true),
          inAreas(c.id),
        ),
      )
      .limit(1);
    if (!household) {
      throw invalid("phone", "consultationHouseholdMismatch");
    }
    const [recent] = await tx
      .select({ n: count() })
      .from(residentVerifications)
      .where(
        and(
          eq(residentVerifications.householdId, household.id),
          eq(residentVerifications.method, "sms"),
          gt(residentVerifications.createdAt, minutesFromNow(-60)),
        ),
      );
    if (Number(recent?.n ?? 0) >= CONSULTATION_LIMITS.codesPerHour) {
      throw new AppError("RATE_LIMITED", "rateLimited");
    }
    const verificationId = newId();
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    const expiresAt = minutesFromNow(CONSULTATION_LIMITS.codeMinutes);
    await tx.insert(residentVerifications).values({
      id: verificationId,
      consultationId: c.id,
      householdId: household.id,
      method: "sms",
      codeHash: secrets.pinHash(`${verificationId}:${code}`),
      expiresAt,
    });
    await enqueueMessage(tx, "sms", phone, {
      subject: `Mã xác thực ${c.code}`,
      body: `Mã xác thực tham gia lấy ý kiến "${c.title.slice(0, 60)}": ${code}. Hiệu lực ${CONSULTATION_LIMITS.codeMinutes} phút. Không chia sẻ mã này.`,
    });
    return { verificationId, expiresAt: expiresAt.toISOString() };
  });
}

/** Checks the code (a few attempts, a few minutes); a match gives the household a voter token. */
export async function confirmCode(ctx: Ctx, id: string, verificationId: string, code: string) {
  const secrets = secretsFor(ctx.config);
  const outcome = await withTransaction(ctx, async (tx) => {
    await loadPublished(tx, id);
    const [v] = await tx
      .select()
      .from(residentVerifications)
      .where(and(eq(residentVerifications.id, verificationId), eq(residentVerifications.consultationId, id)))
      .for("update");
    const usable =
      v &&
      v.method === "sms" &&
      !v.verifiedAt &&
      v.expiresAt > new Date() &&
      v.attempts < CONSULTATION_LIMITS.codeAttempts;
    if (!usable || !v.codeHash) {
      return null;
    }
    if (!secrets.pinMatches(`${v.id}:${code}`, v.codeHash)) {
      await tx
        .update(residentVerifications)
        .set({ attempts: sql`${residentVerifications.attempts} + 1` })
        .where(eq(residentVerifications.id, v.id));
      return null;
    }
    const issued = issueToken();
    await tx
      .update(residentVerifications)
      .set({
        verifiedAt: new Date(),
        tokenHash: issued.tokenHash,
        expiresAt: issued.expiresAt,
        codeHash: null,
      })
      .where(eq(residentVerifications.id, v.id));
    return { token: issued.token, expiresAt: issued.expiresAt.toISOString() };
  });
  if (!outcome) {
    throw invalid("code", "consultationCodeWrong");
  }
  return outcome;
}

/**
 * An officer checks the representative in person (e.g. at the meeting) against an identity document, notes
 * which one in the audit trail, and hands over a voter token.
 */
export async function officerVerify(
  ctx: Ctx,
  id: string,
  householdId: string,
  input: { memberId?: string; documentNote: string },
) {
  const { memberId, documentNote } = input;
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const { c, unitPath } = await loadConsultation(tx, actor, id);
    if (!canManageConsultations(actor, unitPath)) {
      throw forbidden();
    }
    if (!(await isConcerned(tx, c.id, householdId))) {
      throw invalid("householdId", "consultationHouseholdOutsideArea");
    }
    if (memberId) {
      const [m] = await tx
        .select({ id: householdMembers.id })
        .from(householdMembers)
        .where(and(eq(householdMembers.id, memberId), eq(householdMembers.householdId, householdId)));
      if (!m) {
        throw invalid("memberId", "notFound");
      }
    }
    const issued = issueToken();
    const vid = newId();
    await tx.insert(residentVerifications).values({
      id: vid,
      consultationId: c.id,
      householdId,
      memberId: memberId ?? null,
      method: "officer",
      verifiedAt: new Date(),
      verifiedBy: actor.id,
      tokenHash: issued.tokenHash,
      expiresAt: issued.expiresAt,
    });
    await recordAudit(tx, ctx, {
      action: "consultations.verify-resident",
      entityType: "consultation",
      entityId: c.id,
      unitId: c.unitId,
      after: {
        verificationId: vid,
        householdId,
        memberId: memberId ?? null,
        method: "officer",
        documentNote,
      },
    });
    return { token: issued.token, expiresAt: issued.expiresAt.toISOString() };
  });
}

/** The verified resident behind a voter token, still inside the consultation's area; else 403. */
export async function resolveVoter(tx: Db, consultationId: string, token: string | undefined) {
  const fail = () => new AppError("FORBIDDEN", "consultationVoterNotVerified");
  if (!token || token.length > 100) {
    throw fail();
  }
  const [v] = await tx
    .select()
    .from(residentVerifications)
    .where(
      and(
        eq(residentVerifications.tokenHash, hashToken(token)),
        eq(residentVerifications.consultationId, consultationId),
        isNotNull(residentVerifications.verifiedAt),
        gt(residentVerifications.expiresAt, new Date()),
      ),
    );
  if (!v || !(await isConcerned(tx, consultationId, v.householdId))) {
    throw fail();
  }
  return { verificationId: v.id, householdId: v.householdId, memberId: v.memberId };
}
