#!/usr/bin/env node
// `npm test`: unit + integration on PGlite; integration again on PostgreSQL when TEST_DATABASE_URL is set;
// browser tests in Chromium when it is installed (CI installs it). Prints one summary line at the end.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tmp = path.join(root, ".tmp");
fs.mkdirSync(tmp, { recursive: true });
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const e2eFailures = path.join(tmp, "e2e-failures.txt");
fs.rmSync(e2eFailures, { force: true });

const runs = [{ name: "pglite", projects: ["common", "server"], env: {} }];
if (process.env.TEST_DATABASE_URL) {
  runs.push({ name: "postgres", projects: ["server"], env: { DANVAN_TEST_DB: "postgres" } });
} else {
  console.log("TEST_DATABASE_URL is not set: integration tests run on PGlite only.");
}
if (fs.existsSync(chromium)) {
  runs.push({ name: "e2e", projects: ["e2e"], env: { CHROMIUM_PATH: chromium }, build: true });
} else {
  console.log(`Chromium not found at ${chromium}: browser tests skipped (apt-get install chromium).`);
}

/** Runs a command with its output shown as it comes and kept, so a failure can be quoted again at the end. */
function runTee(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    const chunks = [];
    for (const [stream, sink] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      stream.on("data", (d) => {
        sink.write(d);
        chunks.push(d);
      });
    }
    child.on("close", (status, signal) =>
      resolve({ status, signal, output: Buffer.concat(chunks).toString() }),
    );
  });
}

/** Vitest exits 1 on unhandled errors even when every test passed; CI shows only the tail, so quote them. */
function whyFailed(output) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colours
  const lines = output.replace(/\x1b\[[0-9;]*m/g, "").split("\n");
  const picked = [];
  lines.forEach((line, i) => {
    if (/Unhandled (Error|Rejection)|Serialized Error|This error originated in|FAIL |Error: /.test(line)) {
      picked.push(...lines.slice(i, i + 3).map((l) => l.slice(0, 300)));
    }
  });
  return [...new Set(picked)].slice(0, 60);
}

let passed = 0;
let failed = 0;
let skipped = 0;
let exitCode = 0;
const verdicts = [];
for (const run of runs) {
  if (run.build) {
    const b = spawnSync("npm", ["run", "build", "-w", "web"], { cwd: root, stdio: "inherit" });
    if (b.status !== 0) {
      exitCode = 1;
      continue;
    }
  }
  const out = path.join(tmp, `vitest-${run.name}.json`);
  fs.rmSync(out, { force: true });
  console.log(`\n=== ${run.name}: ${run.projects.join(", ")} ===`);
  const args = [
    "vitest",
    "run",
    ...run.projects.flatMap((p) => ["--project", p]),
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
  ];
  const r = await runTee("npx", args, { ...process.env, ...run.env });
  verdicts.push(`${run.name}: vitest exit ${r.status ?? r.signal}`);
  if (r.status !== 0) {
    exitCode = 1;
    verdicts.push(...whyFailed(r.output).map((l) => `  ${l}`));
  }
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  } else {
    exitCode = 1;
  }
}
console.log(`\n${verdicts.join("\n")}`);
console.log(`\nTotal: ${passed} passed, ${failed} failed, ${skipped} skipped`);
// Written by the browser suite's afterEach (e2e/support/trail.ts): what the failed test's pages showed and
// did. Printed last because CI quotes only the tail of this output.
if (fs.existsSync(e2eFailures)) {
  const report = fs.readFileSync(e2eFailures, "utf8");
  console.log(`\nWhat the failed browser tests' pages showed and did:\n${report.slice(-4000)}`);
}
process.exit(exitCode || (failed > 0 ? 1 : 0));
