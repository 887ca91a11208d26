import { and, eq } from "drizzle-orm";
import jsQR from "jsqr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox, ratingInteractions, ratings } from "../../../src/db/schema";
import { call, type Session } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import * as oneStop from "../one-stop/helpers";
import { readPdf, renderFirstPage } from "../one-stop/pdf-reader";
import * as petitions from "../petitions/helpers";
import { publicCall } from "./helpers";

const PUBLIC = "https://dichvucong.example.vn";
const rate = { level: "satisfied", aspects: {}, answers: {}, comment: "Cán bộ hướng dẫn tận tình" };

let ipSeq = 0;
async function pdf(t: TestApp, path: string, session: Session) {
  ipSeq += 1;
  const res = await t.app.request(path, {
    headers: { cookie: session.cookie, "x-forwarded-for": `10.91.${ipSeq >> 8}.${ipSeq & 255}` },
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, bytes };
}

const ratingCount = async (t: TestApp, kind: string, refId: string) =>
  (
    await t.db
      .select({ id: ratings.id })
      .from(ratings)
      .innerJoin(ratingInteractions, eq(ratingInteractions.id, ratings.interactionId))
      .where(and(eq(ratingInteractions.kind, kind), eq(ratingInteractions.refId, refId)))
  ).length;

describe(`rating links on slips, notifications and public status pages on ${DB_KIND}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await oneStop.oneStopApp();
    t.config.publicUrl = `${PUBLIC}/`;
  });
  afterAll(async () => t.close());

  it("a dossier: the status page offers the rating only with the PIN and only once the result is returned", async () => {
    const w = await oneStop.buildWorld(t);
    const procedure = await oneStop.createProcedure(t, w);
    const d = await oneStop.processingDossier(t, w, procedure.id);
    await oneStop.patchDossier(t.db, d.id, {
      applicantEmail: "dan@example.vn",
      applicantPhone: "0912345678",
    });
    const status = (pin?: string) =>
      publicCall(
        t,
        "GET",
        `/api/public/v1/dossiers/${d.code}`,
        undefined,
        pin ? { "x-tracking-pin": pin } : {},
      );
    const slip = (file: string) => pdf(t, `/api/v1/onestop/dossiers/${d.id}/documents/${file}`, w.as.clerkA);

    // The receipt's QR leads to the status page and says the rating is offered there.
    const receipt = await slip("receipt.pdf");
    expect(receipt.status).toBe(200);
    const receiptText = (await readPdf(receipt.bytes)).text;
    expect(receiptText).toContain("Quét mã để tra cứu và đánh giá");
    expect(receiptText.replace(/\s+/g, " ")).toContain("đánh giá mức độ hài lòng");

    expect((await status(d.pin)).body.rating).toBeNull();
    expect((await slip("rating.pdf")).status).toBe(409);
    await oneStop.must(
      oneStop.act(t, w.as.handlerA, d.id, "complete-step", {
        stepNo: 1,
        nextHandlerId: w.people.handlerA.id,
      }),
    );
    await oneStop.must(oneStop.act(t, w.as.handlerA, d.id, "complete-step", { stepNo: 2 }));
    await oneStop.must(oneStop.act(t, w.as.leaderA, d.id, "approve", { decision: "granted" }));
    expect((await status(d.pin)).body.rating).toBeNull();
    await oneStop.must(oneStop.act(t, w.as.clerkA, d.id, "return-result"));

    // Without the PIN the public state shows no token anywhere; a wrong PIN is an unknown code.
    const anonymous = await status();
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.status).toBe("returned");
    // the round's steps in order, each with the day it was done (read in the lookup's one query)
    const day = expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/);
    expect(anonymous.body.steps).toEqual([
      { stepNo: 1, name: expect.any(String), status: "done", completedDate: day },
      { stepNo: 2, name: expect.any(String), status: "done", completedDate: day },
    ]);
    expect(anonymous.body.rating).toBeNull();
    expect(JSON.stringify(anonymous.body)).not.toContain("danh-gia");
    expect((await status("99999999")).status).toBe(404);

    const owner = await status(d.pin);
    expect(owner.body.rating).toMatchObject({ status: "open", ratedAt: null });
    const path = owner.body.rating.path as string;
    expect(path).toMatch(/^\/public\/danh-gia\/[A-Za-z0-9_-]{20,}$/);
    const token = path.split("/").pop()!;

    // The closing e-mail and SMS carry the absolute rating link.
    const mail = await t.db.select().from(outbox);
    const email = mail.find((m) => m.recipient === "dan@example.vn" && m.subject.includes("trả kết quả"));
    expect(email?.body).toContain(`${PUBLIC}${path}`);
    const sms = mail.find((m) => m.recipient === "0912345678" && m.subject.includes("trả kết quả"));
    expect(sms?.channel).toBe("sms");
    expect(sms?.body).toContain(`${PUBLIC}${path}`);

    // The rating invitation handed with the result: its QR opens the same form.
    const invitation = await slip("rating.pdf");
    expect(invitation.status).toBe(200);
    expect((await readPdf(invitation.bytes)).text).toContain("PHIẾU MỜI ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG");
    const image = await renderFirstPage(invitation.bytes);
    expect(jsQR(image.data, image.width, image.height)?.data).toBe(`${PUBLIC}${path}`);

    // The link rates once: a second send inside the edit window is a new version of the same vote.
    const form = await publicCall(t, "GET", `/api/public/v1/satisfaction/forms/${token}`);
    expect(form.body).toMatchObject({ kind: "dossier", label: d.code, rating: null });
    const first = await publicCall(t, "POST", `/api/public/v1/satisfaction/forms/${token}`, rate);
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(1);
    const rated = await status(d.pin);
    expect(rated.body.rating).toMatchObject({ status: "rated", path: null });
    expect(rated.body.rating.ratedAt).toBeTruthy();
    expect((await slip("rating.pdf")).status).toBe(409);
    const again = await publicCall(t, "POST", `/api/public/v1/satisfaction/forms/${token}`, {
      ...rate,
      level: "very_satisfied",
    });
    expect(again.body, JSON.stringify(again.body)).toMatchObject({ version: 2 });
    expect(await ratingCount(t, "dossier", d.id)).toBe(1);
  });

  it("a petition: the status page (code + PIN) offers the rating once resolved; the answer mail carries it", async () => {
    const w = await petitions.buildWorld(t);
    const p = await petitions.acceptedComplaint(t, w);
    const status = (pin: string) =>
      publicCall(t, "GET", `/api/public/v1/petitions/${p.code}`, undefined, { "x-tracking-pin": pin });
    expect((await status(p.pin)).body.rating).toBeNull();
    const resolved = await call(t, "POST", `/api/v1/petitions/${p.id}/resolve`, {
      session: w.as.handlerA,
      body: { decisionNo: "21/QĐ-UBND", answer: "Giữ nguyên quyết định thu hồi đất", publish: true },
    });
    expect(resolved.status).toBe(200);
    expect((await status("00000000")).status).toBe(404);
    const owner = await status(p.pin);
    expect(owner.body.rating).toMatchObject({ status: "open" });
    // The status lookup reads the row as JSON, where the timestamp travels as text.
    const [offered] = await t.db
      .select({ expiresAt: ratingInteractions.expiresAt })
      .from(ratingInteractions)
      .where(and(eq(ratingInteractions.kind, "petition"), eq(ratingInteractions.refId, p.id)));
    expect(owner.body.rating.expiresAt).toBe(offered!.expiresAt.toISOString());
    const path = owner.body.rating.path as string;
    const mail = await t.db.select().from(outbox);
    const answerMail = mail.find(
      (m) => m.channel === "email" && m.subject === `Đơn ${p.code} đã có kết quả giải quyết`,
    );
    expect(answerMail?.body).toContain(`${PUBLIC}${path}`);
    expect(answerMail?.link).toBe(`/public/petitions/status?code=${p.code}`);
    const sms = mail.find(
      (m) => m.channel === "sms" && m.subject === `Đơn ${p.code} đã có kết quả giải quyết`,
    );
    expect(sms?.body).toContain(`${PUBLIC}${path}`);

    const token = path.split("/").pop()!;
    expect((await publicCall(t, "POST", `/api/public/v1/satisfaction/forms/${token}`, rate)).status).toBe(
      200,
    );
    expect((await status(p.pin)).body.rating).toMatchObject({ status: "rated", path: null });
    // After the edit window the token is spent for good.
    await t.db
      .update(ratings)
      .set({ editableUntil: new Date(Date.now() - 1000) })
      .where(
        eq(
          ratings.interactionId,
          (
            await t.db
              .select({ id: ratingInteractions.id })
              .from(ratingInteractions)
              .where(and(eq(ratingInteractions.kind, "petition"), eq(ratingInteractions.refId, p.id)))
          )[0]!.id,
        ),
      );
    expect((await publicCall(t, "POST", `/api/public/v1/satisfaction/forms/${token}`, rate)).status).toBe(
      409,
    );
    expect(await ratingCount(t, "petition", p.id)).toBe(1);
  });

  it("an expired link is offered as expired, without a path", async () => {
    const w = await petitions.buildWorld(t);
    const p = await petitions.acceptedComplaint(t, w);
    await call(t, "POST", `/api/v1/petitions/${p.id}/resolve`, {
      session: w.as.handlerA,
      body: { decisionNo: "22/QĐ-UBND", answer: "Đã giải quyết xong", publish: false },
    });
    await t.db
      .update(ratingInteractions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(and(eq(ratingInteractions.kind, "petition"), eq(ratingInteractions.refId, p.id)));
    const res = await publicCall(t, "GET", `/api/public/v1/petitions/${p.code}`, undefined, {
      "x-tracking-pin": p.pin,
    });
    expect(res.body.rating).toMatchObject({ status: "expired", path: null, ratedAt: null });
  });
});
