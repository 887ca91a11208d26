/**
 * Compares the public filing path of two checkouts: A, the code in BENCH_BASE (another worktree, at the commit
 * to compare with), and B, this one. Each server runs in its own process on its own scratch database; one load
 * generator (support/api-load.mjs) alternates one-second slices of filings between them, BENCH_ROUNDS times.
 *   git worktree add /tmp/base HEAD && cp -al node_modules /tmp/base/
 *   BENCH_BASE=/tmp/base BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/petitions-compare.ts
 * Prints B ÷ A for each round. The machine's speed swings under load, so a change needs several rounds; the
 * bench against the bare insert (petitions-api.bench.ts) stays the measure of the goal. Each round's filings
 * carry keys of their own (api-load.mjs), so no round replays an earlier one's.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const base = process.env.BENCH_BASE;
const rounds = Number(process.env.BENCH_ROUNDS ?? 4);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
if (!base) {
  console.error("BENCH_BASE must name the other checkout (a worktree with node_modules)");
  process.exit(2);
}

type Served = { app: string; unitId: string; child: ChildProcess };

/** One server from `root`'s code, run by this checkout's support/serve-petitions.ts. */
function serve(root: string, tag: string): Promise<Served> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(here, "support/serve-petitions.ts"), root, tag],
    { cwd: root, stdio: ["pipe", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) {
        resolve({ ...(JSON.parse(line) as { app: string; unitId: string }), child });
      }
    });
    child.on("exit", (code) => reject(new Error(`server of ${root} exited ${code}`)));
  });
}

function load(a: Served, b: Served): Promise<{ name: string; rps: number }[]> {
  const job = {
    app: a.app,
    other: b.app,
    resource: "petitions",
    params: { unitId: a.unitId },
    otherParams: { unitId: b.unitId },
    seconds,
    connections,
  };
  const child = spawn(process.execPath, [path.join(here, "support/api-load.mjs"), JSON.stringify(job)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  return new Promise((resolve, reject) =>
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").pop()!))
        : reject(new Error(`loader exited ${code}`)),
    ),
  );
}

const servers = await Promise.all([serve(path.resolve(base), "a"), serve(path.resolve(here, ".."), "b")]);
try {
  const [a, b] = servers;
  for (let r = 1; r <= rounds; r++) {
    const [ra, rb] = await load(a, b);
    console.log(
      `round ${r}: A ${Math.round(ra!.rps)}/s, B ${Math.round(rb!.rps)}/s, B ÷ A ${(rb!.rps / ra!.rps).toFixed(3)}`,
    );
  }
} finally {
  await Promise.all(
    servers.map(
      (s) =>
        new Promise((r) => {
          s.child.removeAllListeners("exit");
          s.child.once("exit", r);
          s.child.stdin!.end();
        }),
    ),
  );
}
process.exit(0);
