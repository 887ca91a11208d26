import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, petitions } from "../../../src/db/schema";
import { call } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  acceptedComplaint,
  buildWorld,
  classify,
  intake,
  intakeBody,
  petitionApp,
  type World,
} from "./helpers";

type Session = World["as"]["receptionA"];

describe(`extending a denunciation's resolution time on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  const extend = (id: string, session: Session | undefined, body: unknown, lang = "vi") =>
    call(t, "POST", `/api/v1/petitions/${id}/extend`, {
      session,
      body,
      headers: { "accept-language": lang },
    });
  const detail = (id: string, session: Session, lang = "vi") =>
    call(t, "GET", `/api/v1/petitions/${id}`, { session, headers: { "accept-language": lang } });

  async function acceptedDenunciation() {
    const { petition } = await intake(t, w.as.receptionA, intakeBody(w.a.id, { kind: "denunciation" }));
    await classify(t, w.as.receptionA, petition.id, { kind: "denunciation" });
    const accepted = await call(t, "POST", `/api/v1/petitions/${petition.id}/decide`, {
      session: w.as.receptionA,
      body: { action: "accept", decisionNo: "05/QĐ-TL" },
    });
    expect(accepted.status).toBe(200);
    return accepted.body as {
      id: string;
      resolveDue: string;
      deadlines: { resolve: { ruleVersionId: string } };
      decision: { date: string };
    };
  }

  /** The engine's answer for the same rule, acceptance date and unit, asked through the calendar API. */
  async function engineDue(p: Awaited<ReturnType<typeof acceptedDenunciation>>, days: number[]) {
    const res = await call(t, "POST", "/api/v1/calendar/deadline", {
      session: w.as.leaderA,
      body: {
        from: p.decision.date,
        ruleId: p.deadlines.resolve.ruleVersionId,
        unitId: w.a.id,
        extensions: days.map((amount) => ({ amount, reason: "gia hạn" })),
      },
    });
    expect(res.status).toBe(200);
    return res.body.due as string;
  }

  beforeAll(async () => {
    t = await petitionApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("asks for a sign-in, hides other units' petitions, lets only the head extend and names bad fields", async () => {
    const p = await acceptedDenunciation();
    const body = { reason: "Vụ việc phức tạp, cần xác minh thêm", decisionNo: "12/QĐ-UBND" };
    expect((await extend(p.id, undefined, body)).status).toBe(401);
    expect((await extend(p.id, w.as.leaderB, body)).status).toBe(404);
    expect((await extend(p.id, w.as.receptionA, body)).status).toBe(403);
    const reader = await detail(p.id, w.as.receptionA);
    expect(reader.body.abilities.extend).toBe(false);
    expect((await detail(p.id, w.as.leaderA)).body.abilities.extend).toBe(true);

    const noReason = await extend(p.id, w.as.leaderA, { decisionNo: "12/QĐ-UBND" });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.map((d: { path: string }) => d.path)).toContain("reason");
    const noDecision = await extend(p.id, w.as.leaderA, { reason: body.reason });
    expect(noDecision.status).toBe(400);
    expect(noDecision.body.error.details.map((d: { path: string }) => d.path)).toContain("decisionNo");
    const tooLong = await extend(p.id, w.as.leaderA, { ...body, days: 31 }, "en");
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.details).toEqual([
      { path: "days", message: "More days than the rule allows for one extension" },
    ]);
    const future = await extend(p.id, w.as.leaderA, { ...body, decisionDate: "2999-01-01" });
    expect(future.status).toBe(400);
    expect(future.body.error.details[0].path).toBe("decisionDate");
    expect((await detail(p.id, w.as.leaderA)).body.resolveDue).toBe(p.resolveDue);
  });

  it("moves the due date by the rule twice, refuses a third time, and audits each in its transaction", async () => {
    const p = await acceptedDenunciation();
    expect((await detail(p.id, w.as.leaderA)).body.resolveExtensions).toEqual({
      used: 0,
      max: 2,
      maxDays: 30,
    });

    const first = await extend(p.id, w.as.leaderA, {
      reason: "Vụ việc phức tạp, nhiều người liên quan",
      decisionNo: "12/QĐ-UBND",
    });
    expect(first.status).toBe(200);
    expect(first.body.resolveDue).toBe(await engineDue(p, [30]));
    expect(first.body.resolveDue > p.resolveDue).toBe(true);
    expect(first.body.currentDue).toBe(first.body.resolveDue);
    expect(first.body.deadlines.resolve.explanation).toMatch(
      /gia hạn thêm 30 ngày \(lần 1, theo QĐ số 12\/QĐ-UBND/,
    );
    expect(first.body.resolveExtensions).toEqual({ used: 1, max: 2, maxDays: 30 });
    expect(first.body.abilities.extend).toBe(true);
    const event = first.body.events.find((e: { type: string }) => e.type === "extend");
    expect(event).toMatchObject({
      note: "Vụ việc phức tạp, nhiều người liên quan",
      actor: { id: w.people.leaderA.id },
      data: { extension: 1, days: 30, decisionNo: "12/QĐ-UBND", previousDue: p.resolveDue },
    });

    // especially complex: a leader over the commune extends a second time, for 20 days
    const second = await extend(p.id, w.as.leaderP, {
      reason: "Vụ việc đặc biệt phức tạp",
      decisionNo: "15/QĐ-UBND",
      days: 20,
    });
    expect(second.status).toBe(200);
    expect(second.body.resolveDue).toBe(await engineDue(p, [30, 20]));
    expect(second.body.abilities.extend).toBe(false);
    expect(second.body.resolveExtensions).toEqual({ used: 2, max: 2, maxDays: 30 });
    const en = (await detail(p.id, w.as.leaderA, "en")).body.deadlines.resolve.explanation as string;
    expect(en).toMatch(/extended by 30 days \(extension 1, decision no\. 12\/QĐ-UBND/);
    expect(en).toMatch(/extended by 20 days \(extension 2, decision no\. 15\/QĐ-UBND/);
    const [stored] = await t.db.select().from(petitions).where(eq(petitions.id, p.id));
    expect(stored!.resolveExplanation?.vi).toMatch(/lần 2, theo QĐ số 15\/QĐ-UBND/);

    const third = await extend(p.id, w.as.leaderA, {
      reason: "Xin gia hạn lần ba",
      decisionNo: "20/QĐ-UBND",
    });
    expect(third.status).toBe(409);
    expect(third.body.error.message).toMatch(/tối đa \(2\).*denunciation\.resolve/);
    expect(third.body.error.details).toEqual([{ path: "extension", message: "Đã hết số lần gia hạn" }]);
    expect((await detail(p.id, w.as.leaderA)).body.resolveDue).toBe(second.body.resolveDue);

    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "petitions.extend"), eq(auditEvents.entityId, p.id)));
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => a.actorId).sort()).toEqual([w.people.leaderA.id, w.people.leaderP.id].sort());
    expect(audit.map((a) => a.reason)).toContain("Vụ việc đặc biệt phức tạp");
  });

  it("refuses a complaint: its rule allows no extension, the longer time comes from the complex flag", async () => {
    const p = await acceptedComplaint(t, w);
    const before = await detail(p.id, w.as.leaderA);
    expect(before.body.abilities.extend).toBe(false);
    expect(before.body.resolveExtensions).toMatchObject({ used: 0, max: 0 });
    const res = await extend(
      p.id,
      w.as.leaderA,
      { reason: "Vụ việc phức tạp", decisionNo: "30/QĐ-UBND" },
      "en",
    );
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/complaint\.first\.resolve.*complex complaint/);
    expect(res.body.error.details).toEqual([{ path: "extension", message: "No extension allowed" }]);
    expect((await detail(p.id, w.as.leaderA)).body.resolveDue).toBe(before.body.resolveDue);
  });
});
