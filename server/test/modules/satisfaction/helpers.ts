import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { InteractionKind } from "@danvan/common";
import { and, eq } from "drizzle-orm";
import { ratingInteractions, staff } from "../../../src/db/schema";
import { ensureDefaultRules } from "../../../src/modules/calendar/ensure-default-rules";
import { registerInteraction } from "../../../src/modules/satisfaction";
import { ratingToken } from "../../../src/modules/satisfaction/tokens";
import { newId } from "../../../src/platform/ids";
import { buildAgency, buildStaff, buildUnit, type Session, signInFresh } from "../../support/factories";
import { createTestApp, type TestApp } from "../../support/harness";

/** A test app with a data directory for the token key and the shipped calendar rules. */
export async function satisfactionApp(): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "danvan-satisfaction-"));
  const t = await createTestApp({ dataDir, trustProxy: true });
  await ensureDefaultRules(t.db);
  const close = async () => {
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { ...t, close };
}

let counter = 0;

/** A province with communes A and B: A has a head (leader), a clerk and a handler; B a leader and a clerk. */
export async function buildWorld(t: TestApp) {
  counter += 1;
  const province = await buildUnit(t.db, { type: "tinh", code: `SP${counter}` });
  const a = await buildUnit(t.db, {
    parentId: province.id,
    type: "xa",
    code: `SA${counter}`,
    name: "Xã Nam Đàn",
  });
  const b = await buildUnit(t.db, {
    parentId: province.id,
    type: "xa",
    code: `SB${counter}`,
    name: "Xã Kim Liên",
  });
  const deskA = await buildAgency(t.db, a.id, { name: "Bộ phận Một cửa xã Nam Đàn" });
  const people = {
    headA: await buildStaff(t.db, { unitId: a.id, roles: ["leader"], fullName: "Trần Chủ Tịch" }),
    clerkA: await buildStaff(t.db, { unitId: a.id, roles: ["clerk"], fullName: "Phạm Một Cửa" }),
    clerk2A: await buildStaff(t.db, { unitId: a.id, roles: ["clerk"], fullName: "Võ Thị Quầy Hai" }),
    handlerA: await buildStaff(t.db, { unitId: a.id, roles: ["handler"], fullName: "Hoàng Xử Lý" }),
    leaderB: await buildStaff(t.db, { unitId: b.id, roles: ["leader"] }),
    clerkB: await buildStaff(t.db, { unitId: b.id, roles: ["clerk"] }),
    inspector: await buildStaff(t.db, { unitId: province.id, roles: ["inspector"] }),
  };
  await t.db.update(staff).set({ agencyId: deskA.id }).where(eq(staff.id, people.clerkA.id));
  const as = {} as Record<keyof typeof people, Session>;
  for (const [k, s] of Object.entries(people)) {
    as[k as keyof typeof people] = await signInFresh(t, s.username);
  }
  return { province, a, b, deskA, people, as };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** A finished interaction registered as the finishing module would; returns its ids and token. */
export async function finished(
  t: TestApp,
  unitId: string,
  officerId: string | null,
  over: { kind?: InteractionKind; label?: string; procedureName?: string } = {},
) {
  counter += 1;
  const refId = newId();
  const kind = over.kind ?? "dossier";
  await registerInteraction(t.db, t, {
    kind,
    refId,
    label: over.label ?? `000.00.${counter}.H43-251201-0001`,
    unitId,
    officerId,
    procedureId: null,
    procedureName: over.procedureName ?? "Đăng ký khai sinh",
  });
  const [i] = await t.db
    .select()
    .from(ratingInteractions)
    .where(and(eq(ratingInteractions.kind, kind), eq(ratingInteractions.refId, refId)));
  return { id: i!.id, refId, kind, token: ratingToken(t.config, i!.id) };
}

let ip = 0;
/** A public call from its own client address, so tests stay under the per-address rating limit. */
export async function publicCall(
  t: TestApp,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  ip += 1;
  const res = await t.app.request(url, {
    method,
    headers: {
      "x-forwarded-for": `10.77.${ip >> 8}.${ip & 255}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  // biome-ignore lint/suspicious/noExplicitAny: test convenience for reading response bodies
  return { status: res.status, body: (text ? JSON.parse(text) : null) as any };
}
