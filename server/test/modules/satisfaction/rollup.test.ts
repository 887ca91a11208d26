import type { IndexQuery, IndexResult, RatingChannel, SatisfactionLevel } from "@danvan/common";
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ratingInteractions, ratings, satisfactionRollup, staff } from "../../../src/db/schema";
import { answerFollowUp } from "../../../src/modules/satisfaction/answer-follow-up";
import { satisfactionIndex } from "../../../src/modules/satisfaction/indices";
import { rateInteraction } from "../../../src/modules/satisfaction/rate";
import { rebuildSatisfactionRollup } from "../../../src/modules/satisfaction/rollup";
import type { Actor, Ctx } from "../../../src/platform/context";
import { AppError } from "../../../src/platform/errors";
import { newId } from "../../../src/platform/ids";
import { loadGrants } from "../../../src/platform/session";
import type { TestApp } from "../../support/harness";
import { buildWorld, finished, satisfactionApp, type World } from "./helpers";
import { naiveSatisfactionIndex } from "./naive-index";

const LEVELS: SatisfactionLevel[] = ["very_satisfied", "satisfied", "dissatisfied"];
const CHANNELS: RatingChannel[] = ["kiosk", "online", "paper"];
const KINDS = ["dossier", "reception", "petition", "task"] as const;
const PROCEDURES = [
  { id: newId(), name: "Đăng ký khai sinh" },
  { id: null, name: "Chứng thực bản sao" },
  { id: null, name: null },
];
/** Ratings fall from late January to early April 2026, so days and months both split. */
const BASE = Date.UTC(2026, 0, 25, 2);
const DAY = 86_400_000;

const level = fc.constantFrom(...LEVELS);
const content = fc.record({
  level,
  comment: fc.option(fc.constantFrom("Chờ lâu", "<b>Tốt</b>"), { nil: undefined }),
  low: fc.boolean(),
  channel: fc.constantFrom(...CHANNELS),
});
const op = fc.oneof(
  fc.record({
    op: fc.constant("rate" as const),
    day: fc.integer({ min: 0, max: 70 }),
    who: fc.integer({ min: 0, max: 4 }),
    kind: fc.constantFrom(...KINDS),
    procedure: fc.integer({ min: 0, max: PROCEDURES.length - 1 }),
    content,
  }),
  fc.record({
    op: fc.constant("edit" as const),
    which: fc.nat(),
    hours: fc.integer({ min: 0, max: 30 }),
    content,
  }),
  fc.record({ op: fc.constant("answer" as const), which: fc.nat() }),
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;
type Content = typeof content extends fc.Arbitrary<infer T> ? T : never;
type Counts = { n: number; vs: number; s: number; d: number; c: number; o: number };

/** The rollup recounted in plain code from the raw rows, to compare with the table cell by cell. */
function naiveRollup(rows: (typeof ratings.$inferSelect)[]): Map<string, Counts & { label: string | null }> {
  const out = new Map<string, Counts & { label: string | null }>();
  for (const r of rows) {
    const keys: [string, string | null, string | null][] = [
      ["unit", null, null],
      ["officer", r.officerId, null],
      ["agency", r.agencyId, null],
      ["procedure", r.procedureId ?? r.procedureName, r.procedureName],
      ["channel", r.channel, null],
      ["kind", r.kind, null],
    ];
    for (const [grain, period] of [
      ["day", r.ratedDate],
      ["month", `${r.ratedDate.slice(0, 7)}-01`],
    ]) {
      for (const [dim, key, label] of keys) {
        const id = JSON.stringify([dim, grain, period, r.unitId, key]);
        const c = out.get(id) ?? { n: 0, vs: 0, s: 0, d: 0, c: 0, o: 0, label: null };
        c.n += 1;
        c.vs += r.level === "very_satisfied" ? 1 : 0;
        c.s += r.level === "satisfied" ? 1 : 0;
        c.d += r.level === "dissatisfied" ? 1 : 0;
        c.c += r.comment !== null ? 1 : 0;
        c.o += r.followUpStatus === "open" ? 1 : 0;
        c.label = label !== null && (c.label === null || label > c.label) ? label : c.label;
        out.set(id, c);
      }
    }
  }
  return out;
}

async function rollupRows(t: TestApp) {
  const rows = await t.db.select().from(satisfactionRollup);
  const zero = rows.filter((r) => r.n === 0);
  for (const z of zero) {
    expect([z.verySatisfied, z.satisfied, z.dissatisfied, z.withComment, z.openFollowUps]).toEqual([
      0, 0, 0, 0, 0,
    ]);
  }
  return new Map(
    rows
      .filter((r) => r.n !== 0)
      .map((r) => [
        JSON.stringify([r.dim, r.grain, r.period, r.unitId, r.key]),
        {
          n: r.n,
          vs: r.verySatisfied,
          s: r.satisfied,
          d: r.dissatisfied,
          c: r.withComment,
          o: r.openFollowUps,
          label: r.label,
        },
      ]),
  );
}

/** Row order among equal n and label is not part of the contract; compare rows by key. */
function byKey(r: IndexResult) {
  return { ...r, rows: [...r.rows].sort((a, b) => (a.key ?? "").localeCompare(b.key ?? "")) };
}

describe("satisfaction rollup", () => {
  let t: TestApp;
  let w: World;
  let ctx: Ctx;
  const actors: Record<string, Actor> = {};
  const rated: { token: string; interactionId: string; unitId: string; at: number }[] = [];

  beforeAll(async () => {
    t = await satisfactionApp();
    w = await buildWorld(t);
    ctx = { db: t.db, config: t.config, actor: null, requestId: "test", locale: "vi", ip: null };
    for (const key of ["inspector", "headA", "leaderB"] as const) {
      const [s] = await t.db.select().from(staff).where(eq(staff.id, w.people[key].id));
      actors[key] = {
        id: s!.id,
        username: s!.username,
        fullName: s!.fullName,
        unitId: s!.unitId,
        grants: await loadGrants(t.db, s!.id),
      };
    }
    vi.useFakeTimers({ toFake: ["Date"] });
  });
  afterAll(async () => {
    vi.useRealTimers();
    await t.close();
  });

  const expected = (err: unknown) =>
    err instanceof AppError && ["CONFLICT", "NOT_FOUND", "PRECONDITION_FAILED"].includes(err.code);

  async function run(o: Op) {
    if (o.op === "rate") {
      vi.setSystemTime(BASE + o.day * DAY + (o.day % 9) * 3_600_000);
      const who = [
        [w.a.id, w.people.clerkA.id],
        [w.a.id, w.people.clerk2A.id],
        [w.a.id, null],
        [w.b.id, w.people.clerkB.id],
        [w.b.id, null],
      ][o.who]!;
      const p = PROCEDURES[o.procedure]!;
      const r = await finished(t, who[0]!, who[1] ?? null, {
        kind: o.kind,
        procedureName: p.name ?? undefined,
      });
      if (p.id) {
        await t.db
          .update(ratingInteractions)
          .set({ procedureId: p.id })
          .where(eq(ratingInteractions.id, r.id));
      }
      await rate(r.token, o.content);
      rated.push({ token: r.token, interactionId: r.id, unitId: who[0]!, at: Date.now() });
    } else if (rated.length > 0) {
      const target = rated[o.which % rated.length]!;
      if (o.op === "edit") {
        vi.setSystemTime(target.at + o.hours * 3_600_000);
        await rate(target.token, o.content).catch((err) => {
          if (!expected(err)) {
            throw err;
          }
        });
      } else {
        const [row] = await t.db
          .select({ id: ratings.id })
          .from(ratings)
          .where(eq(ratings.interactionId, target.interactionId));
        const actor = target.unitId === w.a.id ? actors.headA! : actors.leaderB!;
        await answerFollowUp({ ...ctx, actor }, row!.id, { answer: "Đã liên hệ và giải thích." }).catch(
          (err) => {
            if (!expected(err)) {
              throw err;
            }
          },
        );
      }
    }
  }

  function rate(token: string, c: Content) {
    const answers = c.low ? { access: 1 } : { access: 5 };
    return rateInteraction(
      ctx,
      token,
      { level: c.level, aspects: {}, answers, comment: c.comment },
      { channel: c.channel },
    );
  }

  it("equals a recount of the raw rows after any sequence of ratings, edits and answers", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        for (const o of ops) {
          await run(o);
        }
        const raw = await t.db.select().from(ratings);
        expect(await rollupRows(t)).toEqual(naiveRollup(raw));
      }),
      {
        numRuns: 10,
        // A vote that moves between levels and channels, then its follow-up answered.
        examples: [
          [
            [
              {
                op: "rate",
                day: 6,
                who: 0,
                kind: "dossier",
                procedure: 0,
                content: { level: "dissatisfied", comment: "Chờ lâu", low: false, channel: "kiosk" },
              },
              {
                op: "edit",
                which: 0,
                hours: 2,
                content: { level: "satisfied", comment: undefined, low: false, channel: "online" },
              },
              { op: "answer", which: 0 },
            ],
          ],
        ],
      },
    );
    const edited = await t.db.select({ v: ratings.version }).from(ratings);
    expect(edited.some((r) => r.v > 1)).toBe(true);
    const before = await rollupRows(t);
    await rebuildSatisfactionRollup(t.db);
    expect(await rollupRows(t)).toEqual(before);
  });

  it("answers every index query as the GROUP BY over the raw rows did, in every actor's scope", async () => {
    const date = fc
      .integer({ min: -5, max: 80 })
      .map((d) => new Date(BASE + d * DAY).toISOString().slice(0, 10));
    const query = fc.record({
      by: fc.constantFrom("officer", "unit", "agency", "procedure", "channel", "kind", "month" as const),
      unitId: fc.constantFrom(undefined, w.province.id, w.a.id, w.b.id),
      from: fc.option(date, { nil: undefined }),
      to: fc.option(date, { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(query, fc.constantFrom("inspector", "headA", "leaderB"), async (q, who) => {
        const actor = actors[who]!;
        const [fast, naive] = await Promise.all([
          satisfactionIndex(t.db, actor, q as IndexQuery).catch((e: AppError) => e.code),
          naiveSatisfactionIndex(t.db, actor, q as IndexQuery).catch((e: AppError) => e.code),
        ]);
        expect(typeof fast === "string" ? fast : byKey(fast)).toEqual(
          typeof naive === "string" ? naive : byKey(naive),
        );
      }),
      { numRuns: 150 },
    );
    const all = await satisfactionIndex(t.db, actors.inspector!, { by: "month" });
    expect(all.total.n).toBe((await t.db.select().from(ratings)).length);
    expect(all.rows.length).toBeGreaterThan(1);
  });
});
