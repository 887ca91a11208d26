import { eq } from "drizzle-orm";
import { outbox } from "../../../src/db/schema";
import { call, type Session } from "../../support/factories";
import type { TestApp } from "../../support/harness";
import { addDays, buildWorld, petitionApp, todayVn, type World } from "../petitions/helpers";

export { addDays, buildWorld, petitionApp as consultationApp, todayVn, type World };

export const HEADER = ["Khối", "Số hộ", "Chủ hộ", "Địa chỉ", "Điện thoại", "Thành viên"];

let seq = 0;
/** Rows of a household table: `n` households of one block, each with a phone and two members. */
export function householdRows(n: number, hamlet = "Khối 10", prefix = "K10") {
  seq += 1;
  return Array.from({ length: n }, (_, i) => {
    const no = String(i + 1).padStart(3, "0");
    return [
      hamlet,
      `${prefix}-${no}`,
      `Nguyễn Văn Hộ ${seq}-${no}`,
      `${hamlet}, xã Hưng Nguyên, Nghệ An`,
      `09${String(10_000_000 + seq * 1000 + i).slice(-8)}`,
      `Nguyễn Văn Hộ ${seq}-${no} | chủ hộ | 1970; Trần Thị Vợ ${no} | vợ | 1972`,
    ];
  });
}

export async function importRows(t: TestApp, s: Session, unitId: string, rows: string[][]) {
  const res = await call(t, "POST", "/api/v1/households/import", {
    session: s,
    body: { unitId, header: HEADER, rows },
  });
  if (res.status !== 200) {
    throw new Error(`import failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body as { created: number; updated: number; total: number };
}

export function consultationBody(w: World, over: Record<string, unknown> = {}) {
  const today = todayVn();
  return {
    unitId: w.a.id,
    title: "Di dời nghĩa trang Khối 10 phục vụ mở rộng KCN VSIP Nghệ An",
    summary:
      "Lấy ý kiến Nhân dân Khối 10 về chủ trương di dời nghĩa trang và lựa chọn vị trí nghĩa trang mới.",
    matterType: "other",
    phases: [
      { phase: "information", startDate: addDays(today, -20), endDate: addDays(today, -11) },
      { phase: "discussion", startDate: addDays(today, -10), endDate: addDays(today, -1) },
      { phase: "decision", startDate: today, endDate: addDays(today, 7) },
    ],
    areas: [{ unitId: w.a.id, hamlet: "Khối 10" }],
    ownerId: w.people.receptionA.id,
    directorId: w.people.leaderA.id,
    ...over,
  };
}

export async function createConsultation(t: TestApp, w: World, over: Record<string, unknown> = {}) {
  const res = await call(t, "POST", "/api/v1/consultations", {
    session: w.as.receptionA,
    body: consultationBody(w, over),
  });
  if (res.status !== 201) {
    throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body as { id: string; code: string } & Record<string, unknown>;
}

/** A published consultation in the decision phase with three sites and voting open. */
export async function openVote(t: TestApp, w: World, over: Record<string, unknown> = {}) {
  const c = await createConsultation(t, w, over);
  const s = w.as.receptionA;
  for (const label of ["Vị trí 1: Đồi Cồn Mộc", "Vị trí 2: Rú Đụn", "Vị trí 3: Bàu Sen"]) {
    const r = await call(t, "POST", `/api/v1/consultations/${c.id}/options`, { session: s, body: { label } });
    if (r.status !== 201) {
      throw new Error(`option failed: ${r.status} ${JSON.stringify(r.body)}`);
    }
  }
  await call(t, "POST", `/api/v1/consultations/${c.id}/publish`, { session: s });
  await call(t, "POST", `/api/v1/consultations/${c.id}/phase`, { session: s, body: { phase: "decision" } });
  const opened = await call(t, "POST", `/api/v1/consultations/${c.id}/voting`, {
    session: s,
    body: { open: true },
  });
  if (opened.status !== 200) {
    throw new Error(`open failed: ${opened.status} ${JSON.stringify(opened.body)}`);
  }
  return opened.body as { id: string; options: { id: string; label: string }[] } & Record<string, unknown>;
}

export async function householdsOf(t: TestApp, s: Session, unitId: string) {
  const res = await call(t, "GET", `/api/v1/households?unitId=${unitId}&limit=500`, { session: s });
  return res.body.items as { id: string; code: string; members: { id: string }[] }[];
}

/** The last SMS written to the outbox for a phone (the development mailbox). */
export async function lastSms(t: TestApp, phone: string) {
  const rows = await t.db.select().from(outbox).where(eq(outbox.recipient, phone));
  return rows.filter((r) => r.channel === "sms").at(-1);
}
