/**
 * One server for bench/petitions-compare.ts: `root`'s code (its bench/support/api-bench.ts and server) on a
 * scratch database; prints the base URL and a unit to file to, and stops (dropping the database) when its
 * standard input closes.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";

const [root, tag] = process.argv.slice(2) as [string, string];
const { startApiBench } = (await import(
  pathToFileURL(path.join(root, "bench/support/api-bench.ts")).href
)) as typeof import("./api-bench");
const { sql } = await import(pathToFileURL(path.join(root, "node_modules/drizzle-orm/index.js")).href);
const bench = await startApiBench(
  `danvan_bench_compare_${tag}_${process.pid}`,
  "petitions",
  (code) => sql`SELECT id FROM petitions WHERE code = ${code}`,
);
const units = (await (await fetch(`${bench.appBase}/api/public/v1/petitions/units`)).json()) as {
  items: { id: string }[];
};
console.log(JSON.stringify({ app: bench.appBase, unitId: units.items[0]!.id }));
process.stdin.resume();
process.stdin.on("end", async () => {
  await bench.close();
  process.exit(0);
});
