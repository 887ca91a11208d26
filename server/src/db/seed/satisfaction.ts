import type { SatisfactionLevel } from "@danvan/common";
import { and, eq } from "drizzle-orm";
import { answerFollowUp } from "../../modules/satisfaction/answer-follow-up";
import { rateInteraction } from "../../modules/satisfaction/rate";
import { registerInteraction } from "../../modules/satisfaction/register-interaction";
import { rebuildSatisfactionRollup } from "../../modules/satisfaction/rollup";
import { ratingToken } from "../../modules/satisfaction/tokens";
import { todayVn } from "../../modules/tasks/internal";
import type { Config } from "../../platform/config";
import type { Actor, Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { hashPassword } from "../../platform/passwords";
import { loadGrants } from "../../platform/session";
import type { Db } from "../client";
import {
  agencies,
  positions,
  ratingInteractions,
  ratingKiosks,
  ratings,
  ratingVersions,
  roleGrants,
  staff,
} from "../schema";
import type { SeedUnitIds } from "./petitions";

/** Xã Nam Đàn's one-stop counter: the chairman, three counter clerks, and their desks. */
const NAM_DAN_STAFF = [
  {
    username: "namdan.leader",
    fullName: "Nguyễn Văn Thắng",
    agency: "VP",
    position: "Chủ tịch UBND xã",
    role: "leader",
  },
  {
    username: "namdan.clerk",
    fullName: "Hồ Thị Thanh Tâm",
    agency: "TTPVHCC",
    position: "Công chức tư pháp - hộ tịch",
    role: "clerk",
  },
  {
    username: "namdan.clerk2",
    fullName: "Trần Đức Anh",
    agency: "TTPVHCC",
    position: "Công chức địa chính",
    role: "clerk",
  },
  {
    username: "namdan.clerk3",
    fullName: "Lê Thị Kim Oanh",
    agency: "TTPVHCC",
    position: "Công chức văn hóa - xã hội",
    role: "clerk",
  },
] as const;

/** The procedures each clerk handles at the counter, with a weight for how often they come. */
const DESKS: { clerk: number; procedures: [string, number][] }[] = [
  {
    clerk: 1,
    procedures: [
      ["Đăng ký khai sinh", 30],
      ["Chứng thực bản sao từ bản chính", 45],
      ["Đăng ký kết hôn", 8],
      ["Trích lục hộ tịch", 12],
    ],
  },
  {
    clerk: 2,
    procedures: [
      ["Đăng ký biến động quyền sử dụng đất", 14],
      ["Xác nhận nguồn gốc đất", 6],
    ],
  },
  {
    clerk: 3,
    procedures: [
      ["Xác nhận hộ nghèo, cận nghèo", 6],
      ["Hỗ trợ chi phí mai táng", 4],
    ],
  },
];

/** Each clerk's share of very satisfied / satisfied; the rest is dissatisfied (a realistic spread). */
const PROFILE: Record<number, [number, number]> = { 1: [0.66, 0.3], 2: [0.48, 0.4], 3: [0.58, 0.36] };

const COMPLAINTS = [
  "Phải đi lại hai lần vì hướng dẫn giấy tờ chưa đầy đủ",
  "Chờ lâu tại quầy, không có số thứ tự",
  "Trả kết quả chậm so với giấy hẹn",
  "Cán bộ trả lời chưa rõ ràng",
];

function lcg(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((s / 2_147_483_648) * n);
  };
}

const minusDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

function pick<T>(rand: (n: number) => number, items: [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rand(total);
  for (const [item, w] of items) {
    if (r < w) {
      return item;
    }
    r -= w;
  }
  return items[0]![0];
}

async function seedStaff(db: Db, unitId: string) {
  const hash = await hashPassword("Danvan@2026");
  const ids: string[] = [];
  for (const p of NAM_DAN_STAFF) {
    const [agency] = await db
      .select({ id: agencies.id })
      .from(agencies)
      .where(and(eq(agencies.unitId, unitId), eq(agencies.code, p.agency)));
    const positionId = newId();
    await db.insert(positions).values({ id: positionId, agencyId: agency!.id, name: p.position });
    const id = newId();
    await db.insert(staff).values({
      id,
      username: p.username,
      fullName: p.fullName,
      email: `${p.username}@danvan.local`,
      unitId,
      agencyId: agency!.id,
      positionId,
      passwordHash: hash,
    });
    await db.insert(roleGrants).values({ id: newId(), staffId: id, role: p.role, unitId });
    ids.push(id);
  }
  return ids;
}

/**
 * Twelve months of ratings at Xã Nam Đàn's one-stop counter (rows, counted by the index query), then
 * three recent "không hài lòng" ratings through the module's verbs: their follow-up tasks exist and
 * the oldest is answered by the chairman.
 */
export async function seedSatisfaction(db: Db, ids: SeedUnitIds, config: Config) {
  const unitId = ids.get("x-nd")?.id;
  if (!unitId) {
    return;
  }
  const staffIds = await seedStaff(db, unitId);
  const [agency] = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.unitId, unitId), eq(agencies.code, "TTPVHCC")));
  const rand = lcg(17935);
  const today = todayVn();
  let seq = 0;
  for (let day = 365; day >= 3; day -= 1) {
    const date = minusDays(today, day);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) {
      continue;
    }
    const count = 1 + rand(4);
    for (let k = 0; k < count; k += 1) {
      const desk = DESKS[rand(DESKS.length)]!;
      const officerId = staffIds[desk.clerk]!;
      const procedureName = pick(rand, desk.procedures);
      const [vs, s] = PROFILE[desk.clerk]!;
      const roll = rand(1000) / 1000;
      const level: SatisfactionLevel =
        roll < vs ? "very_satisfied" : roll < vs + s ? "satisfied" : "dissatisfied";
      const at = new Date(`${date}T0${1 + rand(8)}:${String(10 + rand(49))}:00Z`);
      const channel = rand(10) < 7 ? "kiosk" : "online";
      const comment = level === "dissatisfied" ? COMPLAINTS[rand(COMPLAINTS.length)]! : null;
      seq += 1;
      const interactionId = newId();
      await db.insert(ratingInteractions).values({
        id: interactionId,
        kind: "dossier",
        refId: newId(),
        label: `000.36.17935-${date.replaceAll("-", "").slice(2)}-${String(seq).padStart(4, "0")}`,
        unitId,
        officerId,
        agencyId: agency?.id ?? null,
        procedureName,
        finishedAt: at,
        tokenHash: `seed-${interactionId}`,
        expiresAt: new Date(at.getTime() + 30 * 86_400_000),
        ratedAt: at,
      });
      const ratingId = newId();
      const content = { level, aspects: {}, answers: {}, comment, channel };
      await db.insert(ratings).values({
        id: ratingId,
        interactionId,
        unitId,
        officerId,
        agencyId: agency?.id ?? null,
        procedureName,
        kind: "dossier",
        ...content,
        ratedDate: date,
        ratedAt: at,
        editableUntil: new Date(at.getTime() + 24 * 3_600_000),
        // Older dissatisfied ratings were answered before this system's follow-up tasks existed.
        followUpStatus: level === "dissatisfied" ? "answered" : "none",
        followUpAnswer:
          level === "dissatisfied" ? "Đơn vị đã liên hệ, xin lỗi công dân và chấn chỉnh tại quầy." : null,
        followUpAnsweredBy: level === "dissatisfied" ? staffIds[0]! : null,
        followUpAnsweredAt: level === "dissatisfied" ? new Date(at.getTime() + 2 * 86_400_000) : null,
      });
      await db.insert(ratingVersions).values({ id: newId(), ratingId, version: 1, ...content });
    }
  }
  // The rows above bypass the rating verb, so their counts enter the index rollup in one recount.
  await rebuildSatisfactionRollup(db);
  await recentThroughVerbs(db, config, unitId, staffIds);
  await db.insert(ratingKiosks).values({
    id: newId(),
    unitId,
    label: "Quầy số 1 — Tư pháp, Hộ tịch",
    // Bound by the clerk with "New key": the demo ships no usable key.
    keyHash: `unbound-${newId()}`,
    createdBy: staffIds[1]!,
  });
}

async function actorOf(
  db: Db,
  id: string,
  username: string,
  fullName: string,
  unitId: string,
): Promise<Actor> {
  return { id, username, fullName, unitId, grants: await loadGrants(db, id) };
}

async function recentThroughVerbs(db: Db, config: Config, unitId: string, staffIds: string[]) {
  const base: Ctx = { db, config, actor: null, requestId: "seed", locale: "vi", ip: null };
  const recent = [
    {
      clerk: 1,
      label: "000.36.17935-RECENT-01",
      procedure: "Chứng thực bản sao từ bản chính",
      comment: COMPLAINTS[1]!,
    },
    {
      clerk: 2,
      label: "000.36.17935-RECENT-02",
      procedure: "Đăng ký biến động quyền sử dụng đất",
      comment: COMPLAINTS[2]!,
    },
    { clerk: 1, label: "000.36.17935-RECENT-03", procedure: "Đăng ký khai sinh", comment: COMPLAINTS[0]! },
  ];
  const ratingIds: string[] = [];
  for (const r of recent) {
    const refId = newId();
    await registerInteraction(db, base, {
      kind: "dossier",
      refId,
      label: r.label,
      unitId,
      officerId: staffIds[r.clerk]!,
      procedureName: r.procedure,
    });
    const [i] = await db
      .select({ id: ratingInteractions.id })
      .from(ratingInteractions)
      .where(and(eq(ratingInteractions.kind, "dossier"), eq(ratingInteractions.refId, refId)));
    await rateInteraction(
      base,
      ratingToken(config, i!.id),
      { level: "dissatisfied", aspects: {}, answers: { civil_servants: 2 }, comment: r.comment },
      { channel: "kiosk" },
    );
    const [row] = await db.select({ id: ratings.id }).from(ratings).where(eq(ratings.interactionId, i!.id));
    ratingIds.push(row!.id);
  }
  const head = NAM_DAN_STAFF[0];
  const leader = await actorOf(db, staffIds[0]!, head.username, head.fullName, unitId);
  await answerFollowUp({ ...base, actor: leader }, ratingIds[0]!, {
    answer:
      "UBND xã đã xin lỗi công dân, bố trí thêm một công chức chứng thực vào buổi sáng thứ Hai và thứ Sáu.",
  });
}
