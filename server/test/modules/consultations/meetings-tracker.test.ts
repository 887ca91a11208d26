import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditOf, call, detailPaths } from "../../support/factories";
import type { TestApp } from "../../support/harness";
import {
  addDays,
  buildWorld,
  consultationApp,
  consultationBody,
  householdRows,
  householdsOf,
  importRows,
  openVote,
  todayVn,
  type World,
} from "./helpers";

let t: TestApp & { dataDir: string };
let w: World;
let k10: { id: string; code: string }[];
let k11: { id: string }[];
let phones: string[];

beforeAll(async () => {
  t = await consultationApp();
  w = await buildWorld(t);
  const rows = householdRows(4, "Khối 10", "K10");
  phones = rows.map((r) => r[4]!);
  await importRows(t, w.as.receptionA, w.a.id, rows);
  await importRows(t, w.as.receptionA, w.a.id, householdRows(1, "Khối 11", "K11"));
  const all = await householdsOf(t, w.as.receptionA, w.a.id);
  k10 = all.filter((h) => h.code.startsWith("K10"));
  k11 = all.filter((h) => h.code.startsWith("K11"));
});
afterAll(() => t.close());

const meetingBody = (over: Record<string, unknown> = {}) => ({
  heldOn: todayVn(),
  place: "Nhà văn hóa Khối 10",
  chairName: "Chủ tịch UBND huyện",
  agenda: ["Công bố chủ trương di dời nghĩa trang", "Giới thiệu 3 vị trí dự kiến", "Nghe ý kiến Nhân dân"],
  attendeeHouseholdIds: k10.slice(0, 3).map((h) => h.id),
  minutes: "Hội nghị thống nhất chủ trương; bà con đề nghị làm đường vào nghĩa trang mới.",
  concerns: [{ concern: "Chi phí cải táng", answer: "Nhà nước hỗ trợ theo quy định của tỉnh" }],
  ...over,
});

describe("meetings", () => {
  it("401, 404 out of scope, 400 naming the field, then households present over all households", async () => {
    const c = await openVote(t, w);
    const url = `/api/v1/consultations/${c.id}/meetings`;
    expect((await call(t, "POST", url, { body: meetingBody() })).status).toBe(401);
    expect((await call(t, "POST", url, { session: w.as.receptionB, body: meetingBody() })).status).toBe(404);
    const outside = await call(t, "POST", url, {
      session: w.as.receptionA,
      body: meetingBody({ attendeeHouseholdIds: [k11[0]!.id] }),
    });
    expect(detailPaths(outside.body)).toContain("attendeeHouseholdIds.0");
    const future = await call(t, "POST", url, {
      session: w.as.receptionA,
      body: meetingBody({ heldOn: addDays(todayVn(), 3) }),
    });
    expect(detailPaths(future.body)).toContain("heldOn");
    expect(
      detailPaths(
        (await call(t, "POST", url, { session: w.as.receptionA, body: meetingBody({ agenda: [] }) })).body,
      ),
    ).toContain("agenda");
    const ok = await call(t, "POST", url, { session: w.as.receptionA, body: meetingBody() });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ householdsPresent: 3, totalHouseholds: 4 });
    const listed = await call(t, "GET", url, { session: w.as.leaderA });
    expect(listed.body.items).toHaveLength(1);
    const pub = await call(t, "GET", `/api/public/v1/consultations/${c.id}`);
    expect(pub.body.meetings[0].concerns[0].concern).toBe("Chi phí cải táng");
    expect(pub.body.meetings[0].chairName).toBeUndefined();
    expect(await auditOf(t.db, "consultations.meeting", c.id)).toHaveLength(1);
  });
});

describe("affected-household tracker", () => {
  it("enrols the households concerned and reaches 100% agreement, with concerns visible until then", async () => {
    const c = await openVote(t, w);
    const url = `/api/v1/consultations/${c.id}/affected`;
    expect((await call(t, "POST", url)).status).toBe(401);
    expect((await call(t, "POST", url, { session: w.as.receptionB })).status).toBe(404);
    const enrolled = await call(t, "POST", url, { session: w.as.receptionA });
    expect(enrolled.body.rows).toHaveLength(4);
    expect(enrolled.body.consensus).toMatchObject({ tracked: 4, agreed: 0, percent: 0 });
    const put = (hid: string, body: unknown) =>
      call(t, "PUT", `${url}/${hid}`, { session: w.as.receptionA, body });
    expect(detailPaths((await put(k11[0]!.id, { agreed: true })).body)).toContain("householdId");
    expect(detailPaths((await put(k10[0]!.id, { agreed: "yes" })).body)).toContain("agreed");
    const worried = await put(k10[0]!.id, { informed: true, concern: "Muốn giữ mộ tổ tại chỗ" });
    expect(worried.body.rows[0]).toMatchObject({ agreed: false, concern: "Muốn giữ mộ tổ tại chỗ" });
    for (const h of k10.slice(1)) {
      await put(h.id, { agreed: true, compensationReceived: true });
    }
    let view = await call(t, "GET", url, { session: w.as.leaderA });
    expect(view.body.consensus).toMatchObject({ tracked: 4, agreed: 3, percent: 75 });
    expect(view.body.rows[0].householdId).toBe(k10[0]!.id);
    const row = view.body.rows.find((r: { householdId: string }) => r.householdId === k10[1]!.id);
    expect(row).toMatchObject({ informed: true, opinionGiven: true, compensationSubmitted: true });
    await put(k10[0]!.id, { agreed: true, gravesRelocated: true, concern: null });
    view = await call(t, "GET", url, { session: w.as.leaderA });
    expect(view.body.consensus.percent).toBe(100);
    expect(view.body.consensus.history.at(-1)).toMatchObject({ day: todayVn(), percent: 100 });
    expect(await auditOf(t.db, "consultations.track", c.id)).toHaveLength(5);
  });
});

describe("commitments and the public API", () => {
  it("a commitment is a public task shown on the consultation; the public view carries no personal data", async () => {
    const c = await openVote(t, w);
    const url = `/api/v1/consultations/${c.id}/commitments`;
    const body = {
      title: "Xây dựng nghĩa trang mới khang trang, sạch đẹp",
      summary: "Hoàn thành hạ tầng nghĩa trang mới trước khi di dời",
      assigneeId: w.people.handlerA.id,
      dueDate: addDays(todayVn(), 180),
      deliverable: "Nghĩa trang mới được nghiệm thu",
    };
    expect((await call(t, "POST", url, { body })).status).toBe(401);
    expect((await call(t, "POST", url, { session: w.as.leaderB, body })).status).toBe(404);
    expect(
      detailPaths(
        (await call(t, "POST", url, { session: w.as.receptionA, body: { ...body, dueDate: "2020-01-01" } }))
          .body,
      ),
    ).toContain("dueDate");
    expect(
      detailPaths(
        (
          await call(t, "POST", url, {
            session: w.as.receptionA,
            body: { ...body, assigneeId: w.people.receptionB.id },
          })
        ).body,
      ),
    ).toContain("assigneeId");
    const made = await call(t, "POST", url, { session: w.as.receptionA, body });
    expect(made.status).toBe(201);
    const pub = await call(t, "GET", `/api/public/v1/consultations/${c.id}`);
    expect(pub.status).toBe(200);
    expect(pub.body.commitments).toHaveLength(1);
    expect(pub.body.commitments[0]).toMatchObject({
      title: body.title,
      status: "assigned",
      source: "consultation",
    });
    expect(pub.body.options).toHaveLength(3);
    expect(pub.body.results.totalVoters).toBe(4);
    const text = JSON.stringify(pub.body);
    for (const secret of [
      "Nguyễn Văn Hộ",
      "K10-00",
      w.people.handlerA.fullName,
      w.people.receptionA.fullName,
      ...phones,
    ]) {
      expect(text.includes(secret), secret).toBe(false);
    }
    const list = await call(t, "GET", `/api/public/v1/consultations?unitId=${w.a.id}`);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(c.id);
    expect(list.body.items[0].isPublished).toBeUndefined();
    expect((await call(t, "GET", `/api/public/v1/consultations?limit=1000`)).status).toBe(400);
  });

  it("drafts are not public; unknown ids are 404", async () => {
    const draft = await call(t, "POST", "/api/v1/consultations", {
      session: w.as.receptionA,
      body: consultationBody(w),
    });
    expect((await call(t, "GET", `/api/public/v1/consultations/${draft.body.id}`)).status).toBe(404);
    expect(
      (await call(t, "GET", "/api/public/v1/consultations/00000000-0000-4000-8000-000000000000")).status,
    ).toBe(404);
    const list = await call(t, "GET", "/api/public/v1/consultations");
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(draft.body.id);
  });
});
