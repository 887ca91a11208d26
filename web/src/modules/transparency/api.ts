import type { PublicPetitionUnit, TransparencyReport } from "@danvan/common";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ApiError, buildPath } from "../../lib/api-client";
import { useLang } from "../../lib/use-lang";

const BASE = "/api/public/v1";

async function get<T>(path: string, lang: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${BASE}${path}`, { headers: { Accept: "application/json", "Accept-Language": lang } });
  } catch (error) {
    throw new ApiError(0, "NETWORK", error instanceof Error ? error.message : "");
  }
  if (!res.ok) {
    throw await ApiError.from(res);
  }
  return (await res.json()) as T;
}

/** A unit's public figures (the province when none is chosen); the server lets caches keep them 5 min. */
export function useTransparency(unitId: string | undefined) {
  const lang = useLang();
  return useQuery({
    queryKey: ["public", "transparency", unitId ?? ""],
    queryFn: () => get<TransparencyReport>(buildPath("/transparency", { unitId }), lang),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** The public unit tree (province, communes, wards): the same list citizens address petitions to. */
export function usePublicUnits() {
  const lang = useLang();
  return useQuery({
    queryKey: ["public", "petition-units"],
    queryFn: async () => (await get<{ items: PublicPetitionUnit[] }>("/petitions/units", lang)).items,
    staleTime: 10 * 60_000,
  });
}
