import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ratings } from "../../../src/db/schema";
import { auditOf, call, detailPaths } from "../../support/factories";
import type { TestApp } from "../../support/harness";
import { buildWorld, finished, publicCall, satisfactionApp, type World } from "./helpers";

describe("satisfaction: the counter's kiosk", () => {
  let t: TestApp;
  let w: World;
  let kiosk: { id: string; key: string; path: string };
  let kioskB: { id: string; key: string };
  const current = (id: string, key?: string) =>
    publicCall(
      t,
      "GET",
      `/api/public/v1/satisfaction/kiosks/${id}/current`,
      undefined,
      key ? { "x-kiosk-key": key } : {},
    );
  const kioskRate = (id: string, key: string, body: unknown) =>
    publicCall(t, "POST", `/api/public/v1/satisfaction/kiosks/${id}/ratings`, body, { "x-kiosk-key": key });

  beforeAll(async () => {
    t = await satisfactionApp();
    w = await buildWorld(t);
  });
  afterAll(async () => t.close());

  it("binds a tablet to a counter: 401, 400 naming the field, another unit refused, key shown once", async () => {
    const body = { unitId: w.a.id, label: "Quầy số 1 — Tư pháp, Hộ tịch" };
    expect((await call(t, "POST", "/api/v1/satisfaction/kiosks", { body })).status).toBe(401);
    const short = await call(t, "POST", "/api/v1/satisfaction/kiosks", {
      session: w.as.clerkA,
      body: { ...body, label: "" },
    });
    expect(detailPaths(short.body)).toEqual(["label"]);
    const other = await call(t, "POST", "/api/v1/satisfaction/kiosks", { session: w.as.clerkB, body });
    expect(detailPaths(other.body)).toEqual(["unitId"]);
    const handler = await call(t, "POST", "/api/v1/satisfaction/kiosks", { session: w.as.handlerA, body });
    expect(detailPaths(handler.body)).toEqual(["unitId"]);
    const ok = await call(t, "POST", "/api/v1/satisfaction/kiosks", { session: w.as.clerkA, body });
    expect(ok.status).toBe(201);
    kiosk = ok.body;
    expect(kiosk.path).toBe(`/kiosk/${kiosk.id}`);
    const b = await call(t, "POST", "/api/v1/satisfaction/kiosks", {
      session: w.as.clerkB,
      body: { unitId: w.b.id, label: "Quầy 1" },
    });
    kioskB = b.body;
    const listed = await call(t, "GET", "/api/v1/satisfaction/kiosks", { session: w.as.clerkA });
    expect(listed.body.items.map((k: { id: string }) => k.id)).toEqual([kiosk.id]);
    expect(JSON.stringify(await auditOf(t.db, "satisfaction.create-kiosk", kiosk.id))).not.toContain(
      kiosk.key,
    );
  });

  it("the tablet needs its key; it shows nothing until the clerk sends an interaction", async () => {
    expect((await current(kiosk.id)).status).toBe(401);
    expect((await current(kiosk.id, "wrong-key-0000000000")).status).toBe(401);
    expect((await current(kiosk.id, kioskB.key)).status).toBe(401);
    const idle = await current(kiosk.id, kiosk.key);
    expect(idle.status).toBe(200);
    expect(idle.body).toMatchObject({
      label: "Quầy số 1 — Tư pháp, Hộ tịch",
      unitName: "Xã Nam Đàn",
      current: null,
    });
  });

  it("the clerk sends a finished interaction: 401, 404 other unit's kiosk or interaction, 412 unfinished", async () => {
    const r = await finished(t, w.a.id, w.people.clerkA.id, { label: "H43.25-251201-0007" });
    const rb = await finished(t, w.b.id, w.people.clerkB.id);
    const send = (kid: string, s: (typeof w.as)[keyof typeof w.as] | undefined, body: unknown) =>
      call(t, "POST", `/api/v1/satisfaction/kiosks/${kid}/send`, { session: s, body });
    expect((await send(kiosk.id, undefined, { kind: "dossier", refId: r.refId })).status).toBe(401);
    expect((await send(kiosk.id, w.as.clerkB, { kind: "dossier", refId: r.refId })).status).toBe(404);
    expect((await send(kiosk.id, w.as.clerkA, { kind: "dossier", refId: rb.refId })).status).toBe(404);
    const bad = await send(kiosk.id, w.as.clerkA, { kind: "visit", refId: r.refId });
    expect(detailPaths(bad.body)).toEqual(["kind"]);
    const unfinished = await send(kiosk.id, w.as.clerkA, { kind: "dossier", refId: crypto.randomUUID() });
    expect(unfinished.status).toBe(412);
    const ok = await send(kiosk.id, w.as.clerkA, { kind: "dossier", refId: r.refId });
    expect(ok.status).toBe(200);
    const shown = await current(kiosk.id, kiosk.key);
    expect(shown.body.current.form).toMatchObject({
      label: "H43.25-251201-0007",
      officerName: "Phạm Một Cửa",
    });
    expect(shown.body.current.token).toBe(r.token);

    // Another counter's tablet cannot rate this interaction, nor can this one rate another token.
    const other = await finished(t, w.a.id, w.people.clerkA.id);
    const wrong = await kioskRate(kiosk.id, kiosk.key, { token: other.token, level: "satisfied" });
    expect(wrong.status).toBe(403);
    const foreign = await kioskRate(kioskB.id, kioskB.key, { token: r.token, level: "satisfied" });
    expect(foreign.status).toBe(403);
    expect(
      (await kioskRate(kiosk.id, "bad-key-000000000000", { token: r.token, level: "satisfied" })).status,
    ).toBe(401);
    const missing = await kioskRate(kiosk.id, kiosk.key, { token: r.token });
    expect(detailPaths(missing.body)).toEqual(["level"]);

    const rated = await kioskRate(kiosk.id, kiosk.key, {
      token: r.token,
      level: "dissatisfied",
      aspects: { time: "dissatisfied" },
      comment: "Chờ lâu",
    });
    expect(rated.status).toBe(200);
    expect(rated.body.followUp).toBe(true);
    const [row] = await t.db.select().from(ratings).where(eq(ratings.interactionId, r.id));
    expect(row).toMatchObject({ channel: "kiosk", kioskId: kiosk.id, officerId: w.people.clerkA.id });
    expect((await current(kiosk.id, kiosk.key)).body.current).toBeNull();
    // A replay from the tablet is refused; the interaction cannot be sent again.
    expect((await kioskRate(kiosk.id, kiosk.key, { token: r.token, level: "very_satisfied" })).status).toBe(
      403,
    );
    expect((await send(kiosk.id, w.as.clerkA, { kind: "dossier", refId: r.refId })).status).toBe(409);
  });

  it("lists the finished interactions waiting for a rating: the clerk's own first, in scope only", async () => {
    const mine = await finished(t, w.a.id, w.people.clerk2A.id, { label: "CUA-QUAY-2" });
    expect((await call(t, "GET", "/api/v1/satisfaction/pending")).status).toBe(401);
    expect((await call(t, "GET", "/api/v1/satisfaction/pending", { session: w.as.handlerA })).status).toBe(
      403,
    );
    const list = await call(t, "GET", "/api/v1/satisfaction/pending", { session: w.as.clerk2A });
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({ refId: mine.refId, label: "CUA-QUAY-2", isMine: true });
    expect(list.body.items.every((i: { unitName: string }) => i.unitName === "Xã Nam Đàn")).toBe(true);
    const b = await call(t, "GET", "/api/v1/satisfaction/pending", { session: w.as.clerkB });
    expect(b.body.items.map((i: { refId: string }) => i.refId)).not.toContain(mine.refId);
    await publicCall(t, "POST", `/api/public/v1/satisfaction/forms/${mine.token}`, { level: "satisfied" });
    const after = await call(t, "GET", "/api/v1/satisfaction/pending", { session: w.as.clerk2A });
    expect(after.body.items.map((i: { refId: string }) => i.refId)).not.toContain(mine.refId);
  });

  it("a new key locks the old tablet out", async () => {
    expect((await call(t, "POST", `/api/v1/satisfaction/kiosks/${kiosk.id}/rekey`, {})).status).toBe(401);
    expect(
      (await call(t, "POST", `/api/v1/satisfaction/kiosks/${kiosk.id}/rekey`, { session: w.as.clerkB }))
        .status,
    ).toBe(404);
    const fresh = await call(t, "POST", `/api/v1/satisfaction/kiosks/${kiosk.id}/rekey`, {
      session: w.as.clerkA,
    });
    expect(fresh.status).toBe(200);
    expect((await current(kiosk.id, kiosk.key)).status).toBe(401);
    expect((await current(kiosk.id, fresh.body.key)).status).toBe(200);
  });
});
