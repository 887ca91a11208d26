import { sql } from "drizzle-orm";
import { fromDrizzle, fromPglite, PgBoss } from "pg-boss";
import type { Logger } from "pino";
import type { z } from "zod";
import type { Database, Db } from "../db/client";
import { queryRows } from "../db/client";
import type { Config } from "./config";
import { notFound } from "./errors";

export type JobCtx = { db: Db; config: Config; log: Logger; jobs: JobRunner };

export type JobDef<S extends z.ZodType = z.ZodType> = {
  /** `<module>.<verb>` */
  id: string;
  cron?: string;
  schema: S;
  retryLimit?: number;
  /** Seconds before the first retry (default 5); with backoff it doubles on each retry. */
  retryDelay?: number;
  /** Exponential backoff between retries (default true). */
  retryBackoff?: boolean;
  handler: (ctx: JobCtx, data: z.infer<S>) => Promise<void>;
};

export function defineJob<S extends z.ZodType>(def: JobDef<S>): JobDef<S> {
  return def;
}

export type JobRunner = {
  /** Enqueues a job; pass the open transaction so the job exists only if the transaction commits. */
  send(id: string, data: object, tx?: Db): Promise<void>;
};

const DEAD_SUFFIX = "__dead";

/** pg-boss on the same database (PGlite through its adapter): retries with backoff, cron, dead letters. */
export class Jobs implements JobRunner {
  private boss: PgBoss | null = null;

  constructor(
    private readonly database: Database,
    private readonly config: Config,
    private readonly log: Logger,
    private readonly defs: JobDef[],
  ) {}

  async start(): Promise<void> {
    const { database } = this;
    const boss =
      database.kind === "pglite" && database.pglite
        ? new PgBoss({ db: fromPglite(database.pglite), backend: "pglite" })
        : new PgBoss({
            connectionString: this.config.databaseUrl ?? "",
            max: 4,
            application_name: "danvan-jobs",
          });
    boss.on("error", (err) => this.log.error({ err }, "job system error"));
    await boss.start();
    for (const def of this.defs) {
      await boss.createQueue(`${def.id}${DEAD_SUFFIX}`);
      await boss.createQueue(def.id, {
        retryLimit: def.retryLimit ?? 5,
        retryBackoff: def.retryBackoff ?? true,
        retryDelay: def.retryDelay ?? 5,
        deadLetter: `${def.id}${DEAD_SUFFIX}`,
      });
      await boss.work(def.id, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
        if (!job) {
          return;
        }
        const data = def.schema.parse(job.data);
        await def.handler(
          { db: database.db, config: this.config, log: this.log.child({ job: def.id }), jobs: this },
          data,
        );
      });
      if (def.cron) {
        await boss.schedule(def.id, def.cron, {}, { tz: "Asia/Ho_Chi_Minh" });
      }
    }
    this.boss = boss;
  }

  async send(id: string, data: object, tx?: Db): Promise<void> {
    // Checked up front: pg-boss looks an unknown queue up on its own connection, which on PGlite waits
    // for the caller's open transaction forever and so stalls the whole database.
    if (!this.defs.some((def) => def.id === id)) {
      throw new Error(`Unknown job "${id}"`);
    }
    if (!this.boss) {
      return;
    }
    await this.boss.send(id, data, tx ? { db: fromDrizzle(tx as never, sql as never) } : {});
  }

  async stop(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 5000 });
    this.boss = null;
  }

  async retry(queue: string, id: string): Promise<void> {
    if (!this.boss) {
      throw notFound("job");
    }
    const name = queue.endsWith(DEAD_SUFFIX) ? queue.slice(0, -DEAD_SUFFIX.length) : queue;
    if (queue.endsWith(DEAD_SUFFIX)) {
      const job = await this.boss.getJobById<object>(queue, id);
      if (job) {
        await this.boss.send(name, job.data);
        await this.boss.deleteJob(queue, id);
      }
      return;
    }
    await this.boss.retry(name, id);
  }
}

export type FailedJobRow = {
  id: string;
  name: string;
  data: unknown;
  output: unknown;
  retry_count: number;
  created_on: Date;
  completed_on: Date | null;
};

/**
 * Jobs that exhausted their retries, newest first (each also has a copy in its `__dead` queue, kept as
 * the dead-letter record; listing the originals shows each failure once). Empty before pg-boss installs.
 */
export async function listFailedJobs(db: Db, limit = 100): Promise<FailedJobRow[]> {
  const [exists] = await queryRows<{ ok: boolean }>(
    db,
    sql`SELECT to_regclass('pgboss.job') IS NOT NULL AS ok`,
  );
  if (!exists?.ok) {
    return [];
  }
  return queryRows<FailedJobRow>(
    db,
    sql`SELECT id::text, name, data, output, retry_count, created_on, completed_on FROM pgboss.job
        WHERE state = 'failed' AND name NOT LIKE ${`%${DEAD_SUFFIX}`}
        ORDER BY created_on DESC LIMIT ${limit}`,
  );
}
