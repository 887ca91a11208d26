import type {
  Agency,
  CreateAgencyInput,
  CreatePositionInput,
  CreateUnitInput,
  Position,
  RetireUnitInput,
  Unit,
  UpdateAgencyInput,
  UpdateUnitInput,
} from "@danvan/common";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api-client";

const UNITS_KEY = ["units"] as const;

/** Every unit in the user's scope, history included; pages filter what they show. */
export function useUnits() {
  return useQuery({
    queryKey: UNITS_KEY,
    queryFn: async () => (await api.get<{ items: Unit[] }>("/units", { includeHistory: true })).items,
    staleTime: 5 * 60_000,
  });
}

function useInvalidate(key: readonly unknown[]) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key });
}

export function useCreateUnit() {
  const invalidate = useInvalidate(UNITS_KEY);
  return useMutation({
    mutationFn: (input: CreateUnitInput) => api.post<Unit>("/units", input),
    onSuccess: invalidate,
  });
}

export function useUpdateUnit() {
  const invalidate = useInvalidate(UNITS_KEY);
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateUnitInput & { id: string }) =>
      api.patch<Unit>(`/units/${encodeURIComponent(id)}`, input),
    onSuccess: invalidate,
  });
}

export function useRetireUnit() {
  const invalidate = useInvalidate(UNITS_KEY);
  return useMutation({
    mutationFn: ({ id, ...input }: RetireUnitInput & { id: string }) =>
      api.post<Unit>(`/units/${encodeURIComponent(id)}/retire`, input),
    onSuccess: invalidate,
  });
}

export function useAgencies(unitId: string | undefined) {
  return useQuery({
    queryKey: ["agencies", unitId ?? null],
    queryFn: async () => (await api.get<{ items: Agency[] }>("/agencies", { unitId })).items,
  });
}

export function useCreateAgency() {
  const invalidate = useInvalidate(["agencies"]);
  return useMutation({
    mutationFn: (input: CreateAgencyInput) => api.post<Agency>("/agencies", input),
    onSuccess: invalidate,
  });
}

export function useUpdateAgency() {
  const invalidate = useInvalidate(["agencies"]);
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateAgencyInput & { id: string }) =>
      api.patch<Agency>(`/agencies/${encodeURIComponent(id)}`, input),
    onSuccess: invalidate,
  });
}

export function usePositions(agencyId: string | null | undefined) {
  return useQuery({
    queryKey: ["positions", agencyId ?? null],
    queryFn: async () => (await api.get<{ items: Position[] }>("/positions", { agencyId })).items,
    enabled: Boolean(agencyId),
  });
}

export function useCreatePosition() {
  const invalidate = useInvalidate(["positions"]);
  return useMutation({
    mutationFn: (input: CreatePositionInput) => api.post<Position>("/positions", input),
    onSuccess: invalidate,
  });
}
