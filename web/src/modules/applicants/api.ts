import type {
  Applicant,
  ApplicantKind,
  CreateOrganisationInput,
  CreatePersonInput,
  Page,
} from "@danvan/common";
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api-client";

const KEY = ["applicants"] as const;
const PAGE_SIZE = 25;

export type ApplicantFilter = { q: string; kind?: ApplicantKind };

/** The server folds diacritics, so "nguyen van duc" finds "Nguyễn Văn Đức". */
export function useApplicants(filter: ApplicantFilter) {
  return useInfiniteQuery({
    queryKey: [...KEY, filter],
    queryFn: ({ pageParam }) =>
      api.get<Page<Applicant>>("/applicants", {
        q: filter.q.trim(),
        kind: filter.kind,
        cursor: pageParam,
        limit: PAGE_SIZE,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePersonInput) => api.post<Applicant>("/applicants/persons", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateOrganisationInput) => api.post<Applicant>("/applicants/organisations", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
