import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildWorkingCalendar } from "@danvan/common/calendar";
import { eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../../src/app";
import { type Database, migrateDatabase, openDatabase } from "../../../src/db/client";
import { taskAlerts } from "../../../src/db/schema";
import { ensureDefaultRules } from "../../../src/modules/calendar/ensure-default-rules";
import { sweepTaskAlerts, taskAlertsJob } from "../../../src/modules/tasks/tasks.jobs";
import { loadConfig } from "../../../src/platform/config";
import { DB_KIND, openTestDatabase, RecordingJobs, type TestApp } from "../../support/harness";
import { addDays, buildTask, buildTeam, outboxFor, type Team, todayVn } from "./helpers";

/** One database that outlives the app: PGlite on disk, or a PostgreSQL test database reached by URL. */
async function durableDatabase(dataDir: string) {
  if (DB_KIND === "postgres") {
    const holder = await openTestDatabase();
    return { open: () => openDatabase({ databaseUrl: holder.url, poolSize: 5 }), drop: holder.drop };
  }
  return { open: () => openDatabase({ dataDir }), drop: async () => {} };
}

async function startApp(database: Database, dataDir: string): Promise<TestApp> {
  const base = loadConfig({ NODE_ENV: "test", JOBS: "false", DEMO: "false", LOG_LEVEL: "silent" });
  const config = { ...base, dataDir };
  await migrateDatabase(database);
  const jobs = new RecordingJobs();
  const app = buildApp({ database, config, log: pino({ level: "silent" }), jobs });
  return { app, db: database.db, database, config, jobs, close: () => database.close() };
}

describe(`task alerts across a restart on ${DB_KIND}`, () => {
  let dataDir: string;
  let store: Awaited<ReturnType<typeof durableDatabase>>;
  let t: TestApp;
  let team: Team;
  const year = Number(todayVn().slice(0, 4));
  const cal = buildWorkingCalendar({ fromYear: year - 1, toYear: year + 2 });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "danvan-tasks-restart-"));
    store = await durableDatabase(dataDir);
    t = await startApp(await store.open(), dataDir);
    await ensureDefaultRules(t.db);
    team = await buildTeam(t);
  });
  afterAll(async () => {
    await t.close();
    await store.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const taskDue = (dueDate: string) =>
    buildTask(t.db, {
      unitId: team.unit.id,
      assigneeId: team.assignee.id,
      directorId: team.leader.id,
      dueDate,
    });
  const alertsOf = (taskId: string) => t.db.select().from(taskAlerts).where(eq(taskAlerts.taskId, taskId));

  it("sends no alert twice after a restart, and still sends the ones that fell due meanwhile", async () => {
    const soon = await taskDue(cal.addWorkingDays(todayVn(), 1));
    const late = await taskDue(addDays(todayVn(), -4));
    const later = await taskDue(cal.addWorkingDays(todayVn(), 8));
    expect(await sweepTaskAlerts(t.db)).toMatchObject({ reminders: 1, escalations: 1 });
    const missed = await taskDue(addDays(todayVn(), -1));

    await t.close();
    t = await startApp(await store.open(), dataDir);

    await taskAlertsJob.handler(
      { db: t.db, config: t.config, log: pino({ level: "silent" }), jobs: t.jobs },
      {},
    );
    expect(await sweepTaskAlerts(t.db)).toEqual({ reminders: 0, escalations: 0 });
    expect(await outboxFor(t.db, soon.id, `Sắp đến hạn ${soon.code}`)).toHaveLength(2);
    expect(await outboxFor(t.db, late.id, `Quá hạn ${late.code}`)).toHaveLength(4);
    expect(await outboxFor(t.db, missed.id, `Quá hạn ${missed.code}`, team.leader.id)).toHaveLength(2);
    expect(await alertsOf(missed.id)).toEqual([expect.objectContaining({ kind: "escalation" })]);
    expect(await alertsOf(later.id)).toHaveLength(0);

    const laterDay = cal.addWorkingDays(later.dueDate, -2);
    expect(await sweepTaskAlerts(t.db, laterDay)).toMatchObject({ reminders: 1 });
    await t.close();
    t = await startApp(await store.open(), dataDir);
    expect(await sweepTaskAlerts(t.db, laterDay)).toEqual({ reminders: 0, escalations: 0 });
    expect(await outboxFor(t.db, later.id, `Sắp đến hạn ${later.code}`, team.assignee.id)).toHaveLength(2);
  });
});
