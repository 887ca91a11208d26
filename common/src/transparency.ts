import { z } from "zod";
import { PublicPromise } from "./tasks";

export * from "./rating-offer";

/** How far back the public page looks: the last twelve months up to today. */
export const TRANSPARENCY_MONTHS = 12;

export const TransparencyQuery = z.object({ unitId: z.string().uuid().optional() });
export type TransparencyQuery = z.infer<typeof TransparencyQuery>;

/** Every share comes with the count it is a share of (never a percentage without its n). */
export const TransparencyFigures = z.object({
  satisfaction: z.object({
    n: z.number().int(),
    verySatisfied: z.number().int(),
    satisfied: z.number().int(),
    dissatisfied: z.number().int(),
    satisfiedShare: z.number().nullable(),
    score: z.number().nullable(),
  }),
  dossiers: z.object({
    n: z.number().int(),
    early: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    onTimeShare: z.number().nullable(),
  }),
  petitions: z.object({
    accepted: z.number().int(),
    resolved: z.number().int(),
    resolvedOnTime: z.number().int(),
    handlingRate: z.number().nullable(),
    onTimeRate: z.number().nullable(),
  }),
});
export type TransparencyFigures = z.infer<typeof TransparencyFigures>;

export const TransparencyUnitRow = TransparencyFigures.extend({ unitId: z.string(), unitName: z.string() });
export type TransparencyUnitRow = z.infer<typeof TransparencyUnitRow>;

/** An answer given in public: a question asked in a published consultation and its answer. */
export const PublishedAnswer = z.object({
  consultationId: z.string(),
  consultationTitle: z.string(),
  unitName: z.string(),
  question: z.string(),
  answer: z.string(),
  answeredAt: z.string(),
});
export type PublishedAnswer = z.infer<typeof PublishedAnswer>;

export const TransparencyReport = z.object({
  unit: z.object({ id: z.string(), name: z.string() }),
  /** From the top of the tree down to the unit's parent, for the breadcrumb. */
  parents: z.array(z.object({ id: z.string(), name: z.string() })),
  from: z.string(),
  to: z.string(),
  total: TransparencyFigures,
  /** The units directly under this one (communes of the province), each with its own counts. */
  children: z.array(TransparencyUnitRow),
  answers: z.array(PublishedAnswer),
  promises: z.object({
    total: z.number().int(),
    done: z.number().int(),
    overdue: z.number().int(),
    items: z.array(PublicPromise),
  }),
  /** The satisfaction score's mapping is not fixed by a text we could read (domain-rules §7). */
  scoreVerified: z.boolean(),
  scoreSource: z.string(),
  generatedAt: z.string(),
});
export type TransparencyReport = z.infer<typeof TransparencyReport>;
