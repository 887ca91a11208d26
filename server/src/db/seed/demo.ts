import type { Role } from "@danvan/common";
import { count } from "drizzle-orm";
import { recordAudit } from "../../platform/audit";
import type { Config } from "../../platform/config";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { hashPassword } from "../../platform/passwords";
import type { Db } from "../client";
import { agencies, applicants, positions, roleGrants, staff, unitSuccessions, units } from "../schema";
import { seedConsultations } from "./consultations";
import { NGHE_AN_UNITS, SEED_AGENCIES } from "./nghe-an-units";
import { seedOneStop } from "./one-stop";
import { seedPetitions } from "./petitions";
import { seedReception } from "./reception";
import { seedSatisfaction } from "./satisfaction";

export const DEMO_PASSWORD = "Danvan@2026";

type DemoAccount = {
  username: Role;
  fullName: string;
  unit: string;
  agency: string;
  position: string;
  grants: [Role, string][];
};

/** One account per role; names are fictional, not the officials quoted in the article. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: "admin",
    fullName: "Nguyễn Thị Lan",
    unit: "na",
    agency: "SNV",
    position: "Chuyên viên quản trị hệ thống",
    grants: [["admin", "na"]],
  },
  {
    username: "leader",
    fullName: "Trần Văn Minh",
    unit: "x-as",
    agency: "VP",
    position: "Chủ tịch UBND xã",
    grants: [["leader", "x-as"]],
  },
  {
    username: "reception",
    fullName: "Lê Thị Hoa",
    unit: "x-as",
    agency: "BTCD",
    position: "Công chức tiếp công dân",
    grants: [["reception", "x-as"]],
  },
  {
    username: "clerk",
    fullName: "Phạm Thu Hà",
    unit: "p-th",
    agency: "TTPVHCC",
    position: "Công chức một cửa",
    grants: [["clerk", "p-th"]],
  },
  {
    username: "handler",
    fullName: "Hoàng Văn Nam",
    unit: "x-hn",
    agency: "PKT",
    position: "Chuyên viên địa chính - xây dựng",
    grants: [["handler", "x-hn"]],
  },
  {
    username: "inspector",
    fullName: "Đặng Quốc Bảo",
    unit: "na",
    agency: "TTR",
    position: "Thanh tra viên",
    grants: [["inspector", "na"]],
  },
];

const DEMO_APPLICANTS = [
  {
    kind: "person",
    name: "Nguyễn Văn Đức",
    personalId: "040085001234",
    unit: "k10",
    address: "Khối 10, xã Hưng Nguyên, Nghệ An",
  },
  {
    kind: "person",
    name: "Lê Thanh Bình",
    personalId: "040070004321",
    unit: "k10",
    address: "Khối 10, xã Hưng Nguyên, Nghệ An",
  },
  {
    kind: "person",
    name: "Trần Thị Mai",
    personalId: "040190007777",
    unit: "x-as",
    address: "Xã Anh Sơn, Nghệ An",
  },
  {
    kind: "person",
    name: "Hồ Văn Dũng",
    personalId: "040088002468",
    unit: "x-nd",
    address: "Xã Nam Đàn, Nghệ An",
  },
  {
    kind: "organisation",
    name: "Công ty TNHH VSIP Nghệ An",
    taxCode: "2901900000",
    unit: "x-hn",
    address: "KCN VSIP Nghệ An",
  },
] as const;

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(units);
  return (row?.n ?? 0) === 0;
}

/** Seeds the Nghệ An demo: units before and after 1 July 2025, agencies, accounts, applicants. */
export async function seedDemo(db: Db, config: Config): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const ids = new Map<string, { id: string; path: string; depth: number }>();
    for (const u of NGHE_AN_UNITS) {
      const id = newId();
      const parent = u.parent ? ids.get(u.parent) : undefined;
      const path = `${parent?.path ?? "/"}${id}/`;
      const depth = parent ? parent.depth + 1 : 0;
      ids.set(u.key, { id, path, depth });
      await tx.insert(units).values({
        id,
        code: u.code,
        name: u.name,
        type: u.type,
        parentId: parent?.id ?? null,
        path,
        depth,
        isRemote: u.remote ?? false,
        validFrom: u.validFrom,
        validTo: u.validTo ?? null,
      });
    }
    const unitId = (key: string) => ids.get(key)!.id;
    const links = NGHE_AN_UNITS.flatMap((u) =>
      (u.successors ?? []).map((s) => ({
        fromUnitId: unitId(u.key),
        toUnitId: unitId(s),
        effectiveDate: u.validTo ?? "2025-06-30",
      })),
    );
    await tx.insert(unitSuccessions).values(links);
    const agencyIds = new Map<string, string>();
    for (const a of SEED_AGENCIES) {
      const id = newId();
      agencyIds.set(`${a.unit}:${a.code}`, id);
      await tx
        .insert(agencies)
        .values({ id, unitId: unitId(a.unit), code: a.code, name: a.name, kind: a.kind });
    }
    const ctx: Ctx = { db: tx, config, actor: null, requestId: "seed", locale: "vi", ip: null };
    for (const acc of DEMO_ACCOUNTS) {
      const agencyId = agencyIds.get(`${acc.unit}:${acc.agency}`) ?? null;
      const positionId = newId();
      await tx.insert(positions).values({ id: positionId, agencyId: agencyId!, name: acc.position });
      const id = newId();
      await tx.insert(staff).values({
        id,
        username: acc.username,
        fullName: acc.fullName,
        email: `${acc.username}@danvan.local`,
        unitId: unitId(acc.unit),
        agencyId,
        positionId,
        passwordHash,
      });
      await tx
        .insert(roleGrants)
        .values(acc.grants.map(([role, unit]) => ({ id: newId(), staffId: id, role, unitId: unitId(unit) })));
    }
    for (const a of DEMO_APPLICANTS) {
      await tx.insert(applicants).values({
        id: newId(),
        kind: a.kind,
        name: a.name,
        personalId: "personalId" in a ? a.personalId : null,
        taxCode: "taxCode" in a ? a.taxCode : null,
        address: a.address,
        unitId: unitId(a.unit),
      });
    }
    await seedPetitions(tx, ids, config);
    await seedReception(tx, ids, config);
    await seedOneStop(tx, ids, config);
    await seedConsultations(tx, ids, config);
    await seedSatisfaction(tx, ids, config);
    await recordAudit(tx, ctx, {
      action: "platform.seed-demo",
      entityType: "system",
      after: {
        units: NGHE_AN_UNITS.length,
        agencies: SEED_AGENCIES.length,
        accounts: DEMO_ACCOUNTS.map((a) => a.username),
      },
    });
  });
}
