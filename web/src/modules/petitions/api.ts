import type {
  Page,
  Petition,
  PetitionBoard,
  PetitionDetail,
  PetitionFigures,
  PetitionIntakeInput,
  PetitionPeople,
  Session,
  SimilarCheckInput,
  SimilarPetition,
} from "@danvan/common";
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { SESSION_KEY } from "../../app/query-client";
import { API_BASE, ApiError, api, type QueryValue } from "../../lib/api-client";

const KEY = ["petitions"] as const;
const PAGE_SIZE = 25;

export type PetitionFilter = Record<string, QueryValue>;
export type Similar = SimilarPetition;
export type TaskRef = { id: string; code: string; dueDate: string };
export type UploadedFile = { id: string; name: string; mime: string; size: number };

/** The register, keyset-paged; the server masks a denouncer's identity in every row. */
export function usePetitions(filter: PetitionFilter) {
  return useInfiniteQuery({
    queryKey: [...KEY, "list", filter],
    queryFn: ({ pageParam }) =>
      api.get<Page<Petition>>("/petitions", { ...filter, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function usePetition(id: string) {
  return useQuery({
    queryKey: [...KEY, "detail", id],
    queryFn: () => api.get<PetitionDetail>(`/petitions/${encodeURIComponent(id)}`),
  });
}

export function useSimilarPetitions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, "similar", id],
    queryFn: async () =>
      (await api.get<{ items: Similar[] }>(`/petitions/${encodeURIComponent(id)}/similar`)).items,
    enabled,
  });
}

/** The officer's draft against earlier petitions, before it is saved. */
export function useSimilarCheck() {
  return useMutation({
    mutationFn: async (input: SimilarCheckInput) =>
      (await api.post<{ items: Similar[] }>("/petitions/similar-check", input)).items,
  });
}

export function usePetitionPeople(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, "people", id],
    queryFn: () => api.get<PetitionPeople>(`/petitions/${encodeURIComponent(id)}/people`),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function usePetitionBoard(query: { unitId?: string; dueWithinDays: number }) {
  return useQuery({
    queryKey: [...KEY, "board", query],
    queryFn: () => api.get<PetitionBoard>("/petitions/board", query),
    placeholderData: keepPreviousData,
  });
}

export function usePetitionFigures(query: { from: string; to: string; unitId?: string }) {
  return useQuery({
    queryKey: [...KEY, "figures", query],
    queryFn: () => api.get<PetitionFigures>("/petitions/figures", query),
    placeholderData: keepPreviousData,
  });
}

function useInvalidatePetitions() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: KEY });
}

/** One step of a petition's life (classify, decide, assign, notes, resolve, withdraw, split). */
export function usePetitionStep(id: string, step: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) =>
      api.post<PetitionDetail>(`/petitions/${encodeURIComponent(id)}/${step}`, input),
    onSuccess: (detail) => {
      queryClient.setQueryData([...KEY, "detail", id], detail);
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
}

/** Urge the handler or report to the head: both create a follow-up task. */
export function usePetitionFollowUp(id: string, kind: "urge" | "report-to-head") {
  const invalidate = useInvalidatePetitions();
  return useMutation({
    mutationFn: (input: unknown) => api.post<TaskRef>(`/petitions/${encodeURIComponent(id)}/${kind}`, input),
    onSuccess: invalidate,
  });
}

export function useIntakePetition() {
  const invalidate = useInvalidatePetitions();
  return useMutation({
    mutationFn: (input: PetitionIntakeInput) =>
      api.post<{ petition: PetitionDetail; pin: string }>("/petitions", input),
    onSuccess: invalidate,
  });
}

export function useSecondComplaint(id: string) {
  const invalidate = useInvalidatePetitions();
  return useMutation({
    mutationFn: (input: unknown) =>
      api.post<{ petition: PetitionDetail; pin: string }>(
        `/petitions/${encodeURIComponent(id)}/second-complaint`,
        input,
      ),
    onSuccess: invalidate,
  });
}

/** Uploads one file through the shared upload API (multipart field "file"). */
export function useUploadFile() {
  const queryClient = useQueryClient();
  return async (file: File): Promise<UploadedFile> => {
    const csrf = queryClient.getQueryData<Session | null>(SESSION_KEY)?.csrfToken ?? "";
    const body = new FormData();
    body.append("file", file);
    let res: Response;
    try {
      res = await fetch(`${API_BASE}/files`, {
        method: "POST",
        body,
        credentials: "same-origin",
        headers: { "x-csrf-token": csrf, Accept: "application/json" },
      });
    } catch (error) {
      throw new ApiError(0, "NETWORK", error instanceof Error ? error.message : "");
    }
    if (!res.ok) {
      throw await ApiError.from(res);
    }
    return (await res.json()) as UploadedFile;
  };
}

/** A file attached to the petition's timeline, readable by whoever may see the petition. */
export const petitionFileUrl = (petitionId: string, fileId: string) =>
  `${API_BASE}/petitions/${encodeURIComponent(petitionId)}/files/${encodeURIComponent(fileId)}`;
export const exportUrl = (filter: PetitionFilter) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) {
    if (v !== undefined && v !== null && v !== "") {
      params.set(k, String(v));
    }
  }
  return `${API_BASE}/petitions/export?${params.toString()}`;
};
