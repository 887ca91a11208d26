import type { HolidayKind } from "@danvan/common";

/** A named day of a year: a holiday, a compensatory day, an extra day off or a make-up working day. */
export type YearDay = { date: string; name: string; nameEn?: string; kind: HolidayKind };

export type YearView = { year: number; weekend: number[]; workingDays: number; days: YearDay[] };

export type DeadlineAnswer = {
  due: string;
  paused: boolean;
  explanation: string;
  explanations?: { vi: string; en: string };
  steps: { code: string; text: string }[];
  rule: { id: string; code: string; verified: boolean; sourceRef: string } | null;
};

export type Basis = "working_days" | "calendar_days";
