import { eq } from "drizzle-orm";
import { addCommitment } from "../../modules/consultations/add-commitment";
import { addOption } from "../../modules/consultations/add-option";
import { answerQuestion } from "../../modules/consultations/answer-question";
import { moderateComment, postComment } from "../../modules/consultations/comments";
import { createConsultation } from "../../modules/consultations/create-consultation";
import { getConsultation } from "../../modules/consultations/get-consultation";
import { importHouseholds } from "../../modules/consultations/import-households";
import { recordMeeting } from "../../modules/consultations/meetings";
import { askQuestion } from "../../modules/consultations/questions";
import { recordVote } from "../../modules/consultations/record-vote";
import { enrolAffected, updateAffected } from "../../modules/consultations/tracker";
import { changePhase, publishConsultation } from "../../modules/consultations/update-consultation";
import { markRecordSent, setVoting } from "../../modules/consultations/voting";
import { approveTask } from "../../modules/tasks/approve-task";
import { todayVn } from "../../modules/tasks/internal";
import { reportProgress } from "../../modules/tasks/report-progress";
import type { Config } from "../../platform/config";
import type { Actor, Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import type { Db } from "../client";
import { consensusDays, households, roleGrants, staff, units } from "../schema";
import { seedRoadContribution } from "./consultations-road";
import type { SeedUnitIds } from "./petitions";

const FAMILY = ["Nguyễn", "Lê", "Trần", "Phan", "Hoàng", "Đặng", "Võ", "Hồ"];
const GIVEN = ["Văn Bình", "Đình Hải", "Thị Lan", "Văn Tâm", "Hữu Phúc", "Thị Mai", "Văn Hùng", "Công Sơn"];
const HOUSEHOLDS = 24;

const day = (offset: number) =>
  new Date(Date.parse(`${todayVn()}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

/** Fictional officials of the commune that took over Hưng Nguyên town (01/07/2025), who run the consultation. */
const OFFICIALS = [
  { username: "hn.chutich", fullName: "Nguyễn Đình Trung", role: "leader" as const },
  { username: "hn.vanhoa", fullName: "Phan Thị Thu", role: "reception" as const },
];

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

function householdTable() {
  return Array.from({ length: HOUSEHOLDS }, (_, i) => {
    const head = `${FAMILY[i % FAMILY.length]} ${GIVEN[(i * 3) % GIVEN.length]}`;
    const spouse = `${FAMILY[(i + 3) % FAMILY.length]} Thị ${["Hoa", "Hương", "Nga", "Yến"][i % 4]}`;
    return [
      "Khối 10",
      `K10-${String(i + 1).padStart(3, "0")}`,
      head,
      `Số ${i + 3}, ngõ ${1 + (i % 5)}, Khối 10, xã Hưng Nguyên, Nghệ An`,
      i % 3 === 0 ? `0912${String(400_000 + i * 137).slice(-6)}` : "",
      `${head} | chủ hộ | ${1955 + (i % 20)}; ${spouse} | vợ | ${1958 + (i % 20)}`,
    ];
  });
}

/**
 * The article's story in Danvan: Khối 10 residents consulted on relocating the cemetery for the VSIP
 * Nghệ An expansion — three candidate sites, a dialogue meeting, questions answered, the vote, the
 * promises as public tasks and the site-clearance tracker; then a commune-wide road contribution voted
 * xóm by xóm. Everything goes through the module's verbs.
 */
export async function seedConsultations(db: Db, ids: SeedUnitIds, config: Config) {
  const commune = ids.get("x-hn")!.id;
  const block = ids.get("k10")!.id;
  const [template] = await db.select().from(staff).where(eq(staff.username, "handler"));
  for (const o of OFFICIALS) {
    const id = newId();
    await db.insert(staff).values({
      id,
      username: o.username,
      fullName: o.fullName,
      email: `${o.username}@danvan.local`,
      unitId: commune,
      passwordHash: template!.passwordHash,
    });
    await db.insert(roleGrants).values({ id: newId(), staffId: id, role: o.role, unitId: commune });
  }
  const base = { db, config, requestId: "seed", locale: "vi" as const, ip: null };
  const officer: Ctx = { ...base, actor: await actorOf(db, "hn.vanhoa") };
  const leader: Ctx = { ...base, actor: await actorOf(db, "hn.chutich") };
  const handler = await actorOf(db, "handler");

  await importHouseholds(officer, {
    unitId: block,
    header: ["Khối", "Số hộ", "Chủ hộ", "Địa chỉ", "Điện thoại", "Thành viên"],
    rows: householdTable(),
  });
  const c = await createConsultation(officer, {
    unitId: commune,
    title: "Di dời nghĩa trang Khối 10 để giải phóng mặt bằng mở rộng KCN VSIP Nghệ An",
    summary:
      "UBND xã lấy ý kiến Nhân dân Khối 10 về chủ trương di dời, giải phóng mặt bằng nghĩa trang hiện có để mở rộng Khu công nghiệp VSIP Nghệ An, và lựa chọn một trong ba vị trí quy hoạch nghĩa trang mới. Chính quyền cam kết xây dựng nghĩa trang mới khang trang và tạo điều kiện, hỗ trợ các gia đình di dời mộ.",
    matterType: "other",
    voteBasis: "household",
    phases: [
      { phase: "information", startDate: day(-60), endDate: day(-41) },
      { phase: "discussion", startDate: day(-40), endDate: day(-21) },
      { phase: "decision", startDate: day(-20), endDate: day(-10) },
      { phase: "implementation", startDate: day(-9), endDate: null },
    ],
    areas: [{ unitId: block, hamlet: null }],
    fileIds: [],
    ownerId: officer.actor!.id,
    directorId: leader.actor!.id,
  });
  const sites = [
    [
      "Vị trí 1: Đồi Cồn Mộc",
      "Cách khu dân cư 1,5 km về phía tây, đất đồi, diện tích 3,2 ha; cần làm mới 800 m đường vào.",
    ],
    [
      "Vị trí 2: Rú Đụn",
      "Giáp nghĩa trang chung của xã, diện tích 4 ha, có sẵn đường bê tông; thuận tiện cho việc thăm viếng.",
    ],
    ["Vị trí 3: Bàu Sen", "Đất trũng ven bàu, diện tích 2,5 ha; phải tôn nền và làm hệ thống thoát nước."],
  ];
  for (const [label, description] of sites) {
    await addOption(officer, c.id, { label: label!, description: description!, fileIds: [] });
  }
  await publishConsultation(officer, c.id);
  await changePhase(officer, c.id, "discussion");
  const register = await db
    .select({ id: households.id, code: households.code })
    .from(households)
    .where(eq(households.unitId, block));
  register.sort((a, b) => a.code.localeCompare(b.code));
  await recordMeeting(officer, c.id, {
    heldOn: day(-30),
    place: "Nhà văn hóa Khối 10",
    chairName: "Lãnh đạo UBND xã Hưng Nguyên",
    agenda: [
      "Công bố chủ trương di dời nghĩa trang, giải phóng mặt bằng dự án mở rộng KCN VSIP Nghệ An",
      "Giới thiệu phương án ba vị trí quy hoạch nghĩa trang mới",
      "Nghe Nhân dân phát biểu ý kiến, giải đáp thắc mắc",
    ],
    attendeeHouseholdIds: register.slice(0, 21).map((h) => h.id),
    minutes:
      "Hội nghị có đại diện 21/24 hộ dự. Lãnh đạo xã công bố chủ trương, giới thiệu ba vị trí. Bà con đồng tình với chủ trương, đề nghị làm đường vào nghĩa trang mới và hỗ trợ chi phí cải táng. Chính quyền tiếp thu, trả lời từng ý kiến.",
    concerns: [
      {
        concern: "Chi phí cải táng, di dời mộ do ai chi trả?",
        answer: "Nhà nước hỗ trợ theo đơn giá bồi thường của tỉnh; xã bố trí nhân lực hỗ trợ các gia đình.",
      },
      {
        concern: "Nghĩa trang mới có đường vào cho xe tang không?",
        answer: "Xã cam kết làm đường bê tông vào nghĩa trang mới trước khi di dời.",
      },
    ],
    fileIds: [],
  });
  const questions = [
    [
      "Gia đình có được chọn ngày tốt để cải táng không?",
      "Ông Lê Văn Bình",
      "Có. Các gia đình đăng ký ngày với tổ công tác; xã bố trí lịch theo nguyện vọng trong thời gian di dời.",
    ],
    [
      "Mộ chưa xác định được thân nhân thì xử lý thế nào?",
      "Bà Trần Thị Hoa",
      "Xã niêm yết công khai 30 ngày; hết thời hạn, tổ công tác di dời và lập hồ sơ lưu, quy tập về khu riêng tại nghĩa trang mới.",
    ],
    [
      "Thời gian hoàn thành nghĩa trang mới là bao lâu?",
      "Ông Nguyễn Văn Tâm",
      "Dự kiến 6 tháng; việc di dời chỉ bắt đầu khi hạ tầng nghĩa trang mới hoàn thành.",
    ],
  ];
  for (const [body, askerLabel, answer] of questions) {
    const q = await askQuestion(officer, c.id, { body: body!, askerLabel: askerLabel! });
    await answerQuestion(officer, q.id, answer!);
    await approveTask(leader, q.taskId!, { note: "Đã trả lời công khai" });
  }
  await askQuestion(officer, c.id, {
    body: "Hộ có mộ ở cả hai nghĩa trang có được hỗ trợ thêm không?",
    askerLabel: "Ông Hồ Công Sơn",
  });
  const comments = [
    ["Lê Thanh", "Tôi đồng ý chủ trương, đề nghị chọn vị trí Rú Đụn vì có sẵn đường."],
    ["Người dân Khối 10", "Mong xã hỗ trợ các gia đình neo đơn khi di dời mộ."],
    ["Phan Hải", "Cảm ơn lãnh đạo đã lắng nghe, giải thích rõ ràng."],
  ];
  for (const [authorName, body] of comments) {
    const r = await postComment(
      { ...base, actor: null },
      c.id,
      { authorName: authorName!, body: body! },
      undefined,
    );
    await moderateComment(officer, r.response.id, { decision: "approve" });
  }
  await postComment(
    { ...base, actor: null },
    c.id,
    { authorName: "Khách", body: "Vị trí Bàu Sen hay ngập, không nên chọn." },
    undefined,
  );
  await changePhase(officer, c.id, "decision");
  await setVoting(officer, c.id, true);
  const detail = await getConsultation(officer, c.id);
  const [site1, site2, site3] = detail.options.map((o) => o.id) as [string, string, string];
  const choice = (i: number) => (i < 17 ? site2 : i < 21 ? site1 : site3);
  for (const [i, h] of register.slice(0, 23).entries()) {
    await recordVote(officer, c.id, { householdId: h.id, optionId: choice(i) });
  }
  await setVoting(officer, c.id, false);
  await markRecordSent(officer, c.id);
  await changePhase(officer, c.id, "implementation");
  const cemetery = await addCommitment(leader, c.id, {
    title: "Xây dựng nghĩa trang mới tại Rú Đụn khang trang, sạch đẹp",
    summary: "Hoàn thành hạ tầng, đường bê tông vào nghĩa trang mới trước khi di dời mộ.",
    assigneeId: handler.id,
    dueDate: day(150),
    deliverable: "Nghĩa trang mới được nghiệm thu, bàn giao",
  });
  await reportProgress({ ...base, actor: handler }, cemetery.taskId, {
    percent: 40,
    note: "Đã san nền, đang đổ bê tông đường vào.",
  });
  await addCommitment(leader, c.id, {
    title: "Hỗ trợ các gia đình di dời mộ",
    summary: "Bố trí tổ công tác, phương tiện và kinh phí hỗ trợ theo đơn giá của tỉnh.",
    assigneeId: officer.actor!.id,
    dueDate: day(210),
    deliverable: "Toàn bộ mộ được di dời, hồ sơ hỗ trợ chi trả đầy đủ",
  });
  await enrolAffected(officer, c.id);
  for (const [i, h] of register.entries()) {
    const agreed = i < 22;
    await updateAffected(officer, c.id, h.id, {
      informed: true,
      opinionGiven: i < 23,
      agreed,
      compensationSubmitted: i < 18,
      compensationReceived: i < 12,
      gravesRelocated: false,
      concern: agreed ? null : "Đề nghị hỗ trợ thêm chi phí cải táng cho mộ đôi",
    });
  }
  // The curve before today: consensus built over the meetings (the tracker writes today's point).
  const past = [
    [-45, 6],
    [-35, 11],
    [-25, 17],
    [-15, 20],
  ] as const;
  await db.insert(consensusDays).values(
    past.map(([offset, agreed]) => ({
      consultationId: c.id,
      day: day(offset),
      tracked: HOUSEHOLDS,
      agreed,
    })),
  );
  await seedRoadContribution(db, officer, leader, commune);
}
