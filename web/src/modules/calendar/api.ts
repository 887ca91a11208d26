import type { CreateRuleVersionInput, HolidayNotice, HolidayNoticeInput, RuleVersion } from "@danvan/common";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api-client";
import type { DeadlineAnswer, YearView } from "./calendar-types";

const YEAR_KEY = ["calendar", "year"] as const;
const NOTICES_KEY = ["calendar", "notices"] as const;
const RULES_KEY = ["calendar", "rules"] as const;

/** A year's working calendar for a unit (its weekend, holidays, notices); every staff member may read it. */
export function useYearView(year: number, unitId: string | undefined) {
  return useQuery({
    queryKey: [...YEAR_KEY, year, unitId ?? null],
    queryFn: () => api.get<YearView>("/calendar/year", { year, unitId }),
    placeholderData: keepPreviousData,
  });
}

export function useNotices(year: number | undefined) {
  return useQuery({
    queryKey: [...NOTICES_KEY, year ?? null],
    queryFn: async () => (await api.get<{ items: HolidayNotice[] }>("/calendar/notices", { year })).items,
  });
}

function useInvalidateCalendar() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: YEAR_KEY }),
      queryClient.invalidateQueries({ queryKey: NOTICES_KEY }),
      queryClient.invalidateQueries({ queryKey: ["calendar", "public"] }),
    ]);
}

export function useCreateNotice() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (input: HolidayNoticeInput) => api.post<HolidayNotice>("/calendar/notices", input),
    onSuccess: invalidate,
  });
}

export function useRetractNotice() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.post<void>(`/calendar/notices/${encodeURIComponent(id)}/retract`, { reason }),
    onSuccess: invalidate,
  });
}

export type UnitWeekends = {
  unitId: string;
  today: string;
  inForce: number[];
  items: {
    unitId: string;
    unitName: string;
    weekend: number[];
    effectiveFrom: string;
    isInherited: boolean;
  }[];
};

/** The rest days in force for a unit today and the settings it has or inherits, newest first. */
export function useUnitWeekends(unitId: string | undefined) {
  return useQuery({
    queryKey: [...YEAR_KEY, "weekends", unitId ?? null],
    queryFn: () => api.get<UnitWeekends>(`/calendar/units/${encodeURIComponent(unitId ?? "")}/weekend`),
    enabled: Boolean(unitId),
  });
}

export type WeekendInput = { unitId: string; weekend: number[]; effectiveFrom: string };

export function useSetWeekend() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: ({ unitId, ...input }: WeekendInput) =>
      api.put<WeekendInput>(`/calendar/units/${encodeURIComponent(unitId)}/weekend`, input),
    onSuccess: invalidate,
  });
}

export function useRules() {
  return useQuery({
    queryKey: RULES_KEY,
    queryFn: async () => (await api.get<{ items: RuleVersion[] }>("/rules")).items,
    staleTime: 60_000,
  });
}

export function useCreateRuleVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRuleVersionInput) => api.post<RuleVersion>("/rules", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: RULES_KEY }),
  });
}

export type DeadlineRequest = {
  from: string;
  amount?: number;
  basis?: "working_days" | "calendar_days";
  unitId?: string;
  ruleId?: string;
  complex?: boolean;
  justification?: string;
};

/** The server's answer is the one that counts; the page shows the browser's preview until it arrives. */
export function useConfirmDeadline(request: DeadlineRequest | null, lang: string) {
  return useQuery({
    // The language is in the key: the server words the explanation in the language asked for.
    queryKey: ["calendar", "deadline", request, lang],
    queryFn: () => api.post<DeadlineAnswer>("/calendar/deadline", request),
    enabled: request !== null,
    retry: false,
    staleTime: 30_000,
  });
}
