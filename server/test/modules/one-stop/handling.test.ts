import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossierEvents, dossierSteps, outbox } from "../../../src/db/schema";
import { calendarForDeadline } from "../../../src/modules/calendar/working-calendars";
import { sweepLateDossiers } from "../../../src/modules/one-stop/one-stop.jobs";
import { JOB_DEFS } from "../../../src/server";
import { call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  act,
  addDays,
  buildWorld,
  createProcedure,
  fileAtCounter,
  must,
  oneStopApp,
  patchDossier,
  processingDossier,
  todayVn,
  type World,
} from "./helpers";

describe(`one-stop returns, re-appointments, late alerts and queues on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  let procedureId: string;
  const today = todayVn();

  beforeAll(async () => {
    t = await oneStopApp();
    w = await buildWorld(t);
    procedureId = (await createProcedure(t, w)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it("returns a received dossier for supplement once, and restarts the clock when it comes back", async () => {
    const d = await processingDossier(t, w, procedureId);
    const earlier = addDays(today, -2);
    await patchDossier(t.db, d.id, {
      clockStartDate: earlier,
      receivedDate: earlier,
      appointmentDate: addDays(today, 5),
    });
    expect(
      detailPaths(
        (await act(t, w.as.handlerA, d.id, "return-for-supplement", { items: [], reason: "Thiếu" })).body,
      ),
    ).toEqual(expect.arrayContaining(["items"]));
    const returned = await must(
      act(t, w.as.handlerA, d.id, "return-for-supplement", {
        items: [{ key: "gcn", description: "Giấy chứng nhận bị tẩy xóa, nộp lại bản gốc hợp lệ" }],
        reason: "Thẩm định phát hiện giấy tờ không hợp lệ",
      }),
    );
    expect(returned.body.status).toBe("returned_for_supplement");
    expect(returned.body.steps.map((s: { status: string }) => s.status)).toEqual(["returned", "returned"]);
    const back = await must(
      act(t, w.as.clerkA, d.id, "supplement", { documents: [{ key: "gcn", form: "original" }] }),
    );
    const cal = await calendarForDeadline(t.db, w.a.id, today, 10);
    expect(back.body).toMatchObject({
      status: "received",
      round: 2,
      clockStartDate: today,
      receivedDate: earlier,
      appointmentDate: cal.addWorkingDays(today, 10),
      originalAppointmentDate: cal.addWorkingDays(today, 10),
    });
    const again = await must(
      act(t, w.as.clerkA, d.id, "start-processing", { handlerId: w.people.handlerA.id }),
    );
    expect(again.body.steps.filter((s: { round: number }) => s.round === 2)).toHaveLength(2);
    expect(again.body.currentStep.stepNo).toBe(1);
    const second = await act(t, w.as.handlerA, d.id, "return-for-supplement", {
      items: [{ description: "Thêm bản sao" }],
      reason: "Lần trả thứ hai",
    });
    expect(second.status).toBe(412);
    expect(second.body.error.code).toBe("PRECONDITION_FAILED");
  });

  it("refuses a return after 3 working days from receipt", async () => {
    const d = await processingDossier(t, w, procedureId);
    const longAgo = addDays(today, -10);
    await patchDossier(t.db, d.id, { clockStartDate: longAgo, receivedDate: longAgo });
    const late = await act(t, w.as.handlerA, d.id, "return-for-supplement", {
      items: [{ description: "Bản sao" }],
      reason: "Quá hạn trả lại",
    });
    expect(late.status).toBe(412);
    expect(late.body.error.message).toContain("3 ngày làm việc");
  });

  it("re-appoints once, at least one working day ahead, telling the counter and the applicant", async () => {
    const d = await processingDossier(t, w, procedureId);
    const due = addDays(today, 20);
    await patchDossier(t.db, d.id, {
      appointmentDate: due,
      applicantEmail: "dan@example.vn",
      applicantPhone: "0912345678",
    });
    const body = { reason: "Chờ kết quả đo đạc thực địa", newAppointmentDate: addDays(due, 7) };
    expect((await act(t, w.as.clerkA, d.id, "reappoint", body)).status).toBe(403);
    const notLater = await act(t, w.as.handlerA, d.id, "reappoint", { ...body, newAppointmentDate: due });
    expect(notLater.status).toBe(400);
    expect(detailPaths(notLater.body)).toEqual(["newAppointmentDate"]);
    expect(
      detailPaths(
        (await act(t, w.as.handlerA, d.id, "reappoint", { ...body, newAppointmentDate: "2026-02-30" })).body,
      ),
    ).toEqual(["newAppointmentDate"]);
    const ok = await must(act(t, w.as.handlerA, d.id, "reappoint", body));
    expect(ok.body).toMatchObject({
      appointmentDate: addDays(due, 7),
      reappointmentCount: 1,
      apology: { date: today, reason: body.reason },
    });
    const second = await act(t, w.as.leaderA, d.id, "reappoint", {
      ...body,
      newAppointmentDate: addDays(due, 9),
    });
    expect(second.status).toBe(412);
    expect(second.body.error.message).toContain("không hẹn lại lần hai");
    const mail = await t.db.select().from(outbox);
    expect(mail.some((m) => m.recipient === "dan@example.vn" && m.subject.includes("hẹn lại"))).toBe(true);
    expect(mail.some((m) => m.recipient === "0912345678" && m.channel === "sms")).toBe(true);
    expect(mail.some((m) => m.staffId === w.people.clerkA.id && m.subject.includes(d.code))).toBe(true);
    // Approval after a re-appointment is late against the appointment the law gave.
    await patchDossier(t.db, d.id, { originalAppointmentDate: addDays(today, -1) });
    await must(act(t, w.as.handlerA, d.id, "complete-step", { stepNo: 1 }));
    await must(act(t, w.as.handlerA, d.id, "complete-step", { stepNo: 2 }));
    const approved = await must(act(t, w.as.leaderA, d.id, "approve", { decision: "granted" }));
    expect(approved.body.timeliness).toBe("late");
  });

  it("refuses an apology sent later than one working day before the appointment", async () => {
    const d = await processingDossier(t, w, procedureId);
    await patchDossier(t.db, d.id, { appointmentDate: today });
    const late = await act(t, w.as.handlerA, d.id, "reappoint", {
      reason: "Chờ ý kiến phối hợp",
      newAppointmentDate: addDays(today, 5),
    });
    expect(late.status).toBe(412);
    const cal = await calendarForDeadline(t.db, w.a.id, today, 5);
    expect(late.body.error.message).toContain(cal.addWorkingDays(today, -1).split("-").reverse().join("/"));
  });

  it("alerts the processing body once per appointment when a dossier will be late", async () => {
    const d = await processingDossier(t, w, procedureId);
    const onTime = await processingDossier(t, w, procedureId);
    await patchDossier(t.db, d.id, { appointmentDate: addDays(today, 3) });
    await patchDossier(t.db, onTime.id, { appointmentDate: addDays(today, 40) });
    const sent = await sweepLateDossiers(t.db, today);
    expect(sent).toBeGreaterThanOrEqual(1);
    const alerts = await t.db
      .select()
      .from(dossierEvents)
      .where(and(eq(dossierEvents.type, "late-alert")));
    expect(alerts.map((a) => a.dossierId)).toContain(d.id);
    expect(alerts.map((a) => a.dossierId)).not.toContain(onTime.id);
    const mail = await t.db.select().from(outbox);
    for (const who of [w.people.handlerA.id, w.people.leaderA.id]) {
      expect(mail.some((m) => m.staffId === who && m.subject.includes(d.code))).toBe(true);
    }
    expect(await sweepLateDossiers(t.db, today)).toBe(0);
    // A same-day procedure received today is not late yet and has no day to apologise ahead of.
    const sameDay = await createProcedure(t, w, {
      processingDays: 0,
      steps: [{ name: "Chứng thực", agencyId: null, days: 0 }],
    });
    const { dossier: quick } = await fileAtCounter(t, w, sameDay.id);
    await must(act(t, w.as.clerkA, quick.id, "receive"));
    expect(await sweepLateDossiers(t.db, today)).toBe(0);
    // A new appointment gets its own alert.
    await patchDossier(t.db, d.id, { appointmentDate: addDays(today, 4) });
    expect(await sweepLateDossiers(t.db, today)).toBe(1);
    // The sweep runs as a registered hourly job.
    const job = JOB_DEFS.find((j) => j.id === "onestop.late-sweep");
    expect(job?.cron).toBe("17 * * * *");
  });

  it("lists the counter queue, the overdue steps, in scope only", async () => {
    const { dossier } = await fileAtCounter(t, w, procedureId);
    const counter = await call(t, "GET", "/api/v1/onestop/queues/counter?limit=100", {
      session: w.as.clerkA,
    });
    expect(counter.status).toBe(200);
    expect(counter.body.items.map((x: { id: string }) => x.id)).toContain(dossier.id);
    const other = await call(t, "GET", "/api/v1/onestop/queues/counter", { session: w.as.clerkB });
    expect(other.body.items).toEqual([]);
    expect((await call(t, "GET", "/api/v1/onestop/queues/counter")).status).toBe(401);
    expect(
      (await call(t, "GET", "/api/v1/onestop/queues/counter?status=bogus", { session: w.as.clerkA })).status,
    ).toBe(400);
    const d = await processingDossier(t, w, procedureId);
    await t.db
      .update(dossierSteps)
      .set({ dueDate: addDays(today, -2) })
      .where(and(eq(dossierSteps.dossierId, d.id), eq(dossierSteps.stepNo, 1)));
    const overdue = await call(t, "GET", "/api/v1/onestop/queues/overdue-steps", { session: w.as.inspector });
    const row = overdue.body.items.find((x: { dossierId: string }) => x.dossierId === d.id);
    expect(row).toMatchObject({ stepNo: 1, daysOverdue: 2, handler: { id: w.people.handlerA.id } });
    const byStep = async (n: number) =>
      (
        await call(t, "GET", `/api/v1/onestop/queues/overdue-steps?stepNo=${n}`, { session: w.as.leaderA })
      ).body.items.map((x: { dossierId: string }) => x.dossierId);
    expect(await byStep(1)).toContain(d.id);
    expect(await byStep(2)).not.toContain(d.id);
    const fromB = await call(t, "GET", "/api/v1/onestop/queues/overdue-steps", { session: w.as.handlerB });
    expect(fromB.body.items).toEqual([]);
    const detail = await call(t, "GET", `/api/v1/onestop/dossiers/${d.id}`, { session: w.as.handlerA });
    expect(detail.body.steps[0].isOverdue).toBe(true);
    expect((await call(t, "GET", `/api/v1/onestop/dossiers/${d.id}`, { session: w.as.clerkB })).status).toBe(
      404,
    );
  });
});
