import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ratingInteractions } from "../../../src/db/schema";
import { call } from "../../support/factories";
import type { TestApp } from "../../support/harness";
import * as oneStop from "../one-stop/helpers";
import * as petitions from "../petitions/helpers";
import { addEntry, openSession } from "../reception/helpers";
import { buildTeam, taskBody } from "../tasks/helpers";
import { publicCall } from "./helpers";

/** The finishing verbs of the other modules register the interaction, so a token exists from then on. */
describe("satisfaction: interactions become ratable when the other modules finish them", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await oneStopApp();
  });
  afterAll(async () => t.close());

  const interaction = async (kind: string, refId: string) =>
    (
      await t.db
        .select()
        .from(ratingInteractions)
        .where(and(eq(ratingInteractions.kind, kind), eq(ratingInteractions.refId, refId)))
    )[0];

  it("a dossier returned at the counter: rated by its clerk's counter, with the procedure", async () => {
    const w = await oneStop.buildWorld(t);
    const procedure = await oneStop.createProcedure(t, w);
    const d = await oneStop.processingDossier(t, w, procedure.id);
    await oneStop.must(
      oneStop.act(t, w.as.handlerA, d.id, "complete-step", {
        stepNo: 1,
        nextHandlerId: w.people.handlerA.id,
      }),
    );
    await oneStop.must(oneStop.act(t, w.as.handlerA, d.id, "complete-step", { stepNo: 2 }));
    await oneStop.must(oneStop.act(t, w.as.leaderA, d.id, "approve", { decision: "granted" }));
    const link = `/api/v1/satisfaction/links?kind=dossier&refId=${d.id}`;
    expect((await call(t, "GET", link, { session: w.as.clerkA })).status).toBe(412);
    await oneStop.must(oneStop.act(t, w.as.clerkA, d.id, "return-result"));
    const i = await interaction("dossier", d.id);
    expect(i).toMatchObject({
      label: d.code,
      unitId: w.a.id,
      officerId: w.people.clerkA.id,
      procedureId: procedure.id,
    });
    expect(i!.procedureName).toContain("Đăng ký biến động");
    const got = await call(t, "GET", link, { session: w.as.clerkA });
    expect(got.status).toBe(200);
    const form = await publicCall(t, "GET", `/api/public/v1/satisfaction/forms/${got.body.token}`);
    expect(form.body).toMatchObject({ kind: "dossier", label: d.code, officerName: "Phạm Một Cửa" });
  });

  it("a petition answered and a reception visit logged become ratable", async () => {
    const w = await petitions.buildWorld(t);
    const p = await petitions.acceptedComplaint(t, w);
    expect(await interaction("petition", p.id)).toBeUndefined();
    const resolved = await call(t, "POST", `/api/v1/petitions/${p.id}/resolve`, {
      session: w.as.handlerA,
      body: { decisionNo: "20/QĐ-UBND", answer: "Giữ nguyên quyết định thu hồi đất", publish: true },
    });
    expect(resolved.status).toBe(200);
    expect(await interaction("petition", p.id)).toMatchObject({
      label: p.code,
      officerId: w.people.handlerA.id,
    });
    const s = await openSession(t, w);
    const entry = await addEntry(t, w.as.receptionA, s.id, {
      summary: "Đề nghị sửa cống thoát nước xóm 2 bị tắc",
    });
    const visit = await interaction("reception", entry.id);
    expect(visit!.label).toBe(`Tiếp công dân ${s.code}`);
    expect(visit!.label).not.toContain("cống");
    // The reception officer hands the visitor the link from the entry (QR, copy or print).
    const link = await call(t, "GET", `/api/v1/satisfaction/links?kind=reception&refId=${entry.id}`, {
      session: w.as.receptionA,
    });
    expect(link.status).toBe(200);
    expect(link.body.path).toMatch(/^\/public\/danh-gia\/[\w-]+/);
  });

  it("a public promise approved as done becomes ratable; an internal task does not", async () => {
    const team = await buildTeam(t);
    const create = (over: Record<string, unknown>) =>
      call(t, "POST", "/api/v1/tasks", { session: team.as.leader, body: taskBody(team, over) });
    const promise = await create({ publicPromise: { title: "Sửa đường thôn 3 trước mùa mưa", summary: "" } });
    const internal = await create({});
    for (const id of [promise.body.id, internal.body.id]) {
      await call(t, "POST", `/api/v1/tasks/${id}/submit`, {
        session: team.as.assignee,
        body: { note: "Đã xong" },
      });
      const done = await call(t, "POST", `/api/v1/tasks/${id}/approve`, {
        session: team.as.leader,
        body: {},
      });
      expect(done.status).toBe(200);
    }
    expect(await interaction("task", promise.body.id)).toMatchObject({
      label: "Sửa đường thôn 3 trước mùa mưa",
      officerId: team.assignee.id,
    });
    expect(await interaction("task", internal.body.id)).toBeUndefined();
  });
});

const oneStopApp = oneStop.oneStopApp;
