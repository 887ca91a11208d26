import { count, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossiers, idempotencyKeys } from "../../../src/db/schema";
import { auditOf, call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { act, buildWorld, createProcedure, must, oneStopApp, type World } from "./helpers";

let ipSeq = 0;
/** Each call from its own client address, so the per-address public limit is not what a test measures. */
const fresh = () => {
  ipSeq += 1;
  return { "x-forwarded-for": `10.77.${ipSeq >> 8}.${ipSeq & 255}` };
};

const onlineBody = (procedureId: string, over: Record<string, unknown> = {}) => ({
  procedureId,
  applicant: {
    kind: "person",
    name: "Lê Thị Trực Tuyến",
    personalId: "040190012345",
    phone: "0912 345 678",
    email: "truc.tuyen@example.vn",
    address: "Khối 3, phường Thái Hòa, Nghệ An",
  },
  summary: "Đăng ký biến động do chuyển mục đích sử dụng đất",
  documents: [{ key: "don", form: "electronic" }],
  ...over,
});

describe(`one-stop public API on ${DB_KIND}`, () => {
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

  const total = async () => (await t.db.select({ n: count() }).from(dossiers))[0]!.n;

  it("files online, answering a retry with the same key with the same code and PIN", async () => {
    const headers = { ...fresh(), "idempotency-key": "online-retry-0001" };
    const first = await call(t, "POST", "/api/public/v1/dossiers", {
      body: onlineBody(procedureId),
      headers,
    });
    expect(first.status).toBe(201);
    expect(first.body.code).toMatch(new RegExp(`^${w.a.code}-\\d{6}-0001$`));
    expect(first.body.pin).toMatch(/^\d{8}$/);
    const before = await total();
    const retry = await call(t, "POST", "/api/public/v1/dossiers", {
      body: onlineBody(procedureId),
      headers,
    });
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await total()).toBe(before);
    const other = await call(t, "POST", "/api/public/v1/dossiers", {
      body: onlineBody(procedureId, { summary: "Một yêu cầu khác" }),
      headers,
    });
    expect(other.status).toBe(409);
    expect(JSON.stringify(await t.db.select().from(idempotencyKeys))).not.toContain(first.body.pin);
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.code, first.body.code));
    expect(row).toMatchObject({ status: "new", channel: "online", filedBy: null });
    expect(row!.pinHash).not.toContain(first.body.pin);
    expect(JSON.stringify(await auditOf(t.db, "onestop.file-online", row!.id))).not.toContain("0912 345 678");
  });

  it("names the field of bad input and refuses procedures not filed online", async () => {
    const post = (body: unknown) => call(t, "POST", "/api/public/v1/dossiers", { body, headers: fresh() });
    const badId = await post(
      onlineBody(procedureId, { applicant: { ...onlineBody(procedureId).applicant, personalId: "123" } }),
    );
    expect(badId.status).toBe(400);
    expect(detailPaths(badId.body)).toEqual(["applicant.personalId"]);
    const badKind = await post(onlineBody(procedureId, { applicant: { kind: "robot", name: "X" } }));
    expect(detailPaths(badKind.body)).toEqual(["applicant.kind"]);
    const unknownProc = await post(onlineBody("00000000-0000-7000-8000-000000000000"));
    expect(detailPaths(unknownProc.body)).toEqual(["procedureId"]);
    const offline = await createProcedure(t, w, { onlineLevel: "none" });
    expect(detailPaths((await post(onlineBody(offline.id))).body)).toEqual(["procedureId"]);
    const badDoc = await post(onlineBody(procedureId, { documents: [{ key: "khong-co", form: "copy" }] }));
    expect(detailPaths(badDoc.body)).toEqual(["documents.0.key"]);
    const badKey = await call(t, "POST", "/api/public/v1/dossiers", {
      body: onlineBody(procedureId),
      headers: { ...fresh(), "idempotency-key": "bad key" },
    });
    expect(detailPaths(badKey.body)).toEqual(["idempotency-key"]);
  });

  it("gives 50 concurrent filings of one day 50 distinct codes numbered 1 to 50", async () => {
    const world = await buildWorld(t);
    const proc = await createProcedure(t, world);
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        call(t, "POST", "/api/public/v1/dossiers", { body: onlineBody(proc.id), headers: fresh() }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const codes = results.map((r) => r.body.code as string);
    expect(new Set(codes).size).toBe(50);
    const seqs = codes.map((c) => Number(c.split("-").pop())).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const stored = await t.db
      .select({ code: dossiers.code })
      .from(dossiers)
      .where(like(dossiers.code, `${world.a.code}-%`));
    expect(stored).toHaveLength(50);
  });

  it("shows the status without personal data, the applicant's details with the PIN", async () => {
    const filed = await call(t, "POST", "/api/public/v1/dossiers", {
      body: onlineBody(procedureId),
      headers: fresh(),
    });
    const { code, pin } = filed.body;
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.code, code));
    await must(act(t, w.as.clerkA, row!.id, "start-check"));
    await must(
      act(t, w.as.clerkA, row!.id, "request-supplement", {
        items: [{ key: "gcn", description: "Bản gốc Giấy chứng nhận" }],
        note: "Ghi chú nội bộ của cán bộ",
      }),
    );
    const path = `/api/public/v1/dossiers/${code}`;
    const open = await call(t, "GET", path, { headers: fresh() });
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject({ code, status: "supplement_requested", applicant: null });
    expect(open.body.statusLabel.vi).toBe("Yêu cầu bổ sung");
    const text = JSON.stringify(open.body);
    for (const hidden of [
      "Lê Thị Trực Tuyến",
      "0912 345 678",
      "040190012345",
      "Ghi chú nội bộ",
      w.people.clerkA.fullName,
    ]) {
      expect(text).not.toContain(hidden);
    }
    const mine = await call(t, "GET", path, { headers: { ...fresh(), "x-tracking-pin": pin } });
    expect(mine.body.applicant).toMatchObject({
      name: "Lê Thị Trực Tuyến",
      missingItems: [{ key: "gcn", description: "Bản gốc Giấy chứng nhận" }],
    });
    expect(JSON.stringify(mine.body)).not.toContain("Ghi chú nội bộ");
    expect(
      (await call(t, "GET", `/api/public/v1/dossiers/${code.slice(0, -1)}9`, { headers: fresh() })).status,
    ).toBe(404);
    expect(
      (await call(t, "GET", "/api/public/v1/dossiers/not%20a%20code", { headers: fresh() })).status,
    ).toBe(400);
  });

  it("answers a wrong PIN like an unknown code and slows down a client that keeps guessing", async () => {
    const filed = await call(t, "POST", "/api/public/v1/dossiers", {
      body: onlineBody(procedureId),
      headers: fresh(),
    });
    const path = `/api/public/v1/dossiers/${filed.body.code}`;
    const guesser = { "x-forwarded-for": "10.99.0.1" };
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      statuses.push(
        (await call(t, "GET", path, { headers: { ...guesser, "x-tracking-pin": String(10_000_000 + i) } }))
          .status,
      );
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
    expect(statuses.slice(10)).toEqual([429, 429]);
    const right = await call(t, "GET", path, { headers: { ...fresh(), "x-tracking-pin": filed.body.pin } });
    expect(right.status).toBe(200);
  });
  it("rate-limits public lookups per client address", async () => {
    const headers = { "x-forwarded-for": "10.98.0.1" };
    const statuses: number[] = [];
    for (let i = 0; i < 125; i += 1) {
      statuses.push((await call(t, "GET", "/api/public/v1/dossiers/XX-261201-0001", { headers })).status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.slice(0, 100).every((s) => s === 404)).toBe(true);
    expect((await call(t, "GET", "/api/public/v1/procedures", { headers: fresh() })).status).toBe(200);
  });
});
