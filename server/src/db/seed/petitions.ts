import type { PetitionIdentity } from "@danvan/common";
import { and, eq } from "drizzle-orm";
import { ensureDefaultRules } from "../../modules/calendar/ensure-default-rules";
import { dueByRules, resolveRuleCodes } from "../../modules/petitions/deadlines";
import { insertPetition } from "../../modules/petitions/insert-petition";
import { addEvent } from "../../modules/petitions/internal";
import { todayVn } from "../../modules/tasks/internal";
import { type Config, loadConfig } from "../../platform/config";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { secretsFor } from "../../platform/secrets";
import type { Db } from "../client";
import { agencies, petitions, positions, roleGrants, staff, units } from "../schema";

/** Unit ids by seed key (the map seedDemo builds). */
export type SeedUnitIds = Map<string, { id: string }>;

type Step =
  | { accept: number; complex?: string }
  /** Accepted on the latest day that leaves its resolution deadline still ahead: due in the next days. */
  | { acceptDueSoon: true }
  | { resolve: number; answer: string; publish?: boolean }
  | { assign: { agency: string; handler?: string } };

type SeedPetition = {
  unit: string;
  kind: "complaint" | "denunciation" | "recommendation" | "feedback";
  channel: "reception" | "mail" | "online" | "hotline";
  /** Days before today. */
  receivedAgo: number;
  summary: string;
  content: string;
  petitioner: PetitionIdentity | null;
  signers?: number;
  steps: Step[];
};

const person = (fullName: string, address: string, personalId: string | null = null): PetitionIdentity => ({
  fullName,
  address,
  personalId,
  phone: null,
  email: null,
});

const resolvedInAnhSon = (
  name: string,
  summary: string,
  kind: SeedPetition["kind"],
  ago: number,
): SeedPetition => ({
  unit: "x-as",
  kind,
  channel: "reception",
  receivedAgo: ago,
  summary,
  content: `${summary}. Đề nghị UBND xã Anh Sơn xem xét, giải quyết dứt điểm.`,
  petitioner: person(name, "Xã Anh Sơn, Nghệ An"),
  steps: [
    { accept: ago - 3 },
    { assign: { agency: "PKT" } },
    {
      resolve: ago - 15,
      answer: `UBND xã đã kiểm tra và giải quyết xong nội dung: ${summary.toLowerCase()}.`,
    },
  ],
});

const ANH_SON_RESOLVED: SeedPetition[] = [
  resolvedInAnhSon(
    "Trần Thị Mai",
    "Khiếu nại mức bồi thường khi thu hồi đất làm đường tỉnh lộ",
    "complaint",
    70,
  ),
  resolvedInAnhSon("Nguyễn Văn Lục", "Kiến nghị sửa chữa kênh mương nội đồng xóm 4", "recommendation", 55),
  resolvedInAnhSon("Phan Thị Thu", "Phản ánh chậm chi trả trợ cấp người có công", "feedback", 48),
  resolvedInAnhSon("Lê Văn Tâm", "Kiến nghị lắp đèn chiếu sáng đường liên xóm", "recommendation", 40),
  resolvedInAnhSon("Hồ Thị Lan", "Phản ánh rác thải tồn đọng tại chợ trung tâm xã", "feedback", 34),
];

/** More of Anh Sơn's settled cases, so its handling rate stays in the article's range beside the open ones. */
const ANH_SON_MORE: SeedPetition[] = [
  resolvedInAnhSon(
    "Đinh Văn Quý",
    "Kiến nghị cấp giấy chứng nhận quyền sử dụng đất xóm 2",
    "recommendation",
    75,
  ),
  resolvedInAnhSon("Lương Thị Nga", "Phản ánh đường giao thông xóm 9 bị sạt lở", "feedback", 66),
  resolvedInAnhSon("Cao Văn Sơn", "Khiếu nại việc xét hộ cận nghèo năm nay", "complaint", 62),
  resolvedInAnhSon("Bùi Thị Hằng", "Kiến nghị hỗ trợ giống lúa sau lũ", "recommendation", 58),
  resolvedInAnhSon("Tạ Văn Long", "Phản ánh nước sinh hoạt xóm 6 bị đục", "feedback", 52),
  resolvedInAnhSon("Ngô Thị Xuân", "Kiến nghị sửa chữa nhà văn hóa xóm 1", "recommendation", 45),
  resolvedInAnhSon("Chu Văn Thành", "Phản ánh chăn nuôi gây ô nhiễm khu dân cư xóm 3", "feedback", 42),
  resolvedInAnhSon("Mai Thị Liên", "Kiến nghị mở rộng điểm trường mầm non xóm 8", "recommendation", 38),
  resolvedInAnhSon("Võ Văn Bình", "Khiếu nại việc thu hồi đất làm bãi rác tập trung", "complaint", 80),
  resolvedInAnhSon("Lê Thị Vân", "Phản ánh trạm bơm tưới tiêu hoạt động không đều", "feedback", 36),
];

/** The Anh Sơn handler the open cases below are assigned to (the board can urge only an assigned handler). */
const AS_HANDLER = {
  username: "as.diachinh",
  fullName: "Nguyễn Văn Hải",
  position: "Công chức Địa chính - Xây dựng",
};

const SEED: SeedPetition[] = [
  ...ANH_SON_RESOLVED,
  ...ANH_SON_MORE,
  {
    unit: "x-as",
    kind: "recommendation",
    channel: "reception",
    receivedAgo: 43,
    summary: "Kiến nghị làm lại cầu tràn xóm 11 bị hư hỏng sau mùa lũ",
    content:
      "Cầu tràn xóm 11 bị hư hỏng nặng sau mùa lũ, học sinh và người dân đi lại nguy hiểm; đề nghị UBND xã sửa chữa.",
    petitioner: person("Phạm Văn Toàn", "Xóm 11, xã Anh Sơn, Nghệ An", "040079002244"),
    signers: 7,
    steps: [{ accept: 40 }, { assign: { agency: "PKT", handler: AS_HANDLER.username } }],
  },
  {
    unit: "x-as",
    kind: "feedback",
    channel: "hotline",
    /** Replaced by two days before its acceptance (acceptDueSoon). */
    receivedAgo: 0,
    summary: "Phản ánh cột điện nghiêng trên đường liên xóm 5 – xóm 6",
    content: "Cột điện hạ thế trên đường liên xóm 5 – xóm 6 bị nghiêng sau mưa bão, có nguy cơ đổ.",
    petitioner: person("Hoàng Thị Phương", "Xóm 5, xã Anh Sơn, Nghệ An"),
    steps: [{ acceptDueSoon: true }, { assign: { agency: "PKT", handler: AS_HANDLER.username } }],
  },
  {
    unit: "x-as",
    kind: "complaint",
    channel: "mail",
    receivedAgo: 8,
    summary: "Khiếu nại việc xác định ranh giới thửa đất giáp đường bê tông xóm 7",
    content:
      "Gia đình tôi khiếu nại việc đo đạc xác định ranh giới thửa đất giáp đường bê tông, đề nghị đo lại.",
    petitioner: person("Trần Văn Hùng", "Xóm 7, xã Anh Sơn, Nghệ An", "040081003579"),
    steps: [{ accept: 5 }, { assign: { agency: "PKT" } }],
  },
  {
    unit: "x-hn",
    kind: "recommendation",
    channel: "reception",
    receivedAgo: 35,
    summary: "Kiến nghị khắc phục ngập úng tuyến đường Khối 10 sau mưa lớn",
    content:
      "Tuyến đường Khối 10 thường xuyên ngập sau mưa lớn do cống thoát nước bị tắc, đề nghị nạo vét, nâng cấp.",
    petitioner: person("Nguyễn Văn Đức", "Khối 10, xã Hưng Nguyên, Nghệ An", "040085001234"),
    signers: 12,
    steps: [{ accept: 30 }, { assign: { agency: "PKT", handler: "handler" } }],
  },
  {
    unit: "x-hn",
    kind: "denunciation",
    channel: "mail",
    receivedAgo: 6,
    summary: "Tố cáo cán bộ thu tiền ngoài quy định khi xác nhận hồ sơ",
    content:
      "Tố cáo việc một cán bộ thu thêm tiền ngoài quy định khi xác nhận hồ sơ đăng ký đất đai của người dân.",
    petitioner: person("Võ Thị Hạnh", "Khối 10, xã Hưng Nguyên, Nghệ An", "040192004680"),
    steps: [{ accept: 3 }, { assign: { agency: "PKT", handler: "handler" } }],
  },
  {
    unit: "x-hn",
    kind: "feedback",
    channel: "online",
    receivedAgo: 1,
    summary: "Phản ánh tiếng ồn từ xưởng gỗ hoạt động ban đêm",
    content: "Xưởng gỗ gần khu dân cư hoạt động sau 22 giờ gây tiếng ồn, đề nghị kiểm tra, xử lý.",
    petitioner: null,
    steps: [],
  },
];

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** Creates the Anh Sơn handler once (the seed test runs this seed twice on one database). */
async function ensureAnhSonHandler(db: Db, ids: SeedUnitIds) {
  const unitId = ids.get("x-as")?.id;
  const [exists] = await db.select().from(staff).where(eq(staff.username, AS_HANDLER.username));
  const [template] = await db.select().from(staff).where(eq(staff.username, "handler"));
  if (exists || !unitId || !template) {
    return;
  }
  const [agency] = await db
    .select()
    .from(agencies)
    .where(and(eq(agencies.unitId, unitId), eq(agencies.code, "PKT")));
  const positionId = newId();
  await db.insert(positions).values({ id: positionId, agencyId: agency!.id, name: AS_HANDLER.position });
  const id = newId();
  await db.insert(staff).values({
    id,
    username: AS_HANDLER.username,
    fullName: AS_HANDLER.fullName,
    email: `${AS_HANDLER.username}@danvan.local`,
    unitId,
    agencyId: agency!.id,
    positionId,
    passwordHash: template.passwordHash,
  });
  await db.insert(roleGrants).values({ id: newId(), staffId: id, role: "handler", unitId });
}

/** The latest acceptance day (counting back from today) whose resolution deadline is still ahead. */
async function acceptedDueSoon(db: Db, s: SeedPetition, unitId: string, today: string) {
  let best = 1;
  for (let ago = 1; ago < 120; ago++) {
    const due = await dueByRules(db, resolveRuleCodes(s.kind, 1), { from: daysAgo(ago), unitId }, "vi");
    if (!due.due || due.due <= today) {
      break;
    }
    best = ago;
  }
  return best;
}

/**
 * Demo petitions in Xã Anh Sơn (nearly all resolved on time, in the spirit of its 98.3% handling rate,
 * with one overdue and one due soon for the committee's board) and Xã Hưng Nguyên (an overdue recommendation, a denunciation with a sealed identity, an anonymous
 * feedback). Steps bypass the verbs' policies but use the same deadline rules and timeline.
 */
export async function seedPetitions(
  db: Db,
  ids: SeedUnitIds,
  config: Pick<Config, "dataDir"> = loadConfig(),
) {
  await ensureDefaultRules(db);
  const secrets = secretsFor(config);
  const ctx = { db, config, actor: null, requestId: "seed", locale: "vi", ip: null } as Ctx;
  const today = todayVn();
  await ensureAnhSonHandler(db, ids);
  for (const s of SEED) {
    const unitId = ids.get(s.unit)?.id;
    const [unit] = unitId ? await db.select().from(units).where(eq(units.id, unitId)) : [];
    if (!unit) {
      continue;
    }
    const soon = s.steps.some((st) => "acceptDueSoon" in st)
      ? await acceptedDueSoon(db, s, unit.id, today)
      : null;
    const { row } = await insertPetition(db, ctx, secrets, {
      unit,
      kind: s.kind,
      channel: s.channel,
      receivedDate: daysAgo(soon === null ? s.receivedAgo : soon + 2),
      summary: s.summary,
      content: s.content,
      signerCount: s.signers ?? 1,
      petitioner: s.petitioner ? { given: s.petitioner } : null,
      action: "petitions.seed",
    });
    let p = row;
    const set = async (values: Partial<typeof petitions.$inferInsert>, event: string) => {
      [p] = (await db.update(petitions).set(values).where(eq(petitions.id, p.id)).returning()) as [typeof p];
      await addEvent(db, p, null, event, { data: { seed: true } });
    };
    await set({ classifiedAt: new Date(), eligible: true, withinCompetence: true }, "classify");
    for (const step of s.steps) {
      if ("accept" in step || "acceptDueSoon" in step) {
        const date = daysAgo("accept" in step ? step.accept : (soon ?? 1));
        const due = await dueByRules(db, resolveRuleCodes(s.kind, 1), { from: date, unitId: unit.id }, "vi");
        await set(
          {
            status: "accepted",
            decision: "accept",
            decisionDate: date,
            decisionLate: date > p.processDue,
            lateReason: date > p.processDue ? "Dữ liệu mẫu" : null,
            acceptedDate: date,
            resolveDue: due.due,
            resolveRuleId: due.ruleId,
            resolveExplanation: due.explanation,
            currentDue: due.due,
          },
          "accept",
        );
      } else if ("assign" in step) {
        const [agency] = await db
          .select()
          .from(agencies)
          .where(and(eq(agencies.unitId, unit.id), eq(agencies.code, step.assign.agency)));
        const [handler] = step.assign.handler
          ? await db.select().from(staff).where(eq(staff.username, step.assign.handler))
          : [];
        await set(
          { agencyId: agency?.id ?? null, handlerId: handler?.id ?? null, assignedAt: new Date() },
          "assign",
        );
      } else {
        const date = daysAgo(step.resolve);
        await set(
          {
            status: "resolved",
            resolvedDate: date,
            resolutionNo: `${p.code.slice(-4)}/QĐ-UBND`,
            answer: step.answer,
            answerPublished: step.publish ?? true,
            publishedAt: new Date(),
            resolvedOnTime: !p.resolveDue || date <= p.resolveDue,
            currentDue: null,
          },
          "resolve",
        );
      }
    }
    if (p.currentDue && p.currentDue < today) {
      await addEvent(db, p, null, "note", { note: "Quá hạn giải quyết: cần đôn đốc" });
    }
  }
}
