import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ApiError, buildPath, type QueryValue } from "../../lib/api-client";
import type { Lang } from "../../lib/use-lang";
import type { Basis, DeadlineAnswer, YearView } from "./calendar-types";

const PUBLIC_BASE = "/api/public/v1/calendar";

async function publicGet<T>(path: string, query: Record<string, QueryValue>, lang: Lang): Promise<T> {
  let res: Response;
  try {
    res = await fetch(buildPath(`${PUBLIC_BASE}${path}`, query), {
      headers: { Accept: "application/json", "Accept-Language": lang },
      credentials: "omit",
    });
  } catch (error) {
    throw new ApiError(0, "NETWORK", error instanceof Error ? error.message : "");
  }
  if (!res.ok) {
    throw await ApiError.from(res);
  }
  return (await res.json()) as T;
}

/** Holidays of a year as the public API gives them (names in the asked language). */
export function usePublicHolidays(year: number, lang: Lang) {
  return useQuery({
    queryKey: ["calendar", "public", "holidays", year, lang],
    queryFn: () => publicGet<YearView>("/holidays", { year }, lang),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export type PublicDeadlineQuery = { from: string; amount: number; basis: Basis };

export function usePublicDeadline(query: PublicDeadlineQuery | null, lang: Lang) {
  return useQuery({
    queryKey: ["calendar", "public", "deadline", query, lang],
    queryFn: () => publicGet<DeadlineAnswer>("/deadline", query ?? {}, lang),
    enabled: query !== null,
    retry: false,
    staleTime: 30_000,
  });
}
