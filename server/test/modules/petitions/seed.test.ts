import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { petitionIdentities, petitions, units } from "../../../src/db/schema";
import { DEMO_PASSWORD, seedDemo } from "../../../src/db/seed/demo";
import { NGHE_AN_UNITS } from "../../../src/db/seed/nghe-an-units";
import { seedPetitions } from "../../../src/db/seed/petitions";
import { call, signInFresh } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { addDays, petitionApp, todayVn } from "./helpers";

describe(`demo petitions on ${DB_KIND}`, () => {
  let t: TestApp & { dataDir: string };

  beforeAll(async () => {
    t = await petitionApp();
    await seedDemo(t.db, t.config);
    const rows = await t.db.select().from(units);
    const ids = new Map(
      NGHE_AN_UNITS.map((u) => [
        u.key,
        { id: rows.find((r) => r.code === u.code && r.validFrom === u.validFrom)!.id },
      ]),
    );
    await seedPetitions(t.db, ids, t.config);
  });
  afterAll(async () => {
    await t.close();
  });

  it("seeds a resolved complaint, an overdue recommendation and a sealed denunciation", async () => {
    const all = await t.db.select().from(petitions);
    expect(all.length).toBeGreaterThanOrEqual(9);
    expect(all.some((p) => p.kind === "complaint" && p.status === "resolved" && p.resolvedOnTime)).toBe(true);
    expect(
      all.some((p) => p.kind === "recommendation" && p.currentDue !== null && p.currentDue < todayVn()),
    ).toBe(true);
    const den = all.find((p) => p.kind === "denunciation")!;
    expect(den.isConfidential).toBe(true);
    const [who] = await t.db
      .select()
      .from(petitionIdentities)
      .where(eq(petitionIdentities.petitionId, den.id));
    expect(who!.isSealed).toBe(true);
    expect(who!.fullName).toBeNull();
  });

  it("gives the demo leader of Anh Sơn a high handling rate and the demo handler the denunciation", async () => {
    const leader = await signInFresh(t, "leader", DEMO_PASSWORD);
    const figures = await call(
      t,
      "GET",
      `/api/v1/petitions/figures?from=${addDays(todayVn(), -90)}&to=${todayVn()}`,
      {
        session: leader,
      },
    );
    expect(figures.status).toBe(200);
    expect(figures.body.total.handlingRate).toBeGreaterThan(0.8);
    const handler = await signInFresh(t, "handler", DEMO_PASSWORD);
    const mine = await call(t, "GET", "/api/v1/petitions?mine=true", { session: handler });
    const den = mine.body.items.find((p: { kind: string }) => p.kind === "denunciation");
    const detail = await call(t, "GET", `/api/v1/petitions/${den.id}`, { session: handler });
    expect(detail.body.identity.fullName).toBe("Võ Thị Hạnh");
  });
});

describe(`the committee's board on the demo data on ${DB_KIND}`, () => {
  let t: TestApp & { dataDir: string };

  beforeAll(async () => {
    t = await petitionApp();
    await seedDemo(t.db, t.config);
  });
  afterAll(async () => {
    await t.close();
  });

  it("shows Anh Sơn's overdue and due-soon cases; the officer urges and reports, only the head directs", async () => {
    const officer = await signInFresh(t, "reception", DEMO_PASSWORD);
    const board = await call(t, "GET", "/api/v1/petitions/board?dueWithinDays=10", { session: officer });
    expect(board.status).toBe(200);
    const overdue = board.body.overdue.find((p: { summary: string }) =>
      p.summary.includes("cầu tràn xóm 11"),
    );
    const soon = board.body.dueSoon.find((p: { summary: string }) => p.summary.includes("cột điện"));
    expect(overdue.abilities).toMatchObject({ urge: true, reportToHead: true, direct: false });
    expect(soon.currentDue > todayVn()).toBe(true);
    const people = await call(t, "GET", `/api/v1/petitions/${overdue.id}/people`, { session: officer });
    const head = people.body.heads.find((h: { fullName: string }) => h.fullName === "Trần Văn Minh");
    const urged = await call(t, "POST", `/api/v1/petitions/${overdue.id}/urge`, {
      session: officer,
      body: { directorId: head.id, note: "Đề nghị báo cáo kết quả trong 3 ngày" },
    });
    expect(urged.status).toBe(201);
    const reported = await call(t, "POST", `/api/v1/petitions/${overdue.id}/report-to-head`, {
      session: officer,
      body: { headId: head.id, note: "Vụ việc quá hạn, đề nghị thủ trưởng cho ý kiến chỉ đạo" },
    });
    expect(reported.status).toBe(201);
    const refused = await call(t, "POST", `/api/v1/petitions/${overdue.id}/direction`, {
      session: officer,
      body: { note: "Không phải thủ trưởng" },
    });
    expect(refused.status).toBe(403);
    const leader = await signInFresh(t, "leader", DEMO_PASSWORD);
    const directed = await call(t, "POST", `/api/v1/petitions/${overdue.id}/direction`, {
      session: leader,
      body: { note: "Giao Phòng Kinh tế khảo sát, sửa chữa cầu tràn trước ngày 20" },
    });
    expect(directed.status).toBe(200);
    expect(directed.body.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(["urge", "report-to-head", "direction"]),
    );
    const blank = await call(t, "POST", `/api/v1/petitions/${overdue.id}/direction`, {
      session: leader,
      body: { note: "" },
    });
    expect(blank.status).toBe(400);
  });
});
