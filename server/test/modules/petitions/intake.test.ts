import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox, petitionIdentities, petitions } from "../../../src/db/schema";
import { SECRET_KEY_FILE } from "../../../src/platform/secrets";
import { auditOf, call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  addDays,
  buildWorld,
  intake,
  intakeBody,
  pdfBytes,
  petitionApp,
  todayVn,
  upload,
  type World,
} from "./helpers";

describe(`petition intake on ${DB_KIND}`, () => {
  let t: TestApp & { dataDir: string };
  let w: World;

  beforeAll(async () => {
    t = await petitionApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("refuses anonymous callers, other units and bad input before taking a petition", async () => {
    expect((await call(t, "POST", "/api/v1/petitions", { body: intakeBody(w.a.id) })).status).toBe(401);
    const outOfScope = await call(t, "POST", "/api/v1/petitions", {
      session: w.as.receptionB,
      body: intakeBody(w.a.id),
    });
    expect(outOfScope.status).toBe(403);
    const handler = await call(t, "POST", "/api/v1/petitions", {
      session: w.as.handlerA,
      body: intakeBody(w.a.id),
    });
    expect(handler.status).toBe(403);
    const bad = await call(t, "POST", "/api/v1/petitions", {
      session: w.as.receptionA,
      body: intakeBody(w.a.id, { kind: "gossip", receivedDate: "2026-02-30", summary: "x" }),
    });
    expect(bad.status).toBe(400);
    expect(detailPaths(bad.body).sort()).toEqual(["kind", "receivedDate", "summary"]);
    const noSource = await call(t, "POST", "/api/v1/petitions", {
      session: w.as.receptionA,
      body: intakeBody(w.a.id, { channel: "transfer" }),
    });
    expect(detailPaths(noSource.body)).toEqual(["source"]);
    const future = await call(t, "POST", "/api/v1/petitions", {
      session: w.as.receptionA,
      body: intakeBody(w.a.id, { receivedDate: addDays(todayVn(), 2) }),
    });
    expect(detailPaths(future.body)).toEqual(["receivedDate"]);
    const unknownUnit = await call(t, "POST", "/api/v1/petitions", {
      session: w.as.receptionA,
      body: intakeBody("00000000-0000-7000-8000-000000000000"),
    });
    expect(detailPaths(unknownUnit.body)).toEqual(["unitId"]);
  });

  it("takes a petition from every channel with a daily gapless code, a processing deadline and a PIN", async () => {
    const channels = ["reception", "mail", "hotline", "transfer", "online"] as const;
    const codes: string[] = [];
    for (const channel of channels) {
      const body = intakeBody(w.a.id, {
        channel,
        ...(channel === "transfer" ? { source: { bodyName: "Ban Dân nguyện", documentNo: "12/BDN" } } : {}),
      });
      const res = await intake(t, w.as.receptionA, body);
      expect(res.pin).toMatch(/^\d{8}$/);
      expect(res.petition.status).toBe("received");
      expect(res.petition.channel).toBe(channel);
      expect(res.petition.processDue).toBeTypeOf("string");
      expect((res.petition.deadlines as { process: { ruleCode: string } }).process.ruleCode).toBe(
        "complaint.first.accept",
      );
      codes.push(res.petition.code);
    }
    const day = todayVn().slice(2).replaceAll("-", "");
    const seqs = codes.map((c) => {
      expect(c.startsWith(`${w.a.code}-${day}-`)).toBe(true);
      return Number(c.split("-").pop());
    });
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
    const [row] = await t.db.select().from(petitions).where(eq(petitions.code, codes[3]!));
    expect(row!.sourceBody).toBe("Ban Dân nguyện");
    expect(row!.pinHash).not.toContain(row!.code);
    expect(await auditOf(t.db, "petitions.intake", row!.id)).toHaveLength(1);
  });

  it("keeps attachments uploaded by the officer and refuses others' files", async () => {
    const mine = await upload(t, w.as.receptionA, "don.pdf", pdfBytes());
    const theirs = await upload(t, w.as.receptionB, "khac.pdf", pdfBytes());
    const bad = await call(t, "POST", "/api/v1/petitions", {
      session: w.as.receptionA,
      body: intakeBody(w.a.id, { attachments: [theirs.body.id] }),
    });
    expect(bad.status).toBe(400);
    expect(detailPaths(bad.body)).toEqual(["attachments"]);
    const res = await intake(
      t,
      w.as.receptionA,
      intakeBody(w.a.id, { attachments: [mine.body.id], hasOriginalDocuments: true }),
    );
    const events = res.petition.events as { type: string; files: { name: string }[] }[];
    expect(events[0]!.type).toBe("intake");
    expect(events[0]!.files.map((f) => f.name)).toEqual(["don.pdf"]);
  });

  it("flags five or more signers as a group petition", async () => {
    const four = await intake(t, w.as.receptionA, intakeBody(w.a.id, { signerCount: 4 }));
    const five = await intake(t, w.as.receptionA, intakeBody(w.a.id, { signerCount: 5 }));
    expect(four.petition.isGroup).toBe(false);
    expect(five.petition.isGroup).toBe(true);
  });

  it("records an anonymous denunciation as information (Luật Tố cáo Đ.25)", async () => {
    const res = await intake(
      t,
      w.as.receptionA,
      intakeBody(w.a.id, { kind: "denunciation", petitioner: null }),
    );
    expect(res.petition.status).toBe("information");
    expect((res.petition.petitioner as { anonymous: boolean }).anonymous).toBe(true);
    expect((res.petition.deadlines as { process: { ruleCode: string } }).process.ruleCode).toBe(
      "petition.process",
    );
    const named = await intake(t, w.as.receptionA, intakeBody(w.a.id, { kind: "denunciation" }));
    expect(named.petition.status).toBe("received");
    expect((named.petition.deadlines as { process: { ruleCode: string } }).process.ruleCode).toBe(
      "denunciation.initial",
    );
  });

  it("replays a staff intake with the same Idempotency-Key", async () => {
    const body = intakeBody(w.a.id);
    const headers = { "idempotency-key": `staff-${Date.now()}` };
    const first = await call(t, "POST", "/api/v1/petitions", { session: w.as.receptionA, body, headers });
    const again = await call(t, "POST", "/api/v1/petitions", { session: w.as.receptionA, body, headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.petition.code).toBe(first.body.petition.code);
    expect(again.body.pin).toBe(first.body.pin);
    const rows = await t.db.select().from(petitions).where(eq(petitions.summary, body.summary));
    expect(rows).toHaveLength(1);
  });

  it("generates the secret key file once, readable by the owner only", () => {
    const file = path.join(t.dataDir, SECRET_KEY_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64")).toHaveLength(32);
  });

  it("sends the petitioner a receipt without naming them", async () => {
    const res = await intake(t, w.as.receptionA, intakeBody(w.a.id));
    const mails = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.link, `/public/petitions/status?code=${res.petition.code}`));
    expect(mails.map((m) => m.channel).sort()).toEqual(["email", "sms"]);
    const [who] = await t.db
      .select()
      .from(petitionIdentities)
      .where(eq(petitionIdentities.petitionId, res.petition.id));
    for (const m of mails) {
      expect(`${m.subject} ${m.body}`).not.toContain(who!.fullName!);
    }
  });
});
