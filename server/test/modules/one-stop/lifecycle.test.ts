import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossierSteps, dossiers } from "../../../src/db/schema";
import { calendarForDeadline } from "../../../src/modules/calendar/working-calendars";
import { auditOf, call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  act,
  buildWorld,
  createProcedure,
  fileAtCounter,
  fullDocs,
  must,
  oneStopApp,
  todayVn,
  type World,
} from "./helpers";

describe(`one-stop dossier lifecycle on ${DB_KIND}`, () => {
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

  it("files at the counter only for a clerk in scope, naming bad fields", async () => {
    const body = { procedureId, applicantId: w.applicant.id, documents: fullDocs };
    const path = "/api/v1/onestop/dossiers";
    expect((await call(t, "POST", path, { body })).status).toBe(401);
    expect((await call(t, "POST", path, { session: w.as.handlerA, body })).status).toBe(403);
    const otherCommune = await call(t, "POST", path, { session: w.as.clerkB, body });
    expect(otherCommune.status).toBe(400);
    expect(detailPaths(otherCommune.body)).toEqual(["procedureId"]);
    const noApplicant = await call(t, "POST", path, {
      session: w.as.clerkA,
      body: { ...body, applicantId: undefined },
    });
    expect(detailPaths(noApplicant.body)).toEqual(["applicantId"]);
    const unknownDoc = await call(t, "POST", path, {
      session: w.as.clerkA,
      body: { ...body, documents: [{ key: "so-do", form: "original" }] },
    });
    expect(unknownDoc.status).toBe(400);
    expect(detailPaths(unknownDoc.body)).toEqual(["documents.0.key"]);
    const badFile = await call(t, "POST", path, {
      session: w.as.clerkA,
      body: { ...body, documents: [{ key: "don", form: "original", fileIds: ["a".repeat(64)] }] },
    });
    expect(detailPaths(badFile.body)).toEqual(["documents.0.fileIds"]);
    const badForm = await call(t, "POST", path, {
      session: w.as.clerkA,
      body: { ...body, documents: [{ key: "don", form: "photocopy" }] },
    });
    expect(detailPaths(badForm.body)).toEqual(["documents.0.form"]);
  });

  it("answers a counter retry with the same Idempotency-Key with the same dossier and PIN", async () => {
    const init = {
      session: w.as.clerkA,
      body: { procedureId, applicantId: w.applicant.id, documents: fullDocs },
      headers: { "idempotency-key": "counter-retry-0001" },
    };
    const first = await call(t, "POST", "/api/v1/onestop/dossiers", init);
    const again = await call(t, "POST", "/api/v1/onestop/dossiers", init);
    expect(first.status).toBe(201);
    expect(again.body.dossier.id).toBe(first.body.dossier.id);
    expect(again.body.pin).toBe(first.body.pin);
    expect(first.body.dossier.status).toBe("checking");
    expect(first.body.dossier.applicant.name).toBe("Nguyễn Văn Dân");
  });

  it("runs a dossier from the counter through two steps to the returned result", async () => {
    const { dossier } = await fileAtCounter(t, w, procedureId, [{ key: "don", form: "original" }]);
    const id = dossier.id;
    // A required document is missing on receipt: 400 naming it, nothing saved.
    const missing = await act(t, w.as.clerkA, id, "receive");
    expect(missing.status).toBe(400);
    expect(detailPaths(missing.body)).toEqual(["documents.gcn"]);
    expect((await t.db.select().from(dossiers).where(eq(dossiers.id, id)))[0]!.status).toBe("checking");
    // Wrong role 403, other unit 404, empty list 400.
    expect(
      (await act(t, w.as.handlerA, id, "request-supplement", { items: [{ description: "x" }] })).status,
    ).toBe(403);
    expect(
      (await act(t, w.as.clerkB, id, "request-supplement", { items: [{ description: "x" }] })).status,
    ).toBe(404);
    expect(detailPaths((await act(t, w.as.clerkA, id, "request-supplement", { items: [] })).body)).toEqual([
      "items",
    ]);
    const asked = await must(
      act(t, w.as.clerkA, id, "request-supplement", {
        items: [{ key: "gcn", description: "Bản gốc Giấy chứng nhận quyền sử dụng đất" }],
      }),
    );
    expect(asked.body.status).toBe("supplement_requested");
    expect(asked.body.abilities.requestSupplement).toBe(false);
    const back = await must(
      act(t, w.as.clerkA, id, "supplement", { documents: [{ key: "gcn", form: "original" }] }),
    );
    expect(back.body.status).toBe("checking");
    // NĐ 61/2018 Đ.15 k.3: only one supplement request.
    const second = await act(t, w.as.clerkA, id, "request-supplement", {
      items: [{ description: "Thêm giấy" }],
    });
    expect(second.status).toBe(412);
    expect(second.body.error.message).toContain("một lần");
    const received = await must(act(t, w.as.clerkA, id, "receive"));
    const today = todayVn();
    const cal = await calendarForDeadline(t.db, w.a.id, today, 10);
    expect(received.body.status).toBe("received");
    expect(received.body.receivedDate).toBe(today);
    expect(received.body.appointmentDate).toBe(cal.addWorkingDays(today, 10));
    expect(received.body.originalAppointmentDate).toBe(received.body.appointmentDate);
    // The handler must hold the process permission over the unit.
    const badHandler = await act(t, w.as.clerkA, id, "start-processing", { handlerId: w.people.clerkA.id });
    expect(detailPaths(badHandler.body)).toEqual(["handlerId"]);
    const foreignHandler = await act(t, w.as.clerkA, id, "start-processing", {
      handlerId: w.people.handlerB.id,
    });
    expect(detailPaths(foreignHandler.body)).toEqual(["handlerId"]);
    const started = await must(
      act(t, w.as.clerkA, id, "start-processing", { handlerId: w.people.handlerA.id }),
    );
    expect(started.body.status).toBe("processing");
    expect(started.body.steps.map((s: { status: string }) => s.status)).toEqual(["active", "pending"]);
    expect(started.body.steps[0].dueDate).toBe(cal.addWorkingDays(today, 6));
    // A step skipped is refused; the clerk may not complete a step; commune B's handler does not see it.
    const skipped = await act(t, w.as.handlerA, id, "complete-step", { stepNo: 2 });
    expect(skipped.status).toBe(412);
    expect((await act(t, w.as.clerkA, id, "complete-step", { stepNo: 1 })).status).toBe(403);
    expect((await act(t, w.as.handlerB, id, "complete-step", { stepNo: 1 })).status).toBe(404);
    const handed = await must(
      act(t, w.as.handlerA, id, "complete-step", {
        stepNo: 1,
        nextHandlerId: w.people.handler2A.id,
        note: "Đủ điều kiện",
      }),
    );
    expect(handed.body.currentStep.stepNo).toBe(2);
    expect(handed.body.handler.id).toBe(w.people.handler2A.id);
    expect(handed.body.steps[0]).toMatchObject({ status: "done", timeliness: "early", completedDate: today });
    const mine = await call(t, "GET", "/api/v1/onestop/queues/mine", { session: w.as.handler2A });
    expect(mine.body.items.map((d: { id: string }) => d.id)).toContain(id);
    const done = await must(act(t, w.as.handler2A, id, "complete-step", { stepNo: 2 }));
    expect(done.body.status).toBe("awaiting_approval");
    const approvals = await call(t, "GET", "/api/v1/onestop/queues/approval", { session: w.as.leaderA });
    expect(approvals.body.items.map((d: { id: string }) => d.id)).toContain(id);
    expect((await act(t, w.as.clerkA, id, "approve", { decision: "granted" })).status).toBe(403);
    const noReason = await act(t, w.as.leaderA, id, "approve", { decision: "denied" });
    expect(detailPaths(noReason.body)).toEqual(["reason"]);
    const approved = await must(
      act(t, w.as.leaderA, id, "approve", { decision: "granted", resultNo: "125/GCN" }),
    );
    expect(approved.body).toMatchObject({
      status: "result_ready",
      timeliness: "early",
      resultReadyDate: today,
    });
    const returned = await must(act(t, w.as.clerkA, id, "return-result", { note: "Đã trao tận tay" }));
    expect(returned.body.status).toBe("returned");
    expect(returned.body.returnedDate).toBe(today);
    for (const verb of [
      "request-supplement",
      "supplement",
      "receive",
      "start-processing",
      "complete-step",
      "approve",
      "return-result",
    ]) {
      expect(await auditOf(t.db, `onestop.${verb}`, id)).toHaveLength(verb === "complete-step" ? 2 : 1);
    }
    const trail = JSON.stringify(await auditOf(t.db, "onestop.receive", id));
    expect(trail).not.toContain("applicantAddress");
    expect(returned.body.events.map((e: { type: string }) => e.type)).toEqual([
      "file",
      "request-supplement",
      "supplement",
      "receive",
      "start-processing",
      "complete-step",
      "complete-step",
      "approve",
      "return-result",
    ]);
  });

  it("refuses with a reason, withdraws with the open steps stopped, and allows nothing after", async () => {
    const { dossier: a } = await fileAtCounter(t, w, procedureId);
    expect(detailPaths((await act(t, w.as.clerkA, a.id, "refuse", { reason: "x" })).body)).toEqual([
      "reason",
    ]);
    const refused = await must(
      act(t, w.as.clerkA, a.id, "refuse", { reason: "Không thuộc thẩm quyền của xã" }),
    );
    expect(refused.body).toMatchObject({ status: "refused", refusalReason: "Không thuộc thẩm quyền của xã" });
    expect((await act(t, w.as.clerkA, a.id, "withdraw", { reason: "Rút hồ sơ" })).status).toBe(403);
    const { dossier: b } = await fileAtCounter(t, w, procedureId);
    await must(act(t, w.as.clerkA, b.id, "receive"));
    await must(act(t, w.as.clerkA, b.id, "start-processing", { handlerId: w.people.handlerA.id }));
    const withdrawn = await must(act(t, w.as.clerkA, b.id, "withdraw", { reason: "Công dân xin rút hồ sơ" }));
    expect(withdrawn.body.status).toBe("withdrawn");
    const steps = await t.db.select().from(dossierSteps).where(eq(dossierSteps.dossierId, b.id));
    expect(steps.map((s) => s.status).sort()).toEqual(["returned", "returned"]);
    expect((await act(t, w.as.handlerA, b.id, "complete-step", { stepNo: 1 })).status).toBe(403);
  });
});
