/**
 * Public one-stop API on PostgreSQL against bare routes in the same process and run.
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/one-stop-api.bench.ts
 * Creates (and drops) a scratch database with the demo seed. The load runs in a child process
 * (support/api-load.mjs). Options: BENCH_SECONDS (10), BENCH_CONNECTIONS (50).
 *
 * Full path: POST /api/public/v1/dossiers (validation, procedure in force, idempotency key, the day's gapless
 * code sequence of the receiving unit, keyed PIN hash, timeline event, audit hash chain, applicant notice,
 * one transaction) and GET /api/public/v1/dossiers/{code} with X-Tracking-Pin (PIN check, steps, presenter).
 * Bare: a Hono route on the same pool doing one INSERT, and one SELECT by the unique code.
 */
import { sql } from "drizzle-orm";
import { loadAverage, printResults, runLoad, startApiBench } from "./support/api-bench";

type Procedure = {
  id: string;
  code: string;
  onlineLevel: string;
  documents: { key: string; required: boolean }[];
};

const bench = await startApiBench(
  `danvan_bench_onestop_api_${process.pid}`,
  "dossiers",
  (code) => sql`SELECT id, code, status, appointment_date FROM onestop_dossiers WHERE code = ${code}`,
);
try {
  const catalogue = (await (await fetch(`${bench.appBase}/api/public/v1/procedures?limit=100`)).json()) as {
    items: Procedure[];
  };
  // The portal's birth registration (fully online) of the first demo commune, as a busy morning would file.
  const online = catalogue.items.filter((p) => p.onlineLevel === "full");
  const procedure = online[0]!;
  console.log(
    `filing procedure ${procedure.code} (${online.length} fully online in the catalogue); load before ${loadAverage()}`,
  );
  const results = await runLoad({
    app: bench.appBase,
    bare: bench.bareBase,
    resource: "dossiers",
    params: {
      procedureId: procedure.id,
      documents: procedure.documents.filter((d) => d.required).map((d) => d.key),
    },
  });
  printResults(results);
} finally {
  await bench.close();
}
process.exit(0);
