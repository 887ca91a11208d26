import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox, petitionIdentities, petitions, tasks } from "../../../src/db/schema";
import { auditOf, call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  acceptedComplaint,
  addDays,
  buildWorld,
  classify,
  intake,
  intakeBody,
  patchPetition,
  pdfBytes,
  petitionApp,
  todayVn,
  upload,
  type World,
} from "./helpers";

describe(`petition lifecycle on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  const post = (path: string, session: World["as"][keyof World["as"]] | undefined, body: unknown) =>
    call(t, "POST", `/api/v1/petitions/${path}`, { session, body });

  beforeAll(async () => {
    t = await petitionApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("classifies: 401, 404 out of scope, 403 without the right, 400 bad input, then group and reason", async () => {
    const { petition } = await intake(t, w.as.receptionA, intakeBody(w.a.id, { signerCount: 3 }));
    const body = { kind: "complaint", eligible: true, withinCompetence: true, signerCount: 7 };
    expect((await post(`${petition.id}/classify`, undefined, body)).status).toBe(401);
    expect((await post(`${petition.id}/classify`, w.as.receptionB, body)).status).toBe(404);
    expect((await post(`${petition.id}/classify`, w.as.handlerA, body)).status).toBe(404);
    expect((await post(`${petition.id}/classify`, w.as.inspector, body)).status).toBe(403);
    const bad = await post(`${petition.id}/classify`, w.as.receptionA, { ...body, eligible: false });
    expect(bad.status).toBe(400);
    expect(detailPaths(bad.body)).toEqual(["ineligibleReason"]);
    expect((await post("not-a-uuid/classify", w.as.receptionA, body)).status).toBe(400);
    const ok = await post(`${petition.id}/classify`, w.as.receptionA, body);
    expect(ok.status).toBe(200);
    expect(ok.body.isGroup).toBe(true);
    expect(ok.body.classification).toMatchObject({ eligible: true, withinCompetence: true });
    expect(ok.body.abilities.decide).toBe(true);
    expect(await auditOf(t.db, "petitions.classify", petition.id)).toHaveLength(1);
  });

  it("seals the identity when a petition is reclassified as a denunciation", async () => {
    const { petition } = await intake(t, w.as.receptionA, intakeBody(w.a.id));
    const res = await classify(t, w.as.receptionA, petition.id, { kind: "denunciation" });
    expect(res.body.petitioner.confidential).toBe(true);
    const [row] = await t.db
      .select()
      .from(petitionIdentities)
      .where(eq(petitionIdentities.petitionId, petition.id));
    expect(row).toMatchObject({
      isSealed: true,
      fullName: null,
      personalId: null,
      address: null,
      phone: null,
      email: null,
    });
    expect(row!.sealed).toMatch(/^v1\./);
  });

  it("splits a petition with several contents into parts that keep the receipt date and PIN", async () => {
    const { petition, pin } = await intake(
      t,
      w.as.receptionA,
      intakeBody(w.a.id, { kind: "recommendation" }),
    );
    const parts = [
      {
        kind: "complaint",
        summary: "Khiếu nại quyết định thu hồi đất",
        content: "Nội dung khiếu nại quyết định thu hồi đất ở xóm 3",
      },
      {
        kind: "recommendation",
        summary: "Kiến nghị sửa đường liên xóm",
        content: "Đề nghị sửa chữa đường liên xóm bị sạt lở sau mưa lũ",
      },
    ];
    expect((await post(`${petition.id}/split`, w.as.receptionA, { parts })).status).toBe(403);
    await classify(t, w.as.receptionA, petition.id, { kind: "recommendation", isMultiContent: true });
    expect((await post(`${petition.id}/split`, w.as.receptionA, { parts: parts.slice(0, 1) })).status).toBe(
      400,
    );
    const res = await post(`${petition.id}/split`, w.as.receptionA, { parts });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("split");
    expect(res.body.currentDue).toBeNull();
    expect(res.body.children.map((c: { relation: string }) => c.relation)).toEqual(["split", "split"]);
    const children = await t.db.select().from(petitions).where(eq(petitions.splitFromId, petition.id));
    const parent = await call(t, "GET", `/api/public/v1/petitions/${petition.code}`, {
      headers: { "x-tracking-pin": pin },
    });
    expect(parent.body.status).toBe("split");
    expect(parent.body.continuedAs).toEqual(children.map((c) => c.code).sort());
    expect(children.map((c) => c.kind).sort()).toEqual(["complaint", "recommendation"]);
    for (const c of children) {
      expect(c.receivedDate).toBe(petition.receivedDate);
      const seen = await call(t, "GET", `/api/public/v1/petitions/${c.code}`, {
        headers: { "x-tracking-pin": pin },
      });
      expect(seen.status).toBe(200);
    }
  });

  it("accepts only an eligible petition within competence, with the resolution deadline stored", async () => {
    const { petition } = await intake(t, w.as.receptionA, intakeBody(w.a.id));
    expect((await post(`${petition.id}/decide`, w.as.receptionA, { action: "accept" })).status).toBe(403);
    await classify(t, w.as.receptionA, petition.id, { eligible: false, ineligibleReason: "Không có chữ ký" });
    const refused = await post(`${petition.id}/decide`, w.as.receptionA, { action: "accept" });
    expect(refused.status).toBe(400);
    expect(detailPaths(refused.body)).toEqual(["action"]);
    await classify(t, w.as.receptionA, petition.id);
    const bad = await post(`${petition.id}/decide`, w.as.receptionA, {
      action: "accept",
      decisionDate: "2000-01-01",
    });
    expect(detailPaths(bad.body)).toEqual(["decisionDate"]);
    const complexNoWhy = await post(`${petition.id}/decide`, w.as.receptionA, {
      action: "accept",
      complex: true,
    });
    expect(detailPaths(complexNoWhy.body)).toEqual(["complexJustification"]);
    const ok = await post(`${petition.id}/decide`, w.as.receptionA, {
      action: "accept",
      decisionNo: "05/QĐ-TL",
      complex: true,
      complexJustification: "Nhiều người khiếu nại, cần xác minh ở hai địa điểm",
    });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe("accepted");
    expect(ok.body.isComplex).toBe(true);
    expect(ok.body.deadlines.resolve.ruleCode).toBe("complaint.first.resolve");
    expect(ok.body.currentDue).toBe(ok.body.resolveDue);
    // Complex first complaint: 45 days (Luật Khiếu nại Đ.28), rolled past a day off at most a few days.
    expect(ok.body.resolveDue >= addDays(todayVn(), 45)).toBe(true);
    expect(ok.body.resolveDue <= addDays(todayVn(), 49)).toBe(true);
    const again = await post(`${petition.id}/decide`, w.as.receptionA, {
      action: "archive",
      ground: "other",
      note: "x y z",
    });
    expect(again.status).toBe(403);
  });

  it("requires a reason for a decision after the processing deadline", async () => {
    const { petition } = await intake(
      t,
      w.as.receptionA,
      intakeBody(w.a.id, { receivedDate: addDays(todayVn(), -40) }),
    );
    await classify(t, w.as.receptionA, petition.id);
    const late = await post(`${petition.id}/decide`, w.as.receptionA, { action: "accept" });
    expect(late.status).toBe(400);
    expect(detailPaths(late.body)).toEqual(["lateReason"]);
    const ok = await post(`${petition.id}/decide`, w.as.receptionA, {
      action: "accept",
      lateReason: "Chờ hồ sơ từ cơ quan đất đai",
    });
    expect(ok.status).toBe(200);
    expect(ok.body.decision).toMatchObject({ late: true, lateReason: "Chờ hồ sơ từ cơ quan đất đai" });
  });

  it("guides or transfers only once for the same applicant and content, naming the earlier petition", async () => {
    const body = intakeBody(w.a.id);
    const first = await intake(t, w.as.receptionA, body);
    await classify(t, w.as.receptionA, first.petition.id, {
      withinCompetence: false,
      competentBody: "judicial",
    });
    const withinFirst = await intake(t, w.as.receptionA, intakeBody(w.a.id));
    await classify(t, w.as.receptionA, withinFirst.petition.id);
    const within = await post(`${withinFirst.petition.id}/decide`, w.as.receptionA, {
      action: "guide",
      guidance: "Gửi Tòa án",
    });
    expect(within.status).toBe(400);
    const guided = await post(`${first.petition.id}/decide`, w.as.receptionA, {
      action: "guide",
      guidance: "Đề nghị ông gửi đơn đến Tòa án nhân dân khu vực",
      targetBodyName: "Tòa án nhân dân khu vực 5",
    });
    expect(guided.status).toBe(200);
    expect(guided.body.status).toBe("guided");
    const repeat = await intake(t, w.as.receptionA, {
      ...body,
      summary: `${body.summary} (gửi lại)`,
      content: `${body.content} Tôi gửi lại đơn này.`,
    });
    await classify(t, w.as.receptionA, repeat.petition.id, { withinCompetence: false });
    const second = await post(`${repeat.petition.id}/decide`, w.as.receptionA, {
      action: "guide",
      guidance: "Gửi Tòa án",
    });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain(first.petition.code);
    expect(second.body.error.details[0].message).toBe(first.petition.code);
    const transfer = await post(`${repeat.petition.id}/decide`, w.as.receptionA, {
      action: "transfer",
      targetUnitId: w.b.id,
    });
    expect(transfer.status).toBe(409);
    const other = await intake(t, w.as.receptionA, {
      ...intakeBody(w.a.id),
      content: body.content,
      petitioner: intakeBody(w.a.id).petitioner,
    });
    await classify(t, w.as.receptionA, other.petition.id, { withinCompetence: false });
    expect(
      (
        await post(`${other.petition.id}/decide`, w.as.receptionA, {
          action: "guide",
          guidance: "Gửi Tòa án",
        })
      ).status,
    ).toBe(200);
    const archived = await post(`${repeat.petition.id}/decide`, w.as.receptionA, {
      action: "archive",
      ground: "already_guided",
      note: `Đã hướng dẫn tại đơn ${first.petition.code}`,
    });
    expect(archived.body.status).toBe("archived");
  });

  it("transfers only to a unit or agency of the catalogue, and the receiving unit registers it", async () => {
    const { petition } = await intake(t, w.as.receptionA, intakeBody(w.a.id, { kind: "feedback" }));
    await classify(t, w.as.receptionA, petition.id, {
      kind: "feedback",
      withinCompetence: false,
      competentBody: "administrative",
    });
    const unknown = await post(`${petition.id}/decide`, w.as.receptionA, {
      action: "transfer",
      targetUnitId: "00000000-0000-7000-8000-000000000000",
    });
    expect(unknown.status).toBe(400);
    expect(detailPaths(unknown.body)).toEqual(["targetUnitId"]);
    const mismatch = await post(`${petition.id}/decide`, w.as.receptionA, {
      action: "transfer",
      targetUnitId: w.b.id,
      targetAgencyId: w.agencyA.id,
    });
    expect(detailPaths(mismatch.body)).toEqual(["targetAgencyId"]);
    const ok = await post(`${petition.id}/decide`, w.as.receptionA, {
      action: "transfer",
      targetUnitId: w.b.id,
      targetAgencyId: w.agencyB.id,
      decisionNo: "09/PC",
    });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe("transferred");
    expect(ok.body.decision.target).toEqual({ id: w.agencyB.id, name: w.agencyB.name });
    const [copy] = await t.db.select().from(petitions).where(eq(petitions.transferredFromId, petition.id));
    expect(copy).toMatchObject({
      unitId: w.b.id,
      channel: "transfer",
      status: "received",
      sourceDocumentNo: "09/PC",
    });
    expect((await call(t, "GET", `/api/v1/petitions/${copy!.id}`, { session: w.as.receptionB })).status).toBe(
      200,
    );
  });

  it("assigns an agency and handler of the unit, who is told and may then see and note it", async () => {
    const { petition } = await intake(t, w.as.receptionA, intakeBody(w.a.id));
    expect(
      (await call(t, "GET", `/api/v1/petitions/${petition.id}`, { session: w.as.handlerA })).status,
    ).toBe(404);
    const wrongAgency = await post(`${petition.id}/assign`, w.as.receptionA, {
      agencyId: w.agencyB.id,
      handlerId: w.people.handlerA.id,
    });
    expect(detailPaths(wrongAgency.body)).toEqual(["agencyId"]);
    const wrongHandler = await post(`${petition.id}/assign`, w.as.receptionA, {
      agencyId: w.agencyA.id,
      handlerId: w.people.receptionB.id,
    });
    expect(detailPaths(wrongHandler.body)).toEqual(["handlerId"]);
    expect(
      (
        await post(`${petition.id}/assign`, w.as.inspector, {
          agencyId: w.agencyA.id,
          handlerId: w.people.handlerA.id,
        })
      ).status,
    ).toBe(403);
    const ok = await post(`${petition.id}/assign`, w.as.receptionA, {
      agencyId: w.agencyA.id,
      handlerId: w.people.handlerA.id,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.handler).toEqual({ id: w.people.handlerA.id, fullName: w.people.handlerA.fullName });
    const told = await t.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.staffId, w.people.handlerA.id), eq(outbox.link, `/petitions/${petition.id}`)));
    expect(told.length).toBeGreaterThan(0);
    expect(
      (await call(t, "GET", `/api/v1/petitions/${petition.id}`, { session: w.as.handlerA })).status,
    ).toBe(200);
    const mine = await call(t, "GET", "/api/v1/petitions?mine=true", { session: w.as.handlerA });
    expect(mine.body.items.map((p: { id: string }) => p.id)).toContain(petition.id);
    const file = await upload(t, w.as.handlerA, "bien-ban.pdf", pdfBytes());
    const note = await post(`${petition.id}/notes`, w.as.handlerA, {
      note: "Đã làm việc với công dân",
      attachments: [file.body.id],
    });
    expect(note.status).toBe(200);
    expect(note.body.events.at(-1)).toMatchObject({ type: "note", note: "Đã làm việc với công dân" });
    expect((await post(`${petition.id}/notes`, w.as.handler2A, { note: "x" })).status).toBe(404);
    expect((await post(`${petition.id}/notes`, w.as.handlerA, { note: "" })).status).toBe(400);
  });

  it("resolves: the handler or a leader records the answer, on time fixed, petitioner told", async () => {
    const p = await acceptedComplaint(t, w);
    const body = { decisionNo: "20/QĐ-UBND", answer: "Giữ nguyên quyết định thu hồi đất", publish: true };
    expect((await post(`${p.id}/resolve`, undefined, body)).status).toBe(401);
    expect((await post(`${p.id}/resolve`, w.as.receptionB, body)).status).toBe(404);
    expect((await post(`${p.id}/resolve`, w.as.receptionA, body)).status).toBe(403);
    expect((await post(`${p.id}/resolve`, w.as.handlerA, { ...body, answer: "" })).status).toBe(400);
    const ok = await post(`${p.id}/resolve`, w.as.handlerA, body);
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe("resolved");
    expect(ok.body.resolution).toMatchObject({ documentNo: "20/QĐ-UBND", onTime: true });
    expect(ok.body.currentDue).toBeNull();
    const mails = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.link, `/public/petitions/status?code=${p.code}`));
    expect(mails.some((m) => m.subject.includes("kết quả giải quyết"))).toBe(true);
    const late = await acceptedComplaint(t, w);
    await patchPetition(t.db, late.id, { resolveDue: addDays(todayVn(), -1) });
    const noReason = await post(`${late.id}/resolve`, w.as.leaderA, body);
    expect(detailPaths(noReason.body)).toEqual(["lateReason"]);
    const byLeader = await post(`${late.id}/resolve`, w.as.leaderA, {
      ...body,
      lateReason: "Chờ kết quả đo đạc",
    });
    expect(byLeader.body.resolution.onTime).toBe(false);
  });

  it("withdraws a complaint; a withdrawn denunciation may still be resolved (Luật Tố cáo Đ.33)", async () => {
    const { petition } = await intake(t, w.as.receptionA, intakeBody(w.a.id));
    expect((await post(`${petition.id}/withdraw`, w.as.receptionA, { reason: "" })).status).toBe(400);
    const ok = await post(`${petition.id}/withdraw`, w.as.receptionA, { reason: "Công dân có đơn xin rút" });
    expect(ok.body.status).toBe("withdrawn");
    expect((await post(`${petition.id}/withdraw`, w.as.receptionA, { reason: "lần hai" })).status).toBe(403);
    const den = await intake(t, w.as.receptionA, intakeBody(w.a.id, { kind: "denunciation" }));
    const kept = await post(`${den.petition.id}/withdraw`, w.as.receptionA, {
      reason: "Rút tố cáo",
      continueResolution: true,
    });
    expect(kept.body.status).toBe("received");
    expect(kept.body.events.at(-1).type).toBe("withdraw");
  });

  it("files a second complaint linked to the first, at the same or a higher level, once", async () => {
    const first = await acceptedComplaint(t, w);
    const body = {
      unitId: w.province.id,
      channel: "mail",
      receivedDate: todayVn(),
      summary: "Khiếu nại lần hai quyết định giải quyết khiếu nại",
      content: "Không đồng ý với quyết định giải quyết khiếu nại lần đầu của Chủ tịch UBND xã",
    };
    const early = await post(`${first.id}/second-complaint`, w.as.receptionP, body);
    expect(early.status).toBe(412);
    await post(`${first.id}/resolve`, w.as.handlerA, {
      decisionNo: "30/QĐ",
      answer: "Bác đơn khiếu nại",
      publish: false,
    });
    expect((await post(`${first.id}/second-complaint`, w.as.receptionB, body)).status).toBe(404);
    const sibling = await post(`${first.id}/second-complaint`, w.as.receptionP, { ...body, unitId: w.b.id });
    expect(detailPaths(sibling.body)).toEqual(["unitId"]);
    const ok = await post(`${first.id}/second-complaint`, w.as.receptionP, body);
    expect(ok.status).toBe(201);
    expect(ok.body.petition).toMatchObject({ round: 2, kind: "complaint", unitId: w.province.id });
    expect(ok.body.petition.parent).toEqual({ id: first.id, name: first.code });
    expect(ok.body.petition.deadlines.process.ruleCode).toBe("complaint.second.accept");
    expect(ok.body.petition.identity.fullName).toMatch(/^Nguyễn Văn Khiếu/);
    expect((await post(`${first.id}/second-complaint`, w.as.receptionP, body)).status).toBe(409);
  });

  it("urges the handler and reports to the head through follow-up tasks", async () => {
    const p = await acceptedComplaint(t, w);
    expect((await post(`${p.id}/urge`, undefined, {})).status).toBe(401);
    expect((await post(`${p.id}/urge`, w.as.receptionB, {})).status).toBe(404);
    expect((await post(`${p.id}/urge`, w.as.handlerA, {})).status).toBe(403);
    expect((await post(`${p.id}/urge`, w.as.receptionA, {})).status).toBe(400);
    expect((await post(`${p.id}/urge`, w.as.receptionA, { dueDate: "2026-13-01" })).status).toBe(400);
    const urged = await post(`${p.id}/urge`, w.as.leaderA, { note: "Khẩn trương xác minh, báo cáo" });
    expect(urged.status).toBe(201);
    const [task] = await t.db.select().from(tasks).where(eq(tasks.id, urged.body.id));
    expect(task).toMatchObject({
      sourceType: "petition",
      sourceId: p.id,
      assigneeId: w.people.handlerA.id,
      directorId: w.people.leaderA.id,
    });
    const byReception = await post(`${p.id}/urge`, w.as.receptionA, { directorId: w.people.leaderA.id });
    expect(byReception.status).toBe(201);
    const report = await post(`${p.id}/report-to-head`, w.as.receptionA, {
      headId: w.people.leaderA.id,
      note: "Vụ việc đông người, phức tạp, đề nghị Chủ tịch trực tiếp chỉ đạo",
    });
    expect(report.status).toBe(201);
    const [rt] = await t.db.select().from(tasks).where(eq(tasks.id, report.body.id));
    expect(rt).toMatchObject({ directorId: w.people.leaderA.id, sourceId: p.id });
    const headTold = await t.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.staffId, w.people.leaderA.id), eq(outbox.link, `/petitions/${p.id}`)));
    expect(headTold.length).toBeGreaterThan(0);
    const notLeader = await post(`${p.id}/report-to-head`, w.as.receptionA, {
      headId: w.people.handler2A.id,
      note: "abc",
    });
    expect(notLeader.status).toBe(400);
    const detail = await call(t, "GET", `/api/v1/petitions/${p.id}`, { session: w.as.leaderA });
    expect(detail.body.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(["urge", "report-to-head"]),
    );
    expect(await auditOf(t.db, "petitions.urge", p.id)).toHaveLength(2);
  });

  it("handles anonymous information only by archiving or transferring", async () => {
    const { petition } = await intake(
      t,
      w.as.receptionA,
      intakeBody(w.a.id, { kind: "denunciation", petitioner: null }),
    );
    await classify(t, w.as.receptionA, petition.id, { kind: "denunciation" });
    const accept = await post(`${petition.id}/decide`, w.as.receptionA, { action: "accept" });
    expect(accept.status).toBe(400);
    const archived = await post(`${petition.id}/decide`, w.as.receptionA, {
      action: "archive",
      ground: "anonymous_information",
      note: "Dùng làm thông tin phục vụ kiểm tra",
    });
    expect(archived.status).toBe(200);
    expect(archived.body.decision.archiveGround).toBe("anonymous_information");
  });

  it("guards every step: 401 anonymous, 404 out of scope, 400 malformed id, and documents it in OpenAPI", async () => {
    const { petition } = await intake(t, w.as.receptionA, intakeBody(w.a.id));
    const steps = [
      "classify",
      "split",
      "decide",
      "assign",
      "notes",
      "resolve",
      "withdraw",
      "second-complaint",
      "urge",
      "report-to-head",
    ];
    for (const step of steps) {
      expect((await post(`${petition.id}/${step}`, undefined, {})).status, step).toBe(401);
      expect((await post(`${petition.id}/${step}`, w.as.receptionB, {})).status, step).toBeOneOf([400, 404]);
      expect((await post(`12345/${step}`, w.as.receptionA, {})).status, step).toBe(400);
    }
    for (const step of ["classify", "decide", "assign", "withdraw", "report-to-head"]) {
      const valid: Record<string, unknown> = {
        classify: { kind: "complaint", eligible: true, withinCompetence: true },
        decide: { action: "archive", ground: "other", note: "Lưu đơn" },
        assign: { agencyId: w.agencyA.id, handlerId: w.people.handlerA.id },
        withdraw: { reason: "Rút đơn" },
        "report-to-head": { headId: w.people.leaderA.id, note: "Báo cáo" },
      };
      expect((await post(`${petition.id}/${step}`, w.as.receptionB, valid[step])).status, step).toBe(404);
    }
    expect((await call(t, "GET", `/api/v1/petitions/${petition.id}`)).status).toBe(401);
    expect((await call(t, "GET", "/api/v1/petitions/12345", { session: w.as.receptionA })).status).toBe(400);
    const doc = await call(t, "GET", "/api/openapi.json");
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/petitions",
        "/api/v1/petitions/{id}/decide",
        "/api/public/v1/petitions/{code}",
      ]),
    );
  });
});
