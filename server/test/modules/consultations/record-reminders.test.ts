import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consultations, outbox } from "../../../src/db/schema";
import { sweepRecordReminders } from "../../../src/modules/consultations/consultations.jobs";
import { auditOf, call } from "../../support/factories";
import type { TestApp } from "../../support/harness";
import {
  addDays,
  buildWorld,
  consultationApp,
  householdRows,
  householdsOf,
  importRows,
  openVote,
  todayVn,
  type World,
} from "./helpers";

let t: TestApp & { dataDir: string };
let w: World;

beforeAll(async () => {
  t = await consultationApp();
  w = await buildWorld(t);
  await importRows(t, w.as.receptionA, w.a.id, householdRows(4));
});
afterAll(() => t.close());

/** A consultation voted and closed; its record is due at the commune by the rule's date. */
async function closedVote() {
  const c = await openVote(t, w);
  const [h] = await householdsOf(t, w.as.receptionA, w.a.id);
  await call(t, "POST", `/api/v1/consultations/${c.id}/votes`, {
    session: w.as.receptionA,
    body: { householdId: h!.id, optionId: c.options[0]!.id },
  });
  const closed = await call(t, "POST", `/api/v1/consultations/${c.id}/voting`, {
    session: w.as.receptionA,
    body: { open: false },
  });
  return closed.body as { id: string; code: string; recordDue: string };
}

const remindersFor = async (code: string) =>
  (await t.db.select().from(outbox)).filter(
    (m) => m.channel === "in_app" && m.subject.includes(code) && m.subject.startsWith("Quá hạn gửi biên bản"),
  );

describe("reminder when the vote record is late at the commune (Luật THDCCS 2022 Đ.20)", () => {
  it("nothing before the due date; once late, the officer and the leader are told once per due date", async () => {
    const c = await closedVote();
    const today = todayVn();
    expect(c.recordDue > today).toBe(true);
    await sweepRecordReminders(t.db, t.config, today);
    expect(await remindersFor(c.code)).toHaveLength(0);

    // The day after the due date: told once, audited with the missed date; a second sweep repeats nothing.
    const dayAfter = addDays(c.recordDue, 1);
    expect(await sweepRecordReminders(t.db, t.config, dayAfter)).toBeGreaterThanOrEqual(1);
    const sent = await remindersFor(c.code);
    expect(sent.map((m) => m.staffId).sort()).toEqual([w.people.receptionA.id, w.people.leaderA.id].sort());
    expect(sent[0]!.link).toBe(`/consultations/${c.id}`);
    await sweepRecordReminders(t.db, t.config, addDays(dayAfter, 3));
    expect(await remindersFor(c.code)).toHaveLength(2);
    const audit = await auditOf(t.db, "consultations.record-overdue-alert", c.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ due: c.recordDue, notified: 2 });

    const detail = await call(t, "GET", `/api/v1/consultations/${c.id}`, { session: w.as.leaderA });
    expect(detail.body.recordOverdue).toBe(false);
  });

  it("a record marked sent, or still open voting, is never reminded", async () => {
    const c = await closedVote();
    await call(t, "POST", `/api/v1/consultations/${c.id}/record-sent`, { session: w.as.receptionA });
    await sweepRecordReminders(t.db, t.config, addDays(c.recordDue, 2));
    expect(await remindersFor(c.code)).toHaveLength(0);

    const open = await openVote(t, w);
    await t.db
      .update(consultations)
      .set({ recordDue: addDays(todayVn(), -3) })
      .where(eq(consultations.id, open.id));
    await sweepRecordReminders(t.db, t.config, todayVn());
    expect(await remindersFor(String((open as { code?: string }).code))).toHaveLength(0);
  });
});
