import type { ProcedureStepInput } from "@danvan/common";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { ensureDefaultRules } from "../../modules/calendar/ensure-default-rules";
import { appointmentFor, timelinessOf } from "../../modules/one-stop/deadlines";
import { insertDossier } from "../../modules/one-stop/insert-dossier";
import { addEvent, type ProcedureRow } from "../../modules/one-stop/internal";
import { scoreDossier } from "../../modules/one-stop/score-dossier";
import { openSteps } from "../../modules/one-stop/steps";
import { todayVn } from "../../modules/tasks/internal";
import { type Config, loadConfig } from "../../platform/config";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { hashPassword } from "../../platform/passwords";
import { secretsFor } from "../../platform/secrets";
import type { Db } from "../client";
import {
  agencies,
  applicants,
  dossierSteps,
  dossiers,
  positions,
  procedures,
  roleGrants,
  staff,
  units,
} from "../schema";
import type { SeedUnitIds } from "./petitions";

type Step = { name: string; agency: string | null; days: number };
type SeedProcedure = {
  code: string;
  name: string;
  field: string;
  processingDays: number;
  fees: { label: string; amount: number }[];
  documents: { key: string; name: string; originals: number; copies: number; required?: boolean }[];
  onlineLevel: "full" | "partial" | "none";
  steps: Step[];
  resultDocument: string;
  legalBasis: string;
};

/**
 * Common commune procedures. Codes of the national catalogue where known; the two land procedures use
 * local demo codes (NA.*) because the catalogue changed with the 2025 reform — confirm before go-live.
 */
const CATALOGUE: SeedProcedure[] = [
  {
    code: "1.001193",
    name: "Đăng ký khai sinh",
    field: "Hộ tịch",
    processingDays: 0,
    fees: [{ label: "Miễn lệ phí khi đăng ký đúng hạn", amount: 0 }],
    documents: [
      { key: "to-khai", name: "Tờ khai đăng ký khai sinh theo mẫu", originals: 1, copies: 0 },
      { key: "giay-chung-sinh", name: "Giấy chứng sinh hoặc giấy tờ thay thế", originals: 1, copies: 0 },
      { key: "uy-quyen", name: "Văn bản ủy quyền (nếu nộp thay)", originals: 1, copies: 0, required: false },
    ],
    onlineLevel: "full",
    steps: [
      { name: "Công chức tư pháp - hộ tịch kiểm tra, ghi sổ hộ tịch", agency: "VP", days: 0 },
      { name: "Chủ tịch UBND ký Giấy khai sinh", agency: "VP", days: 0 },
    ],
    resultDocument: "Giấy khai sinh (bản chính)",
    legalBasis: "Luật Hộ tịch 60/2014/QH13 Đ.16; NĐ 123/2015/NĐ-CP",
  },
  {
    code: "2.000815",
    name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
    field: "Chứng thực",
    processingDays: 0,
    fees: [{ label: "Phí chứng thực (mỗi trang)", amount: 2000 }],
    documents: [
      { key: "ban-chinh", name: "Bản chính giấy tờ, văn bản cần chứng thực", originals: 1, copies: 0 },
      { key: "ban-sao", name: "Bản sao cần chứng thực", originals: 0, copies: 1 },
    ],
    onlineLevel: "partial",
    steps: [{ name: "Người thực hiện chứng thực đối chiếu, ký, đóng dấu", agency: "VP", days: 0 }],
    resultDocument: "Bản sao được chứng thực",
    legalBasis: "NĐ 23/2015/NĐ-CP Đ.20, Đ.21",
  },
  {
    code: "NA.DD.01",
    name: "Đăng ký biến động quyền sử dụng đất (chuyển mục đích sử dụng đất)",
    field: "Đất đai",
    processingDays: 10,
    fees: [{ label: "Lệ phí cấp giấy chứng nhận", amount: 30000 }],
    documents: [
      { key: "don", name: "Đơn đăng ký biến động đất đai theo mẫu", originals: 1, copies: 0 },
      { key: "gcn", name: "Bản gốc Giấy chứng nhận đã cấp", originals: 1, copies: 0 },
      { key: "qd-chuyen-muc-dich", name: "Quyết định cho phép chuyển mục đích", originals: 0, copies: 1 },
    ],
    onlineLevel: "partial",
    steps: [
      { name: "Phòng Kinh tế thẩm định hồ sơ, xác minh thực địa", agency: "PKT", days: 6 },
      { name: "Chỉnh lý hồ sơ địa chính", agency: "PKT", days: 2 },
      { name: "Lãnh đạo UBND xem xét, ký", agency: "VP", days: 2 },
    ],
    resultDocument: "Giấy chứng nhận quyền sử dụng đất đã chỉnh lý biến động",
    legalBasis: "Luật Đất đai 31/2024/QH15; thời hạn dùng cho dữ liệu mẫu, cần đối chiếu quy định hiện hành",
  },
  {
    code: "NA.BT.01",
    name: "Hồ sơ đề nghị bồi thường, hỗ trợ khi Nhà nước thu hồi đất (giải phóng mặt bằng)",
    field: "Bồi thường, hỗ trợ, tái định cư",
    processingDays: 20,
    fees: [],
    documents: [
      { key: "don", name: "Đơn đề nghị bồi thường, hỗ trợ", originals: 1, copies: 0 },
      { key: "giay-to-dat", name: "Giấy tờ về quyền sử dụng đất", originals: 0, copies: 1 },
      { key: "bien-ban-kiem-dem", name: "Biên bản kiểm đếm hiện trạng", originals: 1, copies: 0 },
      { key: "cccd", name: "Căn cước của người có đất thu hồi", originals: 0, copies: 1 },
    ],
    onlineLevel: "none",
    steps: [
      { name: "Phòng Kinh tế kiểm tra, xác minh nguồn gốc đất", agency: "PKT", days: 10 },
      { name: "Lập, niêm yết phương án bồi thường, hỗ trợ", agency: "PKT", days: 7 },
      { name: "Lãnh đạo UBND phê duyệt phương án", agency: "VP", days: 3 },
    ],
    resultDocument: "Quyết định phê duyệt phương án bồi thường, hỗ trợ",
    legalBasis: "Luật Đất đai 31/2024/QH15 Ch.VII; dự án mở rộng KCN VSIP Nghệ An (bài báo nguồn)",
  },
];

type DemoDossier = {
  unit: string;
  procedure: string;
  name: string;
  personalId: string;
  stage: "new" | "checking" | "processing" | "returned";
  /** Days before today the dossier was filed (and, past checking, received). */
  filedAgo?: number;
  late?: boolean;
  handler?: string;
};

/** A day at the Thái Hòa counter, two dossiers already returned (one late), a site-clearance file in Hưng Nguyên. */
const DEMO_DOSSIERS: DemoDossier[] = [
  {
    unit: "p-th",
    procedure: "NA.DD.01",
    name: "Hồ Văn Dũng",
    personalId: "040088002468",
    stage: "processing",
    // Eleven days in: the six-day appraisal step is past its budget (the step's overdue list).
    filedAgo: 11,
    handler: "thaihoa.handler",
  },
  {
    unit: "p-th",
    procedure: "1.001193",
    name: "Trần Thị Mai",
    personalId: "040190007777",
    stage: "checking",
  },
  { unit: "p-th", procedure: "NA.DD.01", name: "Lê Thanh Bình", personalId: "040070004321", stage: "new" },
  {
    unit: "p-th",
    procedure: "NA.DD.01",
    name: "Phan Văn Hải",
    personalId: "040075003456",
    stage: "returned",
    filedAgo: 20,
  },
  {
    unit: "p-th",
    procedure: "NA.DD.01",
    name: "Đinh Thị Thu",
    personalId: "040182006543",
    stage: "returned",
    filedAgo: 40,
    late: true,
  },
  {
    unit: "x-hn",
    procedure: "NA.BT.01",
    name: "Nguyễn Văn Đức",
    personalId: "040085001234",
    stage: "processing",
    filedAgo: 2,
    handler: "handler",
  },
];

/**
 * The Thái Hòa one-stop shop's own handler and chairman, so a dossier filed at its counter can go through
 * every step in the demo (the clerk account is in `demo.ts`). Same demo password.
 */
const THAI_HOA_STAFF = [
  {
    username: "thaihoa.handler",
    fullName: "Võ Thị Hằng",
    agency: "PKT",
    position: "Công chức địa chính - xây dựng",
    role: "handler",
  },
  {
    username: "thaihoa.leader",
    fullName: "Nguyễn Đình Long",
    agency: "VP",
    position: "Chủ tịch UBND phường",
    role: "leader",
  },
] as const;

/** Applicants of the Thái Hòa register, so its clerk can file for a person and a business. */
const THAI_HOA_APPLICANTS = [
  {
    kind: "person",
    name: "Nguyễn Thị Hương",
    personalId: "040186009876",
    taxCode: null,
    address: "Khối Tân Hồng, phường Thái Hòa, Nghệ An",
  },
  {
    kind: "organisation",
    name: "Hợp tác xã Nông nghiệp Tây Hiếu",
    personalId: null,
    taxCode: "2901765432",
    address: "Phường Thái Hòa, Nghệ An",
  },
] as const;

async function seedThaiHoaStaff(db: Db, unitId: string) {
  for (const a of THAI_HOA_APPLICANTS) {
    await db.insert(applicants).values({ id: newId(), ...a, unitId });
  }
  const passwordHash = await hashPassword("Danvan@2026");
  for (const p of THAI_HOA_STAFF) {
    const agency = await agencyId(db, unitId, p.agency);
    const positionId = newId();
    await db.insert(positions).values({ id: positionId, agencyId: agency!, name: p.position });
    const id = newId();
    await db.insert(staff).values({
      id,
      username: p.username,
      fullName: p.fullName,
      email: `${p.username}@danvan.local`,
      unitId,
      agencyId: agency,
      positionId,
      passwordHash,
    });
    await db.insert(roleGrants).values({ id: newId(), staffId: id, role: p.role, unitId });
  }
}

const minusDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

async function agencyId(db: Db, unitId: string, code: string | null) {
  if (!code) {
    return null;
  }
  const [row] = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.unitId, unitId), eq(agencies.code, code)));
  return row?.id ?? null;
}

/**
 * The demo catalogue for Phường Thái Hòa (the article's one-stop shop) and Xã Hưng Nguyên (site
 * clearance for VSIP), and a few dossiers at the Thái Hòa counter in different states.
 */
export async function seedOneStop(db: Db, ids: SeedUnitIds, config: Pick<Config, "dataDir"> = loadConfig()) {
  await ensureDefaultRules(db);
  const today = todayVn();
  const thaiHoa = ids.get("p-th")?.id;
  if (thaiHoa) {
    await seedThaiHoaStaff(db, thaiHoa);
  }
  const byUnit = new Map<string, ProcedureRow[]>();
  for (const key of ["p-th", "x-hn"]) {
    const unitId = ids.get(key)?.id;
    if (!unitId) {
      continue;
    }
    const rows: ProcedureRow[] = [];
    for (const p of CATALOGUE) {
      const steps: z.infer<typeof ProcedureStepInput>[] = [];
      for (const s of p.steps) {
        steps.push({ name: s.name, agencyId: await agencyId(db, unitId, s.agency), days: s.days });
      }
      const [row] = await db
        .insert(procedures)
        .values({
          id: newId(),
          unitId,
          code: p.code,
          name: p.name,
          field: p.field,
          level: "commune",
          processingDays: p.processingDays,
          fees: p.fees,
          documents: p.documents.map((d) => ({ ...d, required: d.required ?? true })),
          onlineLevel: p.onlineLevel,
          steps,
          resultDocument: p.resultDocument,
          legalBasis: p.legalBasis,
          effectiveFrom: "2025-07-01",
        })
        .returning();
      rows.push(row!);
    }
    byUnit.set(key, rows);
  }
  const secrets = secretsFor(config);
  const ctx = { db, config, actor: null, requestId: "seed", locale: "vi", ip: null } as Ctx;
  for (const s of DEMO_DOSSIERS) {
    const unitId = ids.get(s.unit)?.id;
    const procedure = byUnit.get(s.unit)?.find((p) => p.code === s.procedure);
    const [unit] = unitId ? await db.select().from(units).where(eq(units.id, unitId)) : [];
    if (!unit || !procedure) {
      continue;
    }
    const filedDate = minusDays(today, s.filedAgo ?? 0);
    const { row } = await insertDossier(db, ctx, secrets, {
      procedure,
      unitCode: unit.code,
      channel: s.stage === "new" ? "online" : "counter",
      status: s.stage === "new" ? "new" : "checking",
      filedDate,
      applicant: {
        id: null,
        kind: "person",
        name: s.name,
        identifier: s.personalId,
        phone: null,
        email: null,
        address: `${unit.name}, Nghệ An`,
      },
      summary: null,
      documents: procedure.documents.map((d) => ({
        key: d.key,
        name: d.name,
        form: d.originals > 0 ? "original" : "copy",
        count: 1,
        fileIds: [],
      })),
      action: "onestop.seed",
    });
    if (s.stage === "processing" || s.stage === "returned") {
      await seedReceived(db, row, procedure, unit.id, filedDate, today, s);
    }
  }
}

/** Receives a seeded dossier on its filing day, starts its steps, and for "returned" runs it to the end. */
async function seedReceived(
  db: Db,
  row: typeof dossiers.$inferSelect,
  procedure: ProcedureRow,
  unitId: string,
  filedDate: string,
  today: string,
  s: DemoDossier,
) {
  const appointment = await appointmentFor(
    db,
    { from: filedDate, days: procedure.processingDays, unitId },
    "vi",
  );
  const [handler] = s.handler ? await db.select().from(staff).where(eq(staff.username, s.handler)) : [];
  const [received] = await db
    .update(dossiers)
    .set({
      status: "processing",
      receivedDate: filedDate,
      clockStartDate: filedDate,
      appointmentDate: appointment.due,
      originalAppointmentDate: appointment.due,
      appointmentExplanation: appointment.explanation,
      currentStepNo: 1,
      handlerId: handler?.id ?? null,
    })
    .where(eq(dossiers.id, row.id))
    .returning();
  await openSteps(db, received!, procedure, filedDate, handler?.id ?? null);
  await addEvent(db, received!, null, "receive", { data: { appointmentDate: appointment.due } });
  await addEvent(db, received!, null, "start-processing", { data: { handlerId: handler?.id ?? null } });
  if (s.stage !== "returned") {
    return;
  }
  // Early: two days before the appointment (and never after yesterday); late: yesterday, long after it.
  const early = [minusDays(appointment.due, 2), minusDays(today, 1)].sort()[0]!;
  const ready = s.late ? minusDays(today, 1) : early;
  await db
    .update(dossierSteps)
    .set({
      status: "done",
      completedDate: ready,
      dueDate: s.late ? minusDays(ready, 1) : appointment.due,
      timeliness: s.late ? "late" : "early",
    })
    .where(eq(dossierSteps.dossierId, row.id));
  const [done] = await db
    .update(dossiers)
    .set({
      status: "returned",
      currentStepNo: null,
      handlerId: null,
      decision: "granted",
      resultReadyDate: ready,
      timeliness: timelinessOf(ready, appointment.due),
      returnedDate: today,
    })
    .where(eq(dossiers.id, row.id))
    .returning();
  await addEvent(db, done!, null, "return-result", {});
  await scoreDossier(db, done!, today);
}
