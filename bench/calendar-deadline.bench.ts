// Working-day deadline throughput and calendar build time. Not a test: run by hand with
//   npx tsx bench/calendar-deadline.bench.ts
// and record the output in docs/benchmarks.md ("Calendar and deadline engine").
import os from "node:os";
import { performance } from "node:perf_hooks";
import { buildWorkingCalendar, computeDeadline, solarToLunar, timeLeft } from "../common/src/calendar/index";

const ROUNDS = 7;
const OPS_PER_ROUND = 2_000_000;
const FULL_OPS_PER_ROUND = 100_000;

/** Seeded PRNG (mulberry32) so every run draws the same starts and amounts. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/** Runs `body(i)` `ops` times per round; returns the median rate in operations per second. */
function rate(ops: number, body: (i: number) => number): { perSecond: number; checksum: number } {
  let checksum = 0;
  const rates: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const ms = time(() => {
      for (let i = 0; i < ops; i++) {
        checksum += body(i);
      }
    });
    if (round > 0) {
      rates.push((ops / ms) * 1000);
    }
  }
  return { perSecond: median(rates), checksum };
}

const lunarMs = time(() => solarToLunar("2026-02-17"));
const build = (fromYear: number, toYear: number) => {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    samples.push(time(() => buildWorkingCalendar({ fromYear, toYear })));
  }
  return median(samples);
};
const buildOneYear = build(2026, 2026);
const buildThreeYears = build(2025, 2027);
const buildWholeRange = build(1900, 2100);

const calendar = buildWorkingCalendar({ fromYear: 2026, toYear: 2027 });
const days = calendar.days;
const next = random(20260217);
const SAMPLES = 1 << 16;
const startDays = new Int32Array(SAMPLES);
const startTexts: string[] = [];
const amounts = new Int32Array(SAMPLES);
for (let i = 0; i < SAMPLES; i++) {
  startDays[i] = days.first + Math.floor(next() * 365);
  startTexts.push(days.format(startDays[i] ?? 0));
  amounts[i] = 1 + Math.floor(next() * 60);
}
const mask = SAMPLES - 1;

const numeric = rate(OPS_PER_ROUND, (i) =>
  days.addWorkingDays(startDays[i & mask] ?? 0, amounts[i & mask] ?? 1),
);
const text = rate(
  OPS_PER_ROUND,
  (i) => calendar.addWorkingDays(startTexts[i & mask] ?? "", amounts[i & mask] ?? 1).length,
);
const full = rate(FULL_OPS_PER_ROUND, (i) => {
  const input = {
    start: startTexts[i & mask] ?? "",
    amount: amounts[i & mask] ?? 1,
    basis: "working_days" as const,
  };
  return computeDeadline(input, calendar).due.length;
});

const left = rate(
  OPS_PER_ROUND,
  (i) => timeLeft(startTexts[i & mask] ?? "", "2026-06-30", calendar).workingDays,
);

const cpu = os.cpus()[0]?.model ?? "unknown";
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
console.log(
  `machine: ${os.cpus().length} cores, ${cpu}, Node ${process.version}, ${os.platform()} ${os.arch()}`,
);
console.log("calendar build (median of 5)");
console.log(`  lunar month table, first use (1900-2100): ${lunarMs.toFixed(1)} ms`);
console.log(`  buildWorkingCalendar 2026:                ${buildOneYear.toFixed(2)} ms`);
console.log(`  buildWorkingCalendar 2025-2027:           ${buildThreeYears.toFixed(2)} ms`);
console.log(`  buildWorkingCalendar 1900-2100:           ${buildWholeRange.toFixed(1)} ms`);
console.log(`working-day deadlines, random starts in 2026, amounts 1..60 (median of ${ROUNDS} rounds)`);
console.log(`  days.addWorkingDays (day numbers):        ${fmt(numeric.perSecond)} /s`);
console.log(`  addWorkingDays ('YYYY-MM-DD' in and out): ${fmt(text.perSecond)} /s`);
console.log(`  computeDeadline (validation + trace):     ${fmt(full.perSecond)} /s`);
console.log(`  timeLeft (board row, strings):           ${fmt(left.perSecond)} /s`);
console.log(`checksum ${numeric.checksum + text.checksum + full.checksum + left.checksum}`);
