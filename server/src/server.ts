import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import pino, { type Logger } from "pino";
import { buildApp } from "./app";
import { type Database, migrateDatabase, openDatabase } from "./db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmpty, seedDemo } from "./db/seed/demo";
import { ensureDefaultRules } from "./modules/calendar/ensure-default-rules";
import { consultationRecordJob } from "./modules/consultations/consultations.jobs";
import { filesSweepJob } from "./modules/files/files.jobs";
import { oneStopLateJob } from "./modules/one-stop/one-stop.jobs";
import { petitionAlertsJob } from "./modules/petitions/petitions.jobs";
import { taskAlertsJob } from "./modules/tasks/tasks.jobs";
import { startAuditSealer } from "./platform/audit";
import type { Config } from "./platform/config";
import { Jobs } from "./platform/jobs";
import { outboxDeliverJob } from "./platform/outbox";

export const JOB_DEFS = [
  outboxDeliverJob,
  taskAlertsJob,
  petitionAlertsJob,
  oneStopLateJob,
  consultationRecordJob,
  filesSweepJob,
];

const here = path.dirname(fileURLToPath(import.meta.url));
export const WEB_DIST = path.resolve(here, "../../web/dist");

export type Running = {
  url: string;
  port: number;
  database: Database;
  jobs: Jobs;
  log: Logger;
  close(): Promise<void>;
};

/** Opens the database, migrates, seeds an empty demo database, starts jobs and serves API + web. */
export async function startServer(
  config: Config,
  opts: { log?: Logger; memory?: boolean } = {},
): Promise<Running> {
  const log = opts.log ?? pino({ level: config.logLevel });
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    memory: opts.memory,
  });
  await migrateDatabase(database);
  await ensureDefaultRules(database.db);
  if (await isEmpty(database.db)) {
    if (config.demo) {
      await seedDemo(database.db, config);
      log.info("seeded Nghệ An demo data");
      printDemo(config);
    } else {
      log.warn(
        "empty database: create the first administrator with `npm run admin:set-password` (see README)",
      );
    }
  }
  const sealer = startAuditSealer(database.db, log);
  const jobs = new Jobs(database, config, log, JOB_DEFS);
  if (config.jobs) {
    await jobs.start();
  }
  const app = buildApp({ database, config, log, jobs, webDist: WEB_DIST });
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve) => {
      const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) =>
        resolve({ server: s, port: info.port }),
      );
    },
  );
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;
  return {
    url,
    port,
    database,
    jobs,
    log,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await jobs.stop();
      await sealer.stop();
      await database.close();
    },
  };
}

function printDemo(config: Config) {
  const lines = DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(10)} ${a.fullName}`);
  console.log(
    `\nTài khoản dùng thử / demo sign-ins (mật khẩu / password: ${DEMO_PASSWORD}):\n${lines.join("\n")}\n` +
      (config.env === "production" ? "" : ""),
  );
}
