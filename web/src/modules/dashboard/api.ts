import type { DashboardRanking, DashboardSummary, DashboardTrend } from "@danvan/common";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../lib/api-client";

const KEY = ["dashboard"] as const;

export type DashboardFilter = { unitId?: string; agencyId?: string; from: string; to: string };

export function useDashboardSummary(f: DashboardFilter) {
  const q = { unitId: f.unitId, from: f.from, to: f.to };
  return useQuery({
    queryKey: [...KEY, "summary", q],
    queryFn: () => api.get<DashboardSummary>("/dashboard/summary", q),
    placeholderData: keepPreviousData,
  });
}

export function useDashboardTrend(f: DashboardFilter) {
  const q = { unitId: f.unitId, from: f.from, to: f.to };
  return useQuery({
    queryKey: [...KEY, "trend", q],
    queryFn: () => api.get<DashboardTrend>("/dashboard/trend", q),
    placeholderData: keepPreviousData,
  });
}

export function useDashboardRanking(f: DashboardFilter) {
  return useQuery({
    queryKey: [...KEY, "ranking", f],
    queryFn: () => api.get<DashboardRanking>("/dashboard/ranking", f),
    placeholderData: keepPreviousData,
  });
}
