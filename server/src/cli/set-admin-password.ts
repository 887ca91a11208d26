import { parseArgs } from "node:util";
import { Password } from "@danvan/common";
import { eq } from "drizzle-orm";
import { migrateDatabase, openDatabase } from "../db/client";
import { roleGrants, staff, units } from "../db/schema";
import { recordAudit } from "../platform/audit";
import { loadConfig } from "../platform/config";
import { newId } from "../platform/ids";
import { hashPassword } from "../platform/passwords";

/**
 * Creates (or resets) an administrator. On an empty database it first creates the root unit.
 * The password comes from ADMIN_PASSWORD, never from the command line (shell history).
 */
const { values } = parseArgs({
  options: {
    username: { type: "string", default: "admin" },
    "full-name": { type: "string", default: "Quản trị hệ thống" },
    "unit-code": { type: "string", default: "40" },
    "unit-name": { type: "string", default: "Tỉnh Nghệ An" },
  },
});
const password = process.env.ADMIN_PASSWORD ?? "";
const check = Password.safeParse(password);
if (!check.success) {
  console.error("Set ADMIN_PASSWORD (at least 10 characters, with letters and digits).");
  process.exit(2);
}
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrateDatabase(database);
  const passwordHash = await hashPassword(password);
  await database.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as typeof database.db;
    let [root] = await tx.select().from(units).where(eq(units.depth, 0)).limit(1);
    if (!root) {
      const id = newId();
      [root] = await tx
        .insert(units)
        .values({
          id,
          code: values["unit-code"],
          name: values["unit-name"],
          type: "tinh",
          parentId: null,
          path: `/${id}/`,
          depth: 0,
          validFrom: "2025-07-01",
        })
        .returning();
    }
    const username = values.username.toLowerCase();
    const [existing] = await tx.select().from(staff).where(eq(staff.username, username));
    const id = existing?.id ?? newId();
    if (existing) {
      await tx
        .update(staff)
        .set({ passwordHash, isActive: true, failedSignIns: 0, lockedUntil: null })
        .where(eq(staff.id, id));
    } else {
      await tx
        .insert(staff)
        .values({ id, username, fullName: values["full-name"], unitId: root!.id, passwordHash });
      await tx.insert(roleGrants).values({ id: newId(), staffId: id, role: "admin", unitId: root!.id });
    }
    const ctx = { db: tx, config, actor: null, requestId: "cli", locale: "vi" as const, ip: null };
    await recordAudit(tx, ctx, {
      action: "platform.set-admin-password",
      entityType: "staff",
      entityId: id,
      unitId: root!.id,
      reason: "CLI",
    });
  });
  console.log(`Administrator "${values.username}" is ready.`);
} finally {
  await database.close();
}
