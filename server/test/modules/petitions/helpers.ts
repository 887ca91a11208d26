import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { Db } from "../../../src/db/client";
import { auditEvents, petitions, units } from "../../../src/db/schema";
import { ensureDefaultRules } from "../../../src/modules/calendar/ensure-default-rules";
import { todayVn } from "../../../src/modules/tasks/internal";
import { buildAgency, buildStaff, buildUnit, call, type Session, signInFresh } from "../../support/factories";
import { createTestApp, type TestApp } from "../../support/harness";

export { todayVn };

export const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A test app whose secret key file lives in a temporary data directory. */
export async function petitionApp(): Promise<TestApp & { dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "danvan-petitions-"));
  const t = await createTestApp({ dataDir });
  await ensureDefaultRules(t.db);
  const close = async () => {
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { ...t, dataDir, close };
}

let counter = 0;

/**
 * A province with two communes. Commune A has a reception officer, a leader (the head), two handlers
 * in an agency; commune B a reception officer and a leader; the province an inspector and an admin.
 */
export async function buildWorld(t: TestApp, opts: { remote?: boolean } = {}) {
  counter += 1;
  const province = await buildUnit(t.db, { type: "tinh", code: `P${counter}` });
  const a = await buildUnit(t.db, { parentId: province.id, type: "xa", code: `XA${counter}` });
  const b = await buildUnit(t.db, { parentId: province.id, type: "xa", code: `XB${counter}` });
  if (opts.remote) {
    await t.db.update(units).set({ isRemote: true }).where(eq(units.id, a.id));
  }
  const agencyA = await buildAgency(t.db, a.id, { name: "Phòng Kinh tế xã A" });
  const agencyB = await buildAgency(t.db, b.id, { name: "Phòng Kinh tế xã B" });
  const people = {
    receptionA: await buildStaff(t.db, { unitId: a.id, roles: ["reception"], fullName: "Lê Tiếp Nhận" }),
    leaderA: await buildStaff(t.db, { unitId: a.id, roles: ["leader"], fullName: "Trần Chủ Tịch" }),
    handlerA: await buildStaff(t.db, { unitId: a.id, roles: ["handler"], fullName: "Hoàng Xử Lý" }),
    handler2A: await buildStaff(t.db, { unitId: a.id, roles: ["handler"], fullName: "Phan Chuyên Viên" }),
    receptionB: await buildStaff(t.db, { unitId: b.id, roles: ["reception"] }),
    leaderB: await buildStaff(t.db, { unitId: b.id, roles: ["leader"] }),
    inspector: await buildStaff(t.db, { unitId: province.id, roles: ["inspector"] }),
    leaderP: await buildStaff(t.db, { unitId: province.id, roles: ["leader"] }),
    receptionP: await buildStaff(t.db, { unitId: province.id, roles: ["reception"] }),
    admin: await buildStaff(t.db, { unitId: province.id, roles: ["admin"] }),
  };
  const as = {} as Record<keyof typeof people, Session>;
  for (const [k, s] of Object.entries(people)) {
    as[k as keyof typeof people] = await signInFresh(t, s.username);
  }
  return { province, a, b, agencyA, agencyB, people, as };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

export function intakeBody(unitId: string, over: Record<string, unknown> = {}) {
  counter += 1;
  return {
    unitId,
    channel: "reception",
    receivedDate: todayVn(),
    kind: "complaint",
    summary: `Khiếu nại về việc cấp giấy chứng nhận quyền sử dụng đất số ${counter}`,
    content: `Tôi khiếu nại quyết định số ${counter}/QĐ-UBND về việc thu hồi đất ruộng lúa tại cánh đồng Bàu Sen, xóm ${counter}, chưa bồi thường thỏa đáng.`,
    petitioner: {
      fullName: `Nguyễn Văn Khiếu ${counter}`,
      personalId: `0400850${String(10000 + counter).slice(-5)}`,
      address: `Xóm ${counter}, xã A, Nghệ An`,
      phone: "0912345678",
      email: `cong.dan${counter}@example.vn`,
    },
    ...over,
  };
}

/** Intake through the API; returns the 201 body ({ petition, pin }). */
/** The body of an online filing (the public API): a staff intake's body without channel and date. */
export function publicBody(unitId: string, over: Record<string, unknown> = {}) {
  const { channel: _c, receivedDate: _r, ...rest } = intakeBody(unitId, over);
  return rest;
}

export async function intake(t: TestApp, session: Session, body: Record<string, unknown>) {
  const res = await call(t, "POST", "/api/v1/petitions", { session, body });
  if (res.status !== 201) {
    throw new Error(`intake failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body as {
    petition: { id: string; code: string; status: string } & Record<string, unknown>;
    pin: string;
  };
}

export async function classify(t: TestApp, session: Session, id: string, over: Record<string, unknown> = {}) {
  return call(t, "POST", `/api/v1/petitions/${id}/classify`, {
    session,
    body: { kind: "complaint", eligible: true, withinCompetence: true, ...over },
  });
}

/** An accepted complaint assigned to handler A. */
export async function acceptedComplaint(t: TestApp, w: World, over: Record<string, unknown> = {}) {
  const { petition, pin: pinOf } = await intake(t, w.as.receptionA, intakeBody(w.a.id, over));
  await classify(t, w.as.receptionA, petition.id, { kind: (over.kind as string) ?? "complaint" });
  const accepted = await call(t, "POST", `/api/v1/petitions/${petition.id}/decide`, {
    session: w.as.receptionA,
    body: { action: "accept", decisionNo: "01/QĐ-TL" },
  });
  if (accepted.status !== 200) {
    throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  }
  const assigned = await call(t, "POST", `/api/v1/petitions/${petition.id}/assign`, {
    session: w.as.receptionA,
    body: { agencyId: w.agencyA.id, handlerId: w.people.handlerA.id },
  });
  if (assigned.status !== 200) {
    throw new Error(`assign failed: ${assigned.status} ${JSON.stringify(assigned.body)}`);
  }
  return { ...(assigned.body as { id: string; code: string } & Record<string, unknown>), pin: pinOf };
}

/** Sets stored columns directly, for dates the API would refuse (a petition received long ago). */
export async function patchPetition(db: Db, id: string, values: Partial<typeof petitions.$inferInsert>) {
  await db.update(petitions).set(values).where(eq(petitions.id, id));
}

export async function auditText(db: Db): Promise<string> {
  const rows = await db.select().from(auditEvents);
  return JSON.stringify(rows.map((r) => [r.action, r.before, r.after, r.reason]));
}

/** Uploads bytes as the SPA does (multipart field "file"). */
export async function upload(t: TestApp, session: Session, name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append("file", new File([bytes], name, { type: "application/pdf" }));
  const res = await t.app.request("/api/v1/files", {
    method: "POST",
    headers: { cookie: session.cookie, "x-csrf-token": session.csrf },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as { id: string } };
}

/** A small unique PDF (storage is content-addressed). */
export function pdfBytes() {
  counter += 1;
  return new TextEncoder().encode(`%PDF-1.4\n% ${counter}-${Math.random()}\ntrailer << >>\n%%EOF\n`);
}
