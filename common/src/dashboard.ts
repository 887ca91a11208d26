import { z } from "zod";
import { IsoDate, isRealIsoDate } from "./dates";
import { UnitIndicators } from "./one-stop-indicators";
import { SatisfactionRuleSet } from "./satisfaction-index";

/** The longest period one dashboard request may cover: the trend draws one point per month. */
export const DASHBOARD_LIMITS = { periodDaysMax: 2 * 366, trendMonthsMax: 24 } as const;

/** `to` after `from` and the period within the limit; checked only once both are real dates. */
function checkPeriod(v: { from: string; to: string }, ctx: z.RefinementCtx) {
  if (!isRealIsoDate(v.from) || !isRealIsoDate(v.to)) {
    return;
  }
  if (v.to < v.from) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "validToBeforeFrom" });
  } else if ((Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 > DASHBOARD_LIMITS.periodDaysMax) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "dashboardPeriodTooLong" });
  }
}

export const DashboardQuery = z
  .object({
    unitId: z.string().uuid().optional(),
    from: IsoDate,
    to: IsoDate,
  })
  .superRefine(checkPeriod);
export type DashboardQuery = z.infer<typeof DashboardQuery>;

/** The ranking below a unit; with `agencyId`, the officers of that agency of a unit without child units. */
export const RankingQuery = z
  .object({
    unitId: z.string().uuid().optional(),
    agencyId: z.string().uuid().optional(),
    from: IsoDate,
    to: IsoDate,
  })
  .superRefine(checkPeriod);
export type RankingQuery = z.infer<typeof RankingQuery>;

/** Ratings in the period: each share travels with its n and numerators. */
export const SatisfactionFigure = z.object({
  n: z.number(),
  verySatisfied: z.number(),
  satisfied: z.number(),
  dissatisfied: z.number(),
  /** (very satisfied + satisfied) / n; null when n = 0. */
  satisfiedShare: z.number().nullable(),
  score: z.number().nullable(),
  /** Ratings of the period whose follow-up is still open. */
  openFollowUps: z.number(),
});
export type SatisfactionFigure = z.infer<typeof SatisfactionFigure>;

/** One-stop dossiers whose result was returned in the period, by their stored timeliness. */
export const DossierFigure = z.object({
  n: z.number(),
  early: z.number(),
  onTime: z.number(),
  late: z.number(),
  /** (early + on time) / n; null when n = 0. */
  onTimeShare: z.number().nullable(),
});
export type DossierFigure = z.infer<typeof DossierFigure>;

/** Petitions accepted in the period and how many of them were resolved by its end. */
export const PetitionFigure = z.object({
  accepted: z.number(),
  resolved: z.number(),
  resolvedOnTime: z.number(),
  /** resolved / accepted; null when none was accepted. */
  handlingRate: z.number().nullable(),
  /** Open petitions past their deadline today (a snapshot, not bound to the period). */
  overdue: z.number(),
});
export type PetitionFigure = z.infer<typeof PetitionFigure>;

export const ReceptionFigure = z.object({
  sessions: z.number(),
  /** Citizens received: a group counts its size. */
  citizens: z.number(),
  entries: z.number(),
});
export type ReceptionFigure = z.infer<typeof ReceptionFigure>;

/** Open tasks and those past their due date today (a snapshot). */
export const TaskFigure = z.object({ open: z.number(), overdue: z.number() });
export type TaskFigure = z.infer<typeof TaskFigure>;

/** Null: the caller's roles do not cover that module, or the level has no such figure. */
export const DashboardFigures = z.object({
  satisfaction: SatisfactionFigure.nullable(),
  dossiers: DossierFigure.nullable(),
  petitions: PetitionFigure.nullable(),
  reception: ReceptionFigure.nullable(),
  tasks: TaskFigure.nullable(),
});
export type DashboardFigures = z.infer<typeof DashboardFigures>;

/**
 * TT 01/2018 Đ.13–15 scores of the chosen unit itself (not summed over its subtree) for the quarter the
 * period ends in, as the one-stop indicators page computes them; null scores when no indicator has data.
 */
export const OneStopScores = z.object({
  /** The quarter, e.g. 2026-Q4. */
  period: z.string(),
  official: UnitIndicators.shape.official,
  unit: UnitIndicators.shape.unit,
});
export type OneStopScores = z.infer<typeof OneStopScores>;

export const DashboardUnitRef = z.object({ id: z.string(), name: z.string() });
export type DashboardUnitRef = z.infer<typeof DashboardUnitRef>;

export const DashboardSummary = z.object({
  unit: DashboardUnitRef,
  /** From the caller's top unit down to this one. */
  breadcrumb: z.array(DashboardUnitRef),
  from: z.string(),
  to: z.string(),
  figures: DashboardFigures,
  /** Decision 766 satisfaction points (satisfied share × the group's maximum); null when n = 0. */
  group766Points: z.number().nullable(),
  rules: SatisfactionRuleSet.nullable(),
  /** Null when the caller's roles do not cover the one-stop shop at this unit. */
  oneStopScores: OneStopScores.nullable(),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;

export const TrendPoint = z.object({
  month: z.string(),
  figures: DashboardFigures,
});
export const DashboardTrend = z.object({ unit: DashboardUnitRef, months: z.array(TrendPoint) });
export type DashboardTrend = z.infer<typeof DashboardTrend>;

export const RankingLevel = z.enum(["unit", "agency", "officer"]);
export type RankingLevel = z.infer<typeof RankingLevel>;

export const RankingRow = z.object({
  /** Unit, agency or staff id; null for ratings or dossiers without an agency or officer. */
  id: z.string().nullable(),
  name: z.string(),
  /** A unit row may be opened (its units, or its agencies when it has none). */
  canDrill: z.boolean(),
  /** The row is the chosen unit's own work, not a child unit's. */
  isOwn: z.boolean(),
  figures: DashboardFigures,
});
export type RankingRow = z.infer<typeof RankingRow>;

export const DashboardRanking = z.object({
  level: RankingLevel,
  unit: DashboardUnitRef,
  agency: DashboardUnitRef.nullable(),
  rows: z.array(RankingRow),
});
export type DashboardRanking = z.infer<typeof DashboardRanking>;

export const DASHBOARD_MESSAGES = {
  dashboardPeriodTooLong: {
    vi: "Khoảng thời gian quá dài (tối đa 2 năm)",
    en: "Period too long (2 years at most)",
  },
};
