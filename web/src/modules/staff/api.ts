import type { CreateStaffInput, GrantInput, Page, Staff, UpdateStaffInput } from "@danvan/common";
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api-client";

const KEY = ["staff"] as const;
const PAGE_SIZE = 25;

export type StaffFilter = { q: string; unitId?: string };

/** Keyset-paginated staff list; `fetchNextPage` loads the next page after `nextCursor`. */
export function useStaffList(filter: StaffFilter) {
  return useInfiniteQuery({
    queryKey: [...KEY, filter],
    queryFn: ({ pageParam }) =>
      api.get<Page<Staff>>("/staff", {
        q: filter.q.trim(),
        unitId: filter.unitId,
        cursor: pageParam,
        limit: PAGE_SIZE,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

function useInvalidateStaff() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: KEY });
}

export function useCreateStaff() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: (input: CreateStaffInput) => api.post<Staff>("/staff", input),
    onSuccess: invalidate,
  });
}

export function useUpdateStaff() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateStaffInput & { id: string }) =>
      api.patch<Staff>(`/staff/${encodeURIComponent(id)}`, input),
    onSuccess: invalidate,
  });
}

export function useAddGrant() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: ({ staffId, ...input }: GrantInput & { staffId: string }) =>
      api.post<Staff>(`/staff/${encodeURIComponent(staffId)}/grants`, input),
    onSuccess: invalidate,
  });
}

export function useRemoveGrant() {
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: ({ staffId, grantId }: { staffId: string; grantId: string }) =>
      api.delete<Staff>(`/staff/${encodeURIComponent(staffId)}/grants/${encodeURIComponent(grantId)}`),
    onSuccess: invalidate,
  });
}
