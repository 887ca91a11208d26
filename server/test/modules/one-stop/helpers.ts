import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { Db } from "../../../src/db/client";
import { dossiers } from "../../../src/db/schema";
import { ensureDefaultRules } from "../../../src/modules/calendar/ensure-default-rules";
import { todayVn } from "../../../src/modules/tasks/internal";
import {
  buildAgency,
  buildPerson,
  buildStaff,
  buildUnit,
  call,
  type Session,
  signInFresh,
} from "../../support/factories";
import { createTestApp, type TestApp } from "../../support/harness";

export { todayVn };

export const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * A test app with the shipped rules and a data directory for the PIN key. It trusts X-Forwarded-For, as
 * behind the production proxy, so each test can act as its own client under the per-address limits.
 */
export async function oneStopApp(): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "danvan-onestop-"));
  const t = await createTestApp({ dataDir, trustProxy: true });
  await ensureDefaultRules(t.db);
  const close = async () => {
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { ...t, close };
}

let counter = 0;

/**
 * A province with communes A and B. A has a clerk, two handlers, a leader and a department; B a clerk
 * and a handler; the province an admin and an inspector. Another province has its own admin.
 */
export async function buildWorld(t: TestApp) {
  counter += 1;
  const province = await buildUnit(t.db, { type: "tinh", code: `OP${counter}` });
  const a = await buildUnit(t.db, { parentId: province.id, type: "xa", code: `OA${counter}` });
  const b = await buildUnit(t.db, { parentId: province.id, type: "xa", code: `OB${counter}` });
  const other = await buildUnit(t.db, { type: "tinh", code: `OX${counter}` });
  const deptA = await buildAgency(t.db, a.id, { name: "Công chức Tư pháp - Hộ tịch" });
  const landP = await buildAgency(t.db, province.id, { name: "Văn phòng Đăng ký đất đai" });
  const foreign = await buildAgency(t.db, other.id, { name: "Cơ quan tỉnh khác" });
  const people = {
    admin: await buildStaff(t.db, { unitId: province.id, roles: ["admin"] }),
    adminOther: await buildStaff(t.db, { unitId: other.id, roles: ["admin"] }),
    inspector: await buildStaff(t.db, { unitId: province.id, roles: ["inspector"] }),
    clerkA: await buildStaff(t.db, { unitId: a.id, roles: ["clerk"], fullName: "Phạm Một Cửa" }),
    handlerA: await buildStaff(t.db, { unitId: a.id, roles: ["handler"], fullName: "Hoàng Xử Lý" }),
    handler2A: await buildStaff(t.db, { unitId: a.id, roles: ["handler"], fullName: "Phan Thẩm Định" }),
    leaderA: await buildStaff(t.db, { unitId: a.id, roles: ["leader"], fullName: "Trần Chủ Tịch" }),
    clerkB: await buildStaff(t.db, { unitId: b.id, roles: ["clerk"] }),
    handlerB: await buildStaff(t.db, { unitId: b.id, roles: ["handler"] }),
  };
  const as = {} as Record<keyof typeof people, Session>;
  for (const [k, s] of Object.entries(people)) {
    as[k as keyof typeof people] = await signInFresh(t, s.username);
  }
  const applicant = await buildPerson(t.db, a.id, { name: "Nguyễn Văn Dân" });
  return { province, a, b, other, deptA, landP, foreign, people, as, applicant };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

export function procedureBody(unitId: string, over: Record<string, unknown> = {}) {
  counter += 1;
  return {
    unitId,
    code: `1.00${1000 + counter}`,
    name: `Đăng ký biến động quyền sử dụng đất ${counter}`,
    field: "Đất đai",
    level: "commune",
    processingDays: 10,
    fees: [{ label: "Lệ phí", amount: 30000 }],
    documents: [
      { key: "don", name: "Đơn đăng ký biến động", originals: 1, copies: 0, required: true },
      { key: "gcn", name: "Bản gốc Giấy chứng nhận", originals: 1, copies: 0, required: true },
      { key: "uq", name: "Giấy ủy quyền (nếu có)", originals: 1, copies: 0, required: false },
    ],
    onlineLevel: "partial",
    steps: [
      { name: "Thẩm định hồ sơ", agencyId: null, days: 6 },
      { name: "Lãnh đạo xem xét", agencyId: null, days: 3 },
    ],
    resultDocument: "Giấy chứng nhận đã chỉnh lý",
    legalBasis: "Luật Đất đai 2024",
    effectiveFrom: "2024-08-01",
    ...over,
  };
}

export async function createProcedure(t: TestApp, w: World, over: Record<string, unknown> = {}) {
  const res = await call(t, "POST", "/api/v1/onestop/procedures", {
    session: w.as.admin,
    body: procedureBody(w.a.id, over),
  });
  if (res.status !== 201) {
    throw new Error(`procedure failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body as { id: string; code: string; processingDays: number };
}

export const fullDocs = [
  { key: "don", form: "original", count: 1 },
  { key: "gcn", form: "original", count: 1 },
];

/** Files at the counter of commune A; returns the dossier detail and the PIN. */
export async function fileAtCounter(
  t: TestApp,
  w: World,
  procedureId: string,
  documents: unknown[] = fullDocs,
) {
  const res = await call(t, "POST", "/api/v1/onestop/dossiers", {
    session: w.as.clerkA,
    body: { procedureId, applicantId: w.applicant.id, documents },
  });
  if (res.status !== 201) {
    throw new Error(`filing failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body as { dossier: { id: string; code: string } & Record<string, unknown>; pin: string };
}

export function act(t: TestApp, s: Session, id: string, verb: string, body: unknown = {}) {
  return call(t, "POST", `/api/v1/onestop/dossiers/${id}/${verb}`, { session: s, body });
}

/** A dossier of commune A received today and in processing at step 1 with handler A. */
export async function processingDossier(t: TestApp, w: World, procedureId: string) {
  const { dossier, pin } = await fileAtCounter(t, w, procedureId);
  await must(act(t, w.as.clerkA, dossier.id, "receive"));
  await must(act(t, w.as.clerkA, dossier.id, "start-processing", { handlerId: w.people.handlerA.id }));
  return { id: dossier.id, code: dossier.code, pin };
}

export async function must<T extends { status: number; body: unknown }>(p: Promise<T>, status = 200) {
  const res = await p;
  if (res.status !== status) {
    throw new Error(`expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res;
}

/** Sets stored columns directly, for dates the API would refuse (a dossier received long ago). */
export async function patchDossier(db: Db, id: string, values: Partial<typeof dossiers.$inferInsert>) {
  await db.update(dossiers).set(values).where(eq(dossiers.id, id));
}
