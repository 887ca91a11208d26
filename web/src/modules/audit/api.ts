import type { AuditEvent, AuditVerifyResult, Page } from "@danvan/common";
import { keepPreviousData, useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { api } from "../../lib/api-client";

const PAGE_SIZE = 50;

export type AuditFilter = {
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
};

export function useAuditEvents(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ["audit", filter],
    queryFn: ({ pageParam }) =>
      api.get<Page<AuditEvent>>("/audit", { ...filter, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Re-hashes the whole chain on the server; run on demand, it can take a while. */
export function useVerifyAuditChain() {
  return useMutation({ mutationFn: () => api.get<AuditVerifyResult>("/audit/verify") });
}
