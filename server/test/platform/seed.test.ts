import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { units } from "../../src/db/schema";
import { seedDemo } from "../../src/db/seed/demo";
import { resolveSuccessors } from "../../src/modules/directory";
import { createTestApp, DB_KIND, type TestApp } from "../support/harness";

describe(`demo units on ${DB_KIND}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db, t.config);
  });
  afterAll(async () => t?.close());

  const unit = async (code: string) => (await t.db.select().from(units).where(eq(units.code, code)))[0]!;

  it("seeds Xã Bích Hào (17818) as a post-2025 commune of Nghệ An", async () => {
    const [province, bichHao] = [await unit("40"), await unit("17818")];
    expect(bichHao).toMatchObject({
      name: "Xã Bích Hào",
      type: "xa",
      parentId: province.id,
      validFrom: "2025-07-01",
      validTo: null,
    });
  });

  it("Thị xã Thái Hòa passes on to its two wards and two communes, Bích Hào among them", async () => {
    const thaiHoa = await unit("40.TH");
    expect(thaiHoa.validTo).toBe("2025-06-30");
    const to = (await resolveSuccessors(t.db, [thaiHoa.id])).get(thaiHoa.id)!;
    const codes = (await t.db.select().from(units)).filter((u) => to.includes(u.id)).map((u) => u.code);
    expect(codes.sort()).toEqual(["16939", "17011", "17017", "17818"]);
  });
});
