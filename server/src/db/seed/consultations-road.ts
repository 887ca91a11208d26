import { eq } from "drizzle-orm";
import { addOption } from "../../modules/consultations/add-option";
import { createConsultation } from "../../modules/consultations/create-consultation";
import { getConsultation } from "../../modules/consultations/get-consultation";
import { importHouseholds } from "../../modules/consultations/import-households";
import { recordMeeting } from "../../modules/consultations/meetings";
import { recordTally } from "../../modules/consultations/record-tally";
import { changePhase, publishConsultation } from "../../modules/consultations/update-consultation";
import { setVoting } from "../../modules/consultations/voting";
import { todayVn } from "../../modules/tasks/internal";
import type { Ctx } from "../../platform/context";
import { households } from "../schema";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Hồ", "Ngô", "Đinh"];
const MEN = ["Văn Thắng", "Đình Lực", "Văn Hòa", "Xuân Trường", "Hữu Nghĩa", "Văn Đức", "Bá Thành"];
const WOMEN = ["Thị Hằng", "Thị Liên", "Thị Thủy", "Thị Oanh", "Thị Nhung", "Thị Vân"];

/** The hamlets (xóm) of the commune voting on the road contribution, with their household counts. */
const HAMLETS = [
  { name: "Xóm 1", prefix: "X1", size: 15 },
  { name: "Xóm 2", prefix: "X2", size: 18 },
  { name: "Xóm 3", prefix: "X3", size: 14 },
];

const day = (offset: number) =>
  new Date(Date.parse(`${todayVn()}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

function hamletRows(h: (typeof HAMLETS)[number], seed: number) {
  return Array.from({ length: h.size }, (_, i) => {
    const k = i + seed;
    const isWidow = k % 7 === 3;
    const head = `${FAMILY[k % FAMILY.length]} ${isWidow ? WOMEN[k % WOMEN.length] : MEN[(k * 5) % MEN.length]}`;
    const spouse = `${FAMILY[(k + 5) % FAMILY.length]} ${WOMEN[(k * 2) % WOMEN.length]}`;
    const members = isWidow
      ? `${head} | chủ hộ | ${1950 + (k % 15)}`
      : `${head} | chủ hộ | ${1962 + (k % 25)}; ${spouse} | vợ | ${1965 + (k % 25)}`;
    return [
      h.name,
      `${h.prefix}-${String(i + 1).padStart(3, "0")}`,
      head,
      `${h.name}, xã Hưng Nguyên, Nghệ An`,
      k % 4 === 0 ? `0915${String(600_000 + k * 211).slice(-6)}` : "",
      members,
    ];
  });
}

/**
 * A contribution applied across the commune (Luật THDCCS 2022 Đ.21): each xóm holds its own meeting and
 * counts its ballots; the matter passes when ≥ 2/3 of the xóm approve, each by ≥ 2/3 of ALL its
 * households. Xóm 1 has approved, Xóm 2 fell short, Xóm 3 has not met yet.
 */
export async function seedRoadContribution(db: Ctx["db"], officer: Ctx, leader: Ctx, commune: string) {
  await importHouseholds(officer, {
    unitId: commune,
    header: ["Thôn", "Số hộ", "Chủ hộ", "Địa chỉ", "Điện thoại", "Thành viên"],
    rows: HAMLETS.flatMap((h, n) => hamletRows(h, n * 17)),
  });
  const c = await createConsultation(officer, {
    unitId: commune,
    title: "Đóng góp xây dựng đường bê tông liên xóm năm 2027",
    summary:
      "UBND xã lấy ý kiến các hộ gia đình Xóm 1, Xóm 2, Xóm 3 về mức đóng góp xây dựng 2,4 km đường bê tông liên xóm; ngân sách tỉnh hỗ trợ 60% kinh phí, phần còn lại do Nhân dân đóng góp. Mỗi xóm họp và kiểm phiếu riêng; nội dung được thông qua khi ít nhất 2/3 số xóm tán thành.",
    matterType: "money",
    voteBasis: "household",
    phases: [
      { phase: "information", startDate: day(-30), endDate: day(-21) },
      { phase: "discussion", startDate: day(-20), endDate: day(-8) },
      { phase: "decision", startDate: day(-7), endDate: day(14) },
      { phase: "implementation", startDate: day(15), endDate: null },
    ],
    areas: [{ unitId: commune, hamlet: null }],
    fileIds: [],
    ownerId: officer.actor!.id,
    directorId: leader.actor!.id,
  });
  const options = [
    [
      "Đồng ý mức đóng góp 500.000 đ/hộ",
      "Nộp trong 2 đợt (tháng 3 và tháng 9/2027); hộ nghèo, hộ chính sách được miễn; hộ cận nghèo đóng 50%.",
    ],
    [
      "Đề nghị mức 300.000 đ/hộ",
      "Phần thiếu đề nghị xã vận động doanh nghiệp, con em xa quê hỗ trợ; có thể kéo dài thời gian thi công.",
    ],
  ];
  for (const [label, description] of options) {
    await addOption(officer, c.id, { label: label!, description: description!, fileIds: [] });
  }
  await publishConsultation(officer, c.id);
  await changePhase(officer, c.id, "discussion");
  await changePhase(officer, c.id, "decision");
  await setVoting(officer, c.id, true);
  const register = await db
    .select({ id: households.id, hamlet: households.hamlet, code: households.code })
    .from(households)
    .where(eq(households.unitId, commune));
  const of = (hamlet: string) =>
    register.filter((h) => h.hamlet === hamlet).sort((a, b) => a.code.localeCompare(b.code));
  const detail = await getConsultation(officer, c.id);
  const [yes, lower] = detail.options.map((o) => o.id) as [string, string];
  // Xóm 1: 11 of 15 households agree (10 needed); Xóm 2: 10 of 18 (12 needed).
  const meetings = [
    { hamlet: "Xóm 1", heldOn: day(-5), present: 13, yes: 11, lower: 2, invalid: 0 },
    { hamlet: "Xóm 2", heldOn: day(-2), present: 14, yes: 10, lower: 3, invalid: 1 },
  ];
  let lastMeeting = "";
  for (const m of meetings) {
    const total = of(m.hamlet).length;
    const meeting = await recordMeeting(officer, c.id, {
      heldOn: m.heldOn,
      place: `Nhà văn hóa ${m.hamlet}`,
      chairName: `Trưởng ${m.hamlet.toLowerCase()}`,
      agenda: [
        "Công bố dự án đường bê tông liên xóm và phương án kinh phí",
        "Thảo luận mức đóng góp của mỗi hộ",
        "Bỏ phiếu kín, kiểm phiếu công khai",
      ],
      attendeeHouseholdIds: of(m.hamlet)
        .slice(0, m.present)
        .map((h) => h.id),
      minutes: `Hội nghị ${m.hamlet} có đại diện ${m.present}/${total} hộ dự. Tổ kiểm phiếu 3 người; thu về ${m.present} phiếu: ${m.yes} phiếu đồng ý mức 500.000 đ/hộ, ${m.lower} phiếu đề nghị mức 300.000 đ/hộ, ${m.invalid} phiếu không hợp lệ.`,
      concerns: [
        {
          concern: "Hộ nghèo, hộ neo đơn có phải đóng góp không?",
          answer: "Hộ nghèo, hộ chính sách được miễn; hộ cận nghèo đóng 50% theo danh sách xã công bố.",
        },
      ],
      fileIds: [],
    });
    lastMeeting = meeting.id;
  }
  const villages = meetings.map((m) => ({
    unitId: commune,
    hamlet: m.hamlet,
    ballotsCast: m.present,
    invalidBallots: m.invalid,
    counts: [
      { optionId: yes, count: m.yes },
      { optionId: lower, count: m.lower },
    ],
  }));
  const sum = (f: (v: (typeof meetings)[number]) => number) => meetings.reduce((a, m) => a + f(m), 0);
  await recordTally(officer, c.id, {
    meetingId: lastMeeting,
    ballotsCast: sum((m) => m.present),
    invalidBallots: sum((m) => m.invalid),
    counts: [
      { optionId: yes, count: sum((m) => m.yes) },
      { optionId: lower, count: sum((m) => m.lower) },
    ],
    villages,
    minutes:
      "Tổng hợp biên bản kiểm phiếu hội nghị Xóm 1 và Xóm 2; Xóm 3 chưa tổ chức hội nghị (dự kiến tuần sau).",
    fileIds: [],
  });
  return c;
}
