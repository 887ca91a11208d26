import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { receptionIdentities, receptionSessions } from "../../../src/db/schema";
import { auditOf, call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  addDays,
  addEntry,
  buildWorld,
  entryBody,
  openSession,
  receptionApp,
  reps,
  sessionBody,
  todayVn,
  uploadPdf,
  type World,
} from "./helpers";

describe(`reception sessions and book on ${DB_KIND}`, () => {
  let t: TestApp & { dataDir: string };
  let w: World;
  let sessionId: string;

  beforeAll(async () => {
    t = await receptionApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("opens sessions only in scope, with a leader host and known agencies", async () => {
    expect((await call(t, "POST", "/api/v1/reception/sessions", { body: sessionBody(w) })).status).toBe(401);
    expect((await call(t, "GET", "/api/v1/reception/sessions")).status).toBe(401);
    const bad = await call(t, "POST", "/api/v1/reception/sessions", {
      session: w.as.receptionA,
      body: sessionBody(w, { type: "ad_hoc", hostId: null, date: "2026-13-01", startTime: "25:00" }),
    });
    expect(bad.status).toBe(400);
    expect(detailPaths(bad.body).sort()).toEqual(["date", "hostId", "reason", "startTime"]);
    const other = await call(t, "POST", "/api/v1/reception/sessions", {
      session: w.as.receptionB,
      body: sessionBody(w),
    });
    expect(other.status).toBe(403);
    const wrongHost = await call(t, "POST", "/api/v1/reception/sessions", {
      session: w.as.receptionA,
      body: sessionBody(w, { hostId: w.people.leaderB.id }),
    });
    expect(detailPaths(wrongHost.body)).toEqual(["hostId"]);
    const wrongAgency = await call(t, "POST", "/api/v1/reception/sessions", {
      session: w.as.receptionA,
      body: sessionBody(w, { agencyIds: ["00000000-0000-7000-8000-000000000000"] }),
    });
    expect(detailPaths(wrongAgency.body)).toEqual(["agencyIds"]);
    const tooSoon = await call(t, "POST", "/api/v1/reception/sessions", {
      session: w.as.receptionA,
      body: sessionBody(w, { type: "online", date: addDays(todayVn(), 2) }),
    });
    expect(detailPaths(tooSoon.body)).toEqual(["date"]);
    expect(tooSoon.body.error.details[0].message).toContain("5 ngày làm việc");
    const online = await call(t, "POST", "/api/v1/reception/sessions", {
      session: w.as.receptionA,
      body: sessionBody(w, { type: "online", date: addDays(todayVn(), 30) }),
    });
    expect(online.status).toBe(201);
    const s = await openSession(t, w);
    expect(s.status).toBe("planned");
    // codes count per year of the session's date: the online one a month ahead may fall in the next year
    const sameYear = online.body.code.split("-")[2] === s.code.split("-")[2];
    expect(s.code).toMatch(sameYear ? /^TCD-XA\d+-\d{4}-0002$/ : /^TCD-XA\d+-\d{4}-0001$/);
    sessionId = s.id;
    expect((await auditOf(t.db, "reception.create-session", s.id)).length).toBe(1);
  });

  it("lists and shows sessions in scope only; out of scope is not found", async () => {
    const mine = await call(t, "GET", "/api/v1/reception/sessions", { session: w.as.receptionA });
    expect(mine.body.total).toBe(2);
    const theirs = await call(t, "GET", "/api/v1/reception/sessions", { session: w.as.receptionB });
    expect(theirs.body.items).toEqual([]);
    expect(
      (await call(t, "GET", `/api/v1/reception/sessions/${sessionId}`, { session: w.as.receptionB })).status,
    ).toBe(404);
    expect(
      (await call(t, "GET", "/api/v1/reception/sessions/not-a-uuid", { session: w.as.receptionA })).status,
    ).toBe(400);
    const inspector = await call(t, "GET", `/api/v1/reception/sessions/${sessionId}`, {
      session: w.as.inspector,
    });
    expect(inspector.status).toBe(200);
    expect(inspector.body.abilities.addEntry).toBe(false);
  });

  it("requires representatives and their written appointment for a group of 5 or more", async () => {
    const url = `/api/v1/reception/sessions/${sessionId}/entries`;
    expect((await call(t, "POST", url, { body: entryBody() })).status).toBe(401);
    expect((await call(t, "POST", url, { session: w.as.receptionB, body: entryBody() })).status).toBe(404);
    expect((await call(t, "POST", url, { session: w.as.inspector, body: entryBody() })).status).toBe(403);
    const bad = await call(t, "POST", url, {
      session: w.as.receptionA,
      body: entryBody({ kind: "rumour", summary: "ngắn", representatives: reps(6) }),
    });
    expect(detailPaths(bad.body).sort()).toEqual(["kind", "representatives", "summary"]);
    const noGuidance = await call(t, "POST", url, {
      session: w.as.receptionA,
      body: entryBody({ outcome: "guided", withinCompetence: false }),
    });
    expect(detailPaths(noGuidance.body)).toEqual(["guidance"]);
    const noReps = await call(t, "POST", url, {
      session: w.as.receptionA,
      body: entryBody({ peopleCount: 7 }),
    });
    expect(noReps.status).toBe(400);
    expect(detailPaths(noReps.body)).toEqual(["representatives"]);
    expect(noReps.body.error.details[0].message).toContain("Đ.30");
    const tooMany = await call(t, "POST", url, {
      session: w.as.receptionA,
      body: entryBody({ peopleCount: 7, representatives: reps(3) }),
    });
    expect(detailPaths(tooMany.body)).toEqual(["representatives"]);
    const noFile = await call(t, "POST", url, {
      session: w.as.receptionA,
      body: entryBody({ peopleCount: 7, representatives: reps(2) }),
    });
    expect(detailPaths(noFile.body)).toEqual(["appointmentFileId"]);
    const foreignFile = await uploadPdf(t, w.as.receptionB);
    const notMine = await call(t, "POST", url, {
      session: w.as.receptionA,
      body: entryBody({ peopleCount: 7, representatives: reps(2), appointmentFileId: foreignFile }),
    });
    expect(detailPaths(notMine.body)).toEqual(["appointmentFileId"]);
    const file = await uploadPdf(t, w.as.receptionA);
    const group = await addEntry(t, w.as.receptionA, sessionId, {
      peopleCount: 7,
      representatives: reps(2),
      appointmentFileId: file,
    });
    expect(group).toMatchObject({ isGroup: true, peopleCount: 7, representativeCount: 2, seq: 1 });
    // Luật TCD Đ.28 k.1: a matter taken on is answered within 10 working days.
    expect(group.replyDue).toBeTypeOf("string");
    expect((group.replyDue as string) > addDays(todayVn(), 9)).toBe(true);
    expect(group.isReplyOverdue).toBe(false);
    const big = await addEntry(t, w.as.receptionA, sessionId, {
      peopleCount: 14,
      representatives: reps(5),
      appointmentFileId: file,
    });
    expect(big.seq).toBe(2);
    const detail = await call(t, "GET", `/api/v1/reception/sessions/${sessionId}`, {
      session: w.as.receptionA,
    });
    expect(detail.body.status).toBe("held");
    expect(detail.body.peopleCount).toBe(21);
    expect(detail.body.entries).toHaveLength(2);
  });

  it("seals a denouncer's identity and shows it only to the officer and the leader, audited", async () => {
    const e = await addEntry(t, w.as.receptionA, sessionId, { kind: "denunciation", outcome: "accepted" });
    expect(e.visitor).toMatchObject({ confidential: true, identifier: null });
    const [stored] = await t.db
      .select()
      .from(receptionIdentities)
      .where(eq(receptionIdentities.entryId, e.id));
    expect(stored).toMatchObject({ isSealed: true, fullName: null, personalId: null, address: null });
    const byOfficer = await call(t, "GET", `/api/v1/reception/entries/${e.id}`, { session: w.as.receptionA });
    expect(byOfficer.body.identity.fullName).toMatch(/^Nguyễn Văn Tiếp/);
    const list = await call(t, "GET", `/api/v1/reception/sessions/${sessionId}`, { session: w.as.leaderA });
    expect(JSON.stringify(list.body)).not.toContain(byOfficer.body.identity.fullName);
    expect(JSON.stringify(list.body)).not.toContain(byOfficer.body.identity.personalId);
    const byInspector = await call(t, "GET", `/api/v1/reception/entries/${e.id}`, {
      session: w.as.inspector,
    });
    expect(byInspector.status).toBe(200);
    expect(byInspector.body.identity).toBeNull();
    expect(JSON.stringify(byInspector.body)).not.toContain(byOfficer.body.identity.fullName);
    expect(
      (await call(t, "GET", `/api/v1/reception/entries/${e.id}`, { session: w.as.receptionB })).status,
    ).toBe(404);
    const reads = await auditOf(t.db, "reception.read-identity", e.id);
    expect(reads).toHaveLength(1);
    const trail = JSON.stringify(await auditOf(t.db, "reception.create-entry", e.id));
    expect(trail).not.toContain(byOfficer.body.identity.fullName);
  });

  it("refuses with a legal ground in force on the day, and records the written notice", async () => {
    const old = await openSession(t, w, { date: "2026-06-15" });
    const url = `/api/v1/reception/sessions/${old.id}/entries`;
    const notYet = await call(t, "POST", url, {
      session: w.as.receptionA,
      body: entryBody({ outcome: "refused", refusal: { ground: "weapons", explanation: "Mang theo dao" } }),
    });
    expect(detailPaths(notYet.body)).toEqual(["refusal.ground"]);
    const noRefusal = await call(t, "POST", url, {
      session: w.as.receptionA,
      body: entryBody({ outcome: "refused" }),
    });
    expect(detailPaths(noRefusal.body)).toEqual(["refusal"]);
    const refused = await addEntry(t, w.as.receptionA, old.id, {
      outcome: "refused",
      refusal: {
        ground: "resolved_case",
        explanation: "Vụ việc đã được giải quyết đúng pháp luật, đã trả lời",
      },
    });
    expect(refused.refusal).toMatchObject({ noticeRequired: true, noticeNo: null, noticeDue: "2026-06-15" });
    const noticeUrl = `/api/v1/reception/entries/${refused.id}/refusal-notice`;
    const badNotice = await call(t, "POST", noticeUrl, {
      session: w.as.receptionA,
      body: { noticeDate: "2026-06-15" },
    });
    expect(detailPaths(badNotice.body)).toEqual(["noticeNo"]);
    expect(
      (
        await call(t, "POST", noticeUrl, {
          session: w.as.receptionB,
          body: { noticeNo: "01/TB", noticeDate: "2026-06-15" },
        })
      ).status,
    ).toBe(404);
    const ok = await call(t, "POST", noticeUrl, {
      session: w.as.receptionA,
      body: { noticeNo: "01/TB-UBND", noticeDate: "2026-06-16" },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.refusal.noticeNo).toBe("01/TB-UBND");
    const again = await call(t, "POST", noticeUrl, {
      session: w.as.receptionA,
      body: { noticeNo: "02/TB-UBND", noticeDate: "2026-06-16" },
    });
    expect(again.status).toBe(412);
    const recent = await addEntry(t, w.as.receptionA, sessionId, {
      outcome: "refused",
      refusal: { ground: "weapons", explanation: "Mang theo vật nguy hiểm, không chấp hành" },
    });
    // NĐ 154/2026 Đ.4: a written refusal notice within 3 working days of the reception.
    expect(recent.refusal).toMatchObject({ noticeRequired: true });
    expect((recent.refusal as { noticeDue: string }).noticeDue > todayVn()).toBe(true);
  });

  it("registers an entry as a petition once, through the petitions intake", async () => {
    const e = await addEntry(t, w.as.receptionA, sessionId, { peopleCount: 1 });
    const url = `/api/v1/reception/entries/${e.id}/petition`;
    expect((await call(t, "POST", url, { body: {} })).status).toBe(401);
    expect((await call(t, "POST", url, { session: w.as.receptionB, body: {} })).status).toBe(404);
    expect(
      detailPaths((await call(t, "POST", url, { session: w.as.receptionA, body: { content: "ngắn" } })).body),
    ).toEqual(["content"]);
    const made = await call(t, "POST", url, { session: w.as.receptionA, body: {} });
    expect(made.status).toBe(201);
    expect(made.body.pin).toMatch(/^\d{8}$/);
    expect(made.body.entry.petition.code).toBe(made.body.petition.code);
    const petition = await call(t, "GET", `/api/v1/petitions/${made.body.petition.id}`, {
      session: w.as.receptionA,
    });
    expect(petition.body).toMatchObject({ channel: "reception", kind: "complaint", receivedDate: todayVn() });
    expect((await call(t, "POST", url, { session: w.as.receptionA, body: {} })).status).toBe(412);
    const answered = await addEntry(t, w.as.receptionA, sessionId, { outcome: "answered" });
    const refused = await call(t, "POST", `/api/v1/reception/entries/${answered.id}/petition`, {
      session: w.as.receptionA,
      body: {},
    });
    expect(refused.status).toBe(412);
  });

  it("holds or cancels a session only when it can, and refuses entries in a future session", async () => {
    const future = await openSession(t, w, { date: addDays(todayVn(), 10) });
    const early = await call(t, "POST", `/api/v1/reception/sessions/${future.id}/entries`, {
      session: w.as.receptionA,
      body: entryBody(),
    });
    expect(early.status).toBe(412);
    const hold = await call(t, "POST", `/api/v1/reception/sessions/${future.id}/state`, {
      session: w.as.receptionA,
      body: { action: "hold" },
    });
    expect(hold.status).toBe(412);
    const noReason = await call(t, "POST", `/api/v1/reception/sessions/${future.id}/state`, {
      session: w.as.receptionA,
      body: { action: "cancel" },
    });
    expect(detailPaths(noReason.body)).toEqual(["reason"]);
    const cancel = await call(t, "POST", `/api/v1/reception/sessions/${future.id}/state`, {
      session: w.as.receptionA,
      body: { action: "cancel", reason: "Lãnh đạo đi công tác, chuyển lịch" },
    });
    expect(cancel.status).toBe(200);
    expect(cancel.body.status).toBe("cancelled");
    const [row] = await t.db.select().from(receptionSessions).where(eq(receptionSessions.id, future.id));
    expect(row?.cancelReason).toContain("công tác");
    const empty = await openSession(t, w, { type: "regular", hostId: null });
    const held = await call(t, "POST", `/api/v1/reception/sessions/${empty.id}/state`, {
      session: w.as.receptionA,
      body: { action: "hold", note: "Không có công dân đến" },
    });
    expect(held.body.status).toBe("held");
  });
});
