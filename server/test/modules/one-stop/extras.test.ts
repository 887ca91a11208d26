import { periodOf } from "@danvan/common";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossiers, outbox } from "../../../src/db/schema";
import { buildPerson, call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  act,
  buildWorld,
  createProcedure,
  fileAtCounter,
  must,
  oneStopApp,
  processingDossier,
  todayVn,
  type World,
} from "./helpers";

describe(`one-stop register, hand-offs, conduct complaints and online withdrawal on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  let procedureId: string;

  beforeAll(async () => {
    t = await oneStopApp();
    w = await buildWorld(t);
    procedureId = (await createProcedure(t, w)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it("publishes every one-stop route in the OpenAPI document", async () => {
    const doc = await call(t, "GET", "/api/openapi.json");
    const paths = Object.keys(doc.body.paths);
    for (const p of [
      "/api/v1/onestop/procedures",
      "/api/v1/onestop/dossiers/{id}/reappoint",
      "/api/v1/onestop/queues/overdue-steps",
      "/api/v1/onestop/indicators/{indicator}/dossiers",
      "/api/public/v1/dossiers/{code}",
      "/api/public/v1/procedures",
    ]) {
      expect(paths).toContain(p);
    }
  });

  it("files only for applicants of the register the clerk can read", async () => {
    const stranger = await buildPerson(t.db, w.other.id, { name: "Người tỉnh khác" });
    const res = await call(t, "POST", "/api/v1/onestop/dossiers", {
      session: w.as.clerkA,
      body: { procedureId, applicantId: stranger.id, documents: [] },
    });
    expect(res.status).toBe(400);
    expect(detailPaths(res.body)).toEqual(["applicantId"]);
  });

  it("hands the step in progress to another handler of the unit", async () => {
    const d = await processingDossier(t, w, procedureId);
    const body = { stepNo: 1, handlerId: w.people.handler2A.id };
    expect((await act(t, w.as.clerkA, d.id, "assign-step", body)).status).toBe(403);
    expect((await act(t, w.as.handlerA, d.id, "assign-step", { ...body, stepNo: 2 })).status).toBe(412);
    const foreign = await act(t, w.as.handlerA, d.id, "assign-step", {
      ...body,
      handlerId: w.people.handlerB.id,
    });
    expect(detailPaths(foreign.body)).toEqual(["handlerId"]);
    const moved = await must(act(t, w.as.leaderA, d.id, "assign-step", body));
    expect(moved.body.handler.id).toBe(w.people.handler2A.id);
    expect(moved.body.steps[0].handler.id).toBe(w.people.handler2A.id);
    const mine = await call(t, "GET", "/api/v1/onestop/queues/mine", { session: w.as.handlerA });
    expect(mine.body.items.map((x: { id: string }) => x.id)).not.toContain(d.id);
  });

  it("takes a verified conduct complaint once and corrects the unit's indicator 7 at once", async () => {
    const { dossier } = await fileAtCounter(t, w, procedureId);
    const id = dossier.id;
    await must(act(t, w.as.clerkA, id, "receive"));
    await must(act(t, w.as.clerkA, id, "start-processing", { handlerId: w.people.handlerA.id }));
    await must(
      act(t, w.as.handlerA, id, "complete-step", { stepNo: 1, nextHandlerId: w.people.handlerA.id }),
    );
    await must(act(t, w.as.handlerA, id, "complete-step", { stepNo: 2 }));
    await must(act(t, w.as.leaderA, id, "approve", { decision: "granted" }));
    await must(act(t, w.as.clerkA, id, "return-result"));
    const i7 = async () =>
      (
        await call(t, "GET", `/api/v1/onestop/indicators?unitId=${w.a.id}&period=${periodOf(todayVn())}`, {
          session: w.as.leaderA,
        })
      ).body.indicators.find((x: { indicator: number }) => x.indicator === 7);
    expect(await i7()).toMatchObject({ pointsSum: 2, dossierCount: 1, score: 2 });
    const reason = { reason: "Công dân phản ánh cán bộ gây phiền hà, đã xác minh đúng" };
    expect((await act(t, w.as.clerkA, id, "record-complaint", reason)).status).toBe(403);
    const recorded = await must(act(t, w.as.leaderA, id, "record-complaint", reason));
    expect(recorded.body.conductComplaint).toBe(true);
    expect(recorded.body.abilities.recordComplaint).toBe(false);
    expect(await i7()).toMatchObject({ pointsSum: 0, dossierCount: 1, score: 0 });
    expect((await act(t, w.as.leaderA, id, "record-complaint", reason)).status).toBe(412);
  });

  it("searches the register by unaccented applicant name, status and overdue, in scope", async () => {
    const { dossier } = await fileAtCounter(t, w, procedureId);
    const find = async (qs: string, session = w.as.clerkA) =>
      (await call(t, "GET", `/api/v1/onestop/dossiers?${qs}`, { session })).body.items.map(
        (x: { id: string }) => x.id,
      );
    expect(await find(`q=${encodeURIComponent("nguyen van dan")}&limit=100`)).toContain(dossier.id);
    expect(await find(`q=${encodeURIComponent(dossier.code)}`)).toEqual([dossier.id]);
    expect(await find("status=checking&limit=100")).toContain(dossier.id);
    expect(await find("status=returned&limit=100")).not.toContain(dossier.id);
    expect(await find("limit=100", w.as.clerkB)).toEqual([]);
    const bad = await call(t, "GET", "/api/v1/onestop/dossiers?overdue=maybe", { session: w.as.clerkA });
    expect(detailPaths(bad.body)).toEqual(["overdue"]);
  });

  it("lets the applicant withdraw online with the PIN, once, and tells the counter", async () => {
    const filed = await call(t, "POST", "/api/public/v1/dossiers", {
      body: {
        procedureId,
        applicant: {
          kind: "organisation",
          name: "Công ty TNHH Xây dựng Thái Hòa",
          taxCode: "2901234567",
          phone: "0238 3881 234",
          address: "Phường Thái Hòa",
        },
        documents: [{ key: "don", form: "electronic" }],
      },
    });
    expect(filed.status).toBe(201);
    const path = `/api/public/v1/dossiers/${filed.body.code}/withdraw`;
    const body = { reason: "Doanh nghiệp thay đổi kế hoạch" };
    expect((await call(t, "POST", path, { body })).status).toBe(400);
    expect((await call(t, "POST", path, { body, headers: { "x-tracking-pin": "00000000" } })).status).toBe(
      404,
    );
    const ok = await call(t, "POST", path, { body, headers: { "x-tracking-pin": filed.body.pin } });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ code: filed.body.code, status: "withdrawn" });
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.code, filed.body.code));
    expect(row).toMatchObject({ status: "withdrawn", withdrawReason: body.reason });
    const mail = await t.db.select().from(outbox);
    expect(mail.some((m) => m.staffId === w.people.clerkA.id && m.subject.includes(filed.body.code))).toBe(
      true,
    );
    expect(
      (await call(t, "POST", path, { body, headers: { "x-tracking-pin": filed.body.pin } })).status,
    ).toBe(412);
  });
});
