import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitSuccessions } from "../../../src/db/schema";
import { resolveSuccessors } from "../../../src/modules/directory";
import { buildStaff, buildUnit, call, type Session, signInFresh } from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";

const sorted = (list: string[] | undefined) => [...(list ?? [])].sort();

describe(`resolveSuccessors on ${DB_KIND}`, () => {
  let t: TestApp;
  let admin: Session;
  let province: Awaited<ReturnType<typeof buildUnit>>;
  const retire = async (id: string, validTo: string, successorIds: string[]) => {
    const res = await call(t, "POST", `/api/v1/units/${id}/retire`, {
      session: admin,
      body: { validTo, successorIds, reason: "Sắp xếp đơn vị hành chính 2025" },
    });
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp();
    province = await buildUnit(t.db, { type: "tinh", name: "Tỉnh Nghệ An" });
    admin = await signInFresh(
      t,
      (await buildStaff(t.db, { unitId: province.id, roles: ["admin"] })).username,
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it("follows huyện → old xã → new xã transitively, and a split maps to every successor", async () => {
    const huyen = await buildUnit(t.db, { parentId: province.id, type: "huyen", name: "Huyện Cũ" });
    const oldXa1 = await buildUnit(t.db, { parentId: huyen.id, name: "Xã Cũ Một" });
    const oldXa2 = await buildUnit(t.db, { parentId: huyen.id, name: "Xã Cũ Hai" });
    const newXa1 = await buildUnit(t.db, { parentId: province.id, name: "Xã Mới Một" });
    const newXa2 = await buildUnit(t.db, { parentId: province.id, name: "Xã Mới Hai" });
    const newXa3 = await buildUnit(t.db, { parentId: province.id, name: "Xã Mới Ba" });
    const untouched = await buildUnit(t.db, { parentId: province.id, name: "Xã Giữ Nguyên" });

    // The district level goes first, its work passing to its communes; then the communes merge.
    await retire(huyen.id, "2025-06-29", [oldXa1.id, oldXa2.id]);
    await retire(oldXa1.id, "2025-06-30", [newXa1.id]);
    await retire(oldXa2.id, "2025-06-30", [newXa2.id, newXa3.id]);

    const map = await resolveSuccessors(t.db, [huyen.id, oldXa1.id, oldXa2.id, newXa1.id, untouched.id]);
    expect(map.size).toBe(5);
    expect(sorted(map.get(huyen.id))).toEqual(sorted([newXa1.id, newXa2.id, newXa3.id]));
    expect(map.get(oldXa1.id)).toEqual([newXa1.id]);
    expect(sorted(map.get(oldXa2.id))).toEqual(sorted([newXa2.id, newXa3.id]));
    expect(map.get(newXa1.id)).toEqual([newXa1.id]);
    expect(map.get(untouched.id)).toEqual([untouched.id]);
  });

  it("merges two chains into one successor without duplicates", async () => {
    const a = await buildUnit(t.db, { parentId: province.id });
    const b = await buildUnit(t.db, { parentId: province.id });
    const mid = await buildUnit(t.db, { parentId: province.id });
    const final = await buildUnit(t.db, { parentId: province.id });
    const parent = await buildUnit(t.db, { parentId: province.id, type: "huyen" });
    await retire(parent.id, "2025-06-28", [a.id, b.id]);
    await retire(a.id, "2025-06-29", [mid.id]);
    await retire(b.id, "2025-06-29", [final.id]);
    await retire(mid.id, "2025-06-30", [final.id]);
    const map = await resolveSuccessors(t.db, [parent.id, a.id]);
    expect(map.get(parent.id)).toEqual([final.id]);
    expect(map.get(a.id)).toEqual([final.id]);
  });

  it("stops at maxDepth on a cycle instead of looping", async () => {
    const x = await buildUnit(t.db, { parentId: province.id });
    const y = await buildUnit(t.db, { parentId: province.id });
    await t.db.insert(unitSuccessions).values([
      { fromUnitId: x.id, toUnitId: y.id, effectiveDate: "2025-07-01" },
      { fromUnitId: y.id, toUnitId: x.id, effectiveDate: "2025-07-01" },
    ]);
    const map = await resolveSuccessors(t.db, [x.id], 3);
    expect(map.get(x.id)).toEqual([y.id]);
  });

  it("returns an empty map for no units", async () => {
    expect((await resolveSuccessors(t.db, [])).size).toBe(0);
  });
});
