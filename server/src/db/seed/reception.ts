import type { PetitionKind, ReceptionOutcome, Recurrence } from "@danvan/common";
import { and, eq } from "drizzle-orm";
import { ruleInForce } from "../../modules/calendar/rules";
import { calendarOf } from "../../modules/reception/calendar-of";
import { concludeWithTask } from "../../modules/reception/conclusions";
import { storeIdentity } from "../../modules/reception/entry-identity";
import { occurrencesOf } from "../../modules/reception/occurrences";
import { todayVn } from "../../modules/tasks/internal";
import type { Config } from "../../platform/config";
import type { Actor, Ctx } from "../../platform/context";
import { diskFileStore, storeUpload } from "../../platform/files";
import { newId } from "../../platform/ids";
import { secretsFor } from "../../platform/secrets";
import { nextSequence } from "../../platform/sequence";
import type { Db } from "../client";
import {
  agencies,
  petitions,
  receptionEntries,
  receptionRecords,
  receptionSchedules,
  receptionSessions,
  roleGrants,
  staff,
  units,
} from "../schema";
import type { SeedUnitIds } from "./petitions";

type Matter = { kind: PetitionKind; summary: string; outcome: ReceptionOutcome; body?: string };

/** Matters brought to a commune reception day, in the proportions of a rural commune's book. */
const MATTERS: Matter[] = [
  {
    kind: "complaint",
    summary: "Khiếu nại mức bồi thường khi thu hồi đất làm đường tránh Quốc lộ 7",
    outcome: "accepted",
  },
  {
    kind: "recommendation",
    summary: "Kiến nghị cấp giấy chứng nhận quyền sử dụng đất ở đã sử dụng ổn định từ năm 1993",
    outcome: "accepted",
  },
  {
    kind: "feedback",
    summary: "Phản ánh đường giao thông nội đồng xóm 5 xuống cấp, đi lại khó khăn mùa mưa",
    outcome: "answered",
  },
  {
    kind: "recommendation",
    summary: "Kiến nghị xem xét chế độ hộ nghèo, hộ cận nghèo năm 2026",
    outcome: "answered",
  },
  {
    kind: "complaint",
    summary: "Khiếu nại việc xác định ranh giới thửa đất giáp hộ liền kề",
    outcome: "accepted",
  },
  {
    kind: "feedback",
    summary: "Phản ánh trại chăn nuôi lợn xả thải gây ô nhiễm nguồn nước",
    outcome: "accepted",
  },
  {
    kind: "recommendation",
    summary: "Kiến nghị giải quyết tranh chấp hợp đồng vay tiền giữa hai hộ",
    outcome: "guided",
    body: "Tòa án nhân dân khu vực",
  },
  {
    kind: "complaint",
    summary: "Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng của Sở Xây dựng",
    outcome: "guided",
    body: "Sở Xây dựng tỉnh Nghệ An",
  },
  {
    kind: "recommendation",
    summary: "Kiến nghị hỗ trợ di dời nhà ở khỏi vùng sạt lở bờ sông Lam",
    outcome: "transferred",
    body: "UBND tỉnh Nghệ An",
  },
  {
    kind: "feedback",
    summary: "Phản ánh thái độ của công chức khi giải quyết hồ sơ chứng thực",
    outcome: "accepted",
  },
  {
    kind: "recommendation",
    summary: "Kiến nghị về chính sách hỗ trợ chuyển đổi cây trồng trên đất lúa",
    outcome: "answered",
  },
  {
    kind: "denunciation",
    summary: "Tố cáo cán bộ thôn thu tiền đóng góp xây dựng nhà văn hóa không đúng quy định",
    outcome: "accepted",
  },
];
const NAMES = ["Nguyễn Văn", "Trần Thị", "Lê Văn", "Phan Thị", "Hồ Đức", "Đặng Văn", "Võ Thị", "Bùi Văn"];
const GIVEN = ["An", "Bình", "Cường", "Dung", "Hải", "Hạnh", "Lâm", "Mai", "Nga", "Sơn", "Thắng", "Yến"];

/** A small deterministic generator: the demo looks the same on every machine. */
function lcg(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    // The high bits: an LCG's low bits cycle with a short period.
    return Math.floor((s / 2_147_483_648) * n);
  };
}

async function actorOf(db: Db, username: string): Promise<Actor> {
  const [person] = await db.select().from(staff).where(eq(staff.username, username));
  const grants = await db
    .select({ id: roleGrants.id, role: roleGrants.role, unitId: roleGrants.unitId, unitPath: units.path })
    .from(roleGrants)
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .where(eq(roleGrants.staffId, person!.id));
  return {
    id: person!.id,
    username,
    fullName: person!.fullName,
    unitId: person!.unitId,
    grants: grants as Actor["grants"],
  };
}

/**
 * Xã Anh Sơn's reception since the two-tier government (01/07/2025): the chairman's twice-monthly
 * days (moved off days off), the committee's regular days, an ad hoc session for a group, the book's
 * lines, a "ba mặt một lời" record whose conclusions are tasks, and working sessions on petitions.
 * Rows only: every figure is counted by the statistics query.
 */
export async function seedReception(db: Db, ids: SeedUnitIds, config: Pick<Config, "dataDir">) {
  const unitId = ids.get("x-as")?.id;
  const [unit] = unitId ? await db.select().from(units).where(eq(units.id, unitId)) : [];
  if (!unit) {
    return;
  }
  const leader = await actorOf(db, "leader");
  const officer = await actorOf(db, "reception");
  const secrets = secretsFor(config);
  const today = todayVn();
  const [agency] = await db
    .select()
    .from(agencies)
    .where(and(eq(agencies.unitId, unit.id), eq(agencies.code, "PKT")));
  const place = "Trụ sở tiếp công dân UBND xã Anh Sơn";
  const periodic: Recurrence = { type: "monthly", days: [10, 25], shift: "next_working_day" };
  const regular: Recurrence = { type: "weekly", weekdays: [2, 4], shift: "skip" };
  const [chairSchedule] = await db
    .insert(receptionSchedules)
    .values([
      {
        id: newId(),
        unitId: unit.id,
        kind: "leader",
        hostId: leader.id,
        hostRole: "commune_chair",
        title: "Chủ tịch UBND xã tiếp công dân định kỳ",
        place,
        recurrence: periodic,
        startTime: "07:30",
        endTime: "11:30",
        validFrom: "2025-07-01",
        note: "Ngày 10 và 25 hằng tháng; gặp ngày nghỉ thì chuyển sang ngày làm việc tiếp theo",
        createdBy: officer.id,
      },
      {
        id: newId(),
        unitId: unit.id,
        kind: "committee",
        title: "Bộ phận Tiếp công dân xã tiếp thường xuyên",
        place,
        recurrence: regular,
        startTime: "07:30",
        endTime: "16:30",
        validFrom: "2025-07-01",
        createdBy: officer.id,
      },
    ])
    .returning();
  const cal = await calendarOf(db, unit.id, "2025-07-01", today);
  const replyRule = await ruleInForce(db, "reception.reply", "2025-07-01").catch(() => null);
  const replyDays = Number((replyRule?.value as { amount?: number } | undefined)?.amount ?? 10);
  const span = { from: "2025-07-01", to: today, validFrom: "2025-07-01", validTo: null };
  const chairDays = occurrencesOf(periodic, cal, span).filter((o) => o.date < today);
  // The committee's book is kept per sitting; one regular sitting in four is seeded.
  const regularDays = occurrencesOf(regular, cal, span).filter((o, i) => o.date < today && i % 4 === 0);
  const file = await storeUpload(
    db,
    diskFileStore(config.dataDir),
    new File(
      ["Giấy cử người đại diện, có chữ ký của những người cùng nội dung."],
      "giay-cu-nguoi-dai-dien.txt",
    ),
    { uploadedBy: officer.id, unitId: unit.id },
  );
  const rnd = lcg(2025);
  const days = [
    ...chairDays.map((d) => ({
      date: d.date,
      type: "periodic",
      hostId: leader.id,
      scheduleId: chairSchedule!.id,
    })),
    ...regularDays.map((d) => ({ date: d.date, type: "regular", hostId: null, scheduleId: null })),
  ];
  let group: { sessionId: string; entryId: string; date: string } | null = null;
  for (const day of days) {
    const year = day.date.slice(0, 4);
    const seq = await nextSequence(db, `reception-session:${unit.code}:${year}`);
    const sessionId = newId();
    await db.insert(receptionSessions).values({
      id: sessionId,
      code: `TCD-${unit.code}-${year}-${String(seq).padStart(4, "0")}`,
      unitId: unit.id,
      scheduleId: day.scheduleId,
      type: day.type,
      status: "held",
      date: day.date,
      startTime: "07:30",
      endTime: day.type === "periodic" ? "11:30" : "16:30",
      place,
      hostId: day.hostId,
      agencyIds: agency ? [agency.id] : [],
      heldAt: new Date(`${day.date}T04:30:00Z`),
      createdBy: officer.id,
    });
    const count = day.type === "periodic" ? 1 + rnd(3) : rnd(2);
    for (let i = 0; i < count; i++) {
      const m = MATTERS[rnd(MATTERS.length)]!;
      const isGroup = day.type === "periodic" && rnd(14) === 0;
      const people = isGroup ? 5 + rnd(9) : 1 + (rnd(5) === 0 ? 1 : 0);
      const entryId = newId();
      const name = `${NAMES[rnd(NAMES.length)]} ${GIVEN[rnd(GIVEN.length)]}`;
      await db.insert(receptionEntries).values({
        id: entryId,
        sessionId,
        unitId: unit.id,
        seq: await nextSequence(db, `reception-entry:${unit.code}:${year}`),
        date: day.date,
        kind: m.kind,
        peopleCount: people,
        isGroup,
        representativeCount: isGroup ? (people > 10 ? 3 : 2) : 0,
        appointmentFileId: isGroup ? file.id : null,
        summary: m.summary,
        withinCompetence: m.outcome === "accepted" || m.outcome === "answered",
        outcome: m.outcome,
        guidanceBody: m.outcome === "guided" ? (m.body ?? null) : null,
        transferBody: m.outcome === "transferred" ? (m.body ?? null) : null,
        replyDue:
          m.outcome === "accepted" || m.outcome === "transferred"
            ? cal.addWorkingDays(day.date, replyDays)
            : null,
        followUp:
          m.outcome === "accepted"
            ? "Giao Phòng Kinh tế kiểm tra, đã trả lời công dân"
            : m.outcome === "transferred"
              ? "Đã chuyển đơn, cơ quan nhận đã thông báo kết quả"
              : null,
        isConfidential: m.kind === "denunciation",
        createdBy: officer.id,
      });
      const representatives = isGroup
        ? Array.from({ length: people > 10 ? 3 : 2 }, (_, k) => ({
            fullName: `${NAMES[k]} ${GIVEN[(k + 3) % GIVEN.length]}`,
            personalId: null,
            address: "Xóm 3, xã Anh Sơn, Nghệ An",
          }))
        : [];
      await storeIdentity(
        db,
        secrets,
        { entryId, unitId: unit.id },
        { fullName: name, personalId: null, address: "Xã Anh Sơn, Nghệ An", phone: null, representatives },
        m.kind === "denunciation",
      );
      if (isGroup && m.kind !== "denunciation") {
        group = { sessionId, entryId, date: day.date };
      }
    }
  }
  const ctx = { db, config, actor: leader, requestId: "seed", locale: "vi", ip: null } as Ctx;
  const due = new Date(Date.parse(`${today}T00:00:00Z`) + 20 * 86_400_000).toISOString().slice(0, 10);
  if (group) {
    const [record] = await db
      .insert(receptionRecords)
      .values({
        id: newId(),
        kind: "tripartite",
        unitId: unit.id,
        sessionId: group.sessionId,
        entryId: group.entryId,
        date: group.date,
        place,
        subject: "Nước thải trại lợn chảy vào kênh tưới xóm 3",
        facts:
          "Trại chăn nuôi của hộ ông Hồ Đức Lâm xả nước thải chưa qua xử lý ra kênh tưới, 14 hộ bị ảnh hưởng.",
        causes: "Hầm biogas quá tải; chưa có hệ thống xử lý nước thải sau biogas.",
        responsibility: "Chủ trại chăn nuôi; UBND xã chậm kiểm tra sau phản ánh lần đầu.",
        solution: "Chủ trại dừng xả thải, làm bể lắng trong 15 ngày; xã kiểm tra, quan trắc nước kênh.",
        attendees: [
          { side: "citizen", name: "Nguyễn Văn Sơn", role: "Người đại diện các hộ dân", present: true },
          { side: "authority", name: leader.fullName, role: "Chủ tịch UBND xã", present: true },
          { side: "related", name: "Hồ Đức Lâm", role: "Chủ trại chăn nuôi", present: true },
        ],
        createdBy: officer.id,
      })
      .returning();
    for (const text of [
      "Bộ phận Tiếp công dân theo dõi, đôn đốc chủ trại hoàn thành bể lắng và báo cáo Chủ tịch",
      "Thông báo kết quả kiểm tra nước kênh tưới cho các hộ dân xóm 3",
    ]) {
      await concludeWithTask(
        db,
        ctx,
        record!,
        {
          text,
          assigneeId: officer.id,
          directorId: leader.id,
          dueDate: due,
          deliverable: "Báo cáo kết quả",
        },
        "conclusions",
      );
    }
  }
  const longStanding = await db
    .select({ id: petitions.id, summary: petitions.summary, receivedDate: petitions.receivedDate })
    .from(petitions)
    .where(eq(petitions.unitId, unit.id))
    .limit(3);
  for (const [i, p] of longStanding.entries()) {
    await db.insert(receptionRecords).values({
      id: newId(),
      kind: "working",
      unitId: unit.id,
      petitionIds: [p.id],
      // Held a few weeks after the petition came in, never in the future.
      date: [
        new Date(Date.parse(`${p.receivedDate}T00:00:00Z`) + (20 + i * 7) * 86_400_000)
          .toISOString()
          .slice(0, 10),
        today,
      ].sort()[0]!,
      place: "Phòng họp UBND xã Anh Sơn",
      subject: `Làm việc về vụ việc kéo dài: ${p.summary}`.slice(0, 500),
      facts: "Rà soát hồ sơ, quá trình giải quyết và ý kiến các cơ quan liên quan.",
      solution: "Thống nhất phương án giải quyết, giao Phòng Kinh tế dự thảo văn bản trả lời.",
      attendees: [
        { side: "authority", name: leader.fullName, role: "Chủ tịch UBND xã", present: true },
        { side: "other", name: officer.fullName, role: "Bộ phận Tiếp công dân", present: true },
      ],
      createdBy: leader.id,
    });
  }
}
