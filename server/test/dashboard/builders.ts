import type { SatisfactionLevel } from "@danvan/common";
import { eq } from "drizzle-orm";
import type { Db } from "../../src/db/client";
import {
  dossiers,
  petitions,
  procedures,
  ratingInteractions,
  ratings,
  receptionEntries,
  receptionSessions,
  staff,
  tasks,
} from "../../src/db/schema";
import { rebuildSatisfactionRollup } from "../../src/modules/satisfaction/rollup";
import { newId } from "../../src/platform/ids";

let seq = 0;
const next = () => ++seq;

/** A rating written straight into the tables (the rollup is recounted by `finishRatings`). */
export async function buildRating(
  db: Db,
  o: {
    unitId: string;
    date: string;
    level: SatisfactionLevel;
    officerId?: string | null;
    agencyId?: string | null;
    followUp?: "none" | "open" | "answered";
  },
) {
  const n = next();
  const at = new Date(`${o.date}T03:00:00Z`);
  const interactionId = newId();
  await db.insert(ratingInteractions).values({
    id: interactionId,
    kind: "dossier",
    refId: newId(),
    label: `DB-${n}`,
    unitId: o.unitId,
    officerId: o.officerId ?? null,
    agencyId: o.agencyId ?? null,
    procedureName: "Đăng ký khai sinh",
    finishedAt: at,
    tokenHash: `hash-${n}-${newId()}`,
    expiresAt: new Date(at.getTime() + 30 * 86_400_000),
    ratedAt: at,
  });
  await db.insert(ratings).values({
    id: newId(),
    interactionId,
    unitId: o.unitId,
    officerId: o.officerId ?? null,
    agencyId: o.agencyId ?? null,
    procedureName: "Đăng ký khai sinh",
    kind: "dossier",
    channel: "kiosk",
    level: o.level,
    ratedDate: o.date,
    ratedAt: at,
    editableUntil: new Date(at.getTime() + 86_400_000),
    followUpStatus: o.followUp ?? "none",
  });
}

export const finishRatings = (db: Db) => rebuildSatisfactionRollup(db);

export async function buildProcedure(db: Db, unitId: string) {
  const id = newId();
  await db.insert(procedures).values({
    id,
    unitId,
    code: `P${next()}`,
    name: "Chứng thực bản sao",
    field: "chung_thuc",
    level: "commune",
    processingDays: 1,
    documents: [],
    onlineLevel: "none",
    steps: [],
    resultDocument: "Bản sao",
    effectiveFrom: "2020-01-01",
  });
  return id;
}

/** A dossier whose result was returned on `returned`, with the timeliness stored when it was ready. */
export async function buildReturnedDossier(
  db: Db,
  o: {
    unitId: string;
    procedureId: string;
    returned: string;
    timeliness: "early" | "on_time" | "late";
    handlerId?: string | null;
  },
) {
  await db.insert(dossiers).values({
    id: newId(),
    code: `HS-${next()}`,
    unitId: o.unitId,
    procedureId: o.procedureId,
    processingDays: 1,
    channel: "counter",
    status: "returned",
    applicantKind: "person",
    applicantName: "Nguyễn Văn A",
    filedDate: o.returned,
    receivedDate: o.returned,
    handlerId: o.handlerId ?? null,
    timeliness: o.timeliness,
    resultReadyDate: o.returned,
    returnedDate: o.returned,
    pinHash: "x",
  });
}

export async function buildPetition(
  db: Db,
  o: { unitId: string; accepted: string; resolved?: string; onTime?: boolean; due: string },
) {
  await db.insert(petitions).values({
    id: newId(),
    code: `DKN-${next()}`,
    unitId: o.unitId,
    kind: "recommendation",
    channel: "online",
    receivedDate: o.accepted,
    summary: "Kiến nghị sửa đường",
    content: "Đề nghị sửa đường liên thôn",
    status: o.resolved ? "resolved" : "accepted",
    processDue: o.accepted,
    acceptedDate: o.accepted,
    resolvedDate: o.resolved ?? null,
    resolvedOnTime: o.resolved ? (o.onTime ?? true) : null,
    currentDue: o.due,
    pinHash: "x",
  });
}

/** A reception session with one entry per group size given (1 = one citizen). */
export async function buildSession(
  db: Db,
  o: { unitId: string; date: string; status?: string; people: number[] },
) {
  const id = newId();
  await db.insert(receptionSessions).values({
    id,
    code: `TCD-${next()}`,
    unitId: o.unitId,
    type: "regular",
    status: o.status ?? "held",
    date: o.date,
    startTime: "08:00",
    endTime: "11:00",
    place: "Trụ sở",
  });
  let i = 0;
  for (const p of o.people) {
    i += 1;
    await db.insert(receptionEntries).values({
      id: newId(),
      sessionId: id,
      unitId: o.unitId,
      seq: i,
      date: o.date,
      kind: "recommendation",
      peopleCount: p,
      isGroup: p >= 5,
      summary: "Kiến nghị",
      withinCompetence: true,
      outcome: "answered",
    });
  }
}

export async function buildTask(
  db: Db,
  o: { unitId: string; assigneeId: string; due: string; status?: string },
) {
  await db.insert(tasks).values({
    id: newId(),
    code: `NV-${next()}`,
    title: "Sửa đường",
    unitId: o.unitId,
    assigneeId: o.assigneeId,
    directorId: o.assigneeId,
    dueDate: o.due,
    originalDueDate: o.due,
    deliverable: "Báo cáo",
    sourceType: "direct",
    status: o.status ?? "in_progress",
    completedOnTime: o.status === "done" ? true : null,
  });
}

export async function setAgency(db: Db, staffId: string, agencyId: string) {
  await db.update(staff).set({ agencyId }).where(eq(staff.id, staffId));
}
