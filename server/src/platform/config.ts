import path from "node:path";
import { z } from "zod";

const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Danvan <no-reply@danvan.local>"),
  PUBLIC_URL: z.string().optional(),
  COOKIE_SECURE: z.enum(["true", "false"]).optional(),
  DEMO: z.enum(["true", "false"]).optional(),
  JOBS: z.enum(["true", "false"]).default("true"),
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  // Never under the portal's upload token lifetime (PORTAL_UPLOAD_HOURS in platform/upload-token.ts):
  // a valid token must find its file.
  PORTAL_UPLOAD_RETENTION_HOURS: z.coerce.number().int().min(24).max(8760).default(24),
  STAFF_UPLOAD_RETENTION_HOURS: z.coerce.number().int().min(1).max(8760).default(168),
});

export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string | undefined;
  cookieSecure: boolean;
  /** Demo data and accounts are seeded on an empty database, never in production unless asked. */
  demo: boolean;
  jobs: boolean;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy: boolean;
  /** How long an upload attached to no record is kept: citizens' portal uploads, staff uploads. */
  uploadRetentionHours: { portal: number; staff: number };
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    publicUrl: e.PUBLIC_URL,
    cookieSecure: e.COOKIE_SECURE ? e.COOKIE_SECURE === "true" : production,
    demo: e.DEMO ? e.DEMO === "true" : !production,
    jobs: e.JOBS === "true",
    trustProxy: e.TRUST_PROXY === "true",
    uploadRetentionHours: { portal: e.PORTAL_UPLOAD_RETENTION_HOURS, staff: e.STAFF_UPLOAD_RETENTION_HOURS },
  };
}
