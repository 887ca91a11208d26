import type {
  ConclusionInput,
  CreateEntryBody,
  CreateRecordBody,
  CreateScheduleBody,
  CreateSessionBody,
  EntryPetitionResult,
  PublicSchedule,
  ReceptionEntry,
  ReceptionEntryDetail,
  ReceptionRecord,
  ReceptionSchedule,
  ReceptionSession,
  ReceptionStats,
  ReceptionStatsQuery,
  RefusalNoticeBody,
  ScheduleView,
  SessionDetail,
  SessionStateInput,
  TaskOptions,
} from "@danvan/common";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../../lib/api-client";
import { useLang } from "../../lib/use-lang";

const KEY = ["reception"] as const;

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: KEY });
}

export function useScheduleView(unitId: string | undefined, from?: string, days = 60) {
  return useQuery({
    queryKey: [...KEY, "schedule", unitId, from, days],
    queryFn: () => api.get<ScheduleView>("/reception/schedule", { unitId, from, days }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateSchedule() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateScheduleBody) => api.post<ReceptionSchedule>("/reception/schedules", input),
    onSuccess: invalidate,
  });
}

export function useEndSchedule() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, validTo }: { id: string; validTo: string }) =>
      api.post<ReceptionSchedule>(`/reception/schedules/${encodeURIComponent(id)}/end`, { validTo }),
    onSuccess: invalidate,
  });
}

export type SessionFilter = {
  unitId?: string;
  type?: string;
  status?: string;
  from?: string;
  to?: string;
  offset?: number;
};

export function useSessions(filter: SessionFilter) {
  return useQuery({
    queryKey: [...KEY, "sessions", filter],
    queryFn: () =>
      api.get<{ items: ReceptionSession[]; total: number }>("/reception/sessions", { ...filter, limit: 25 }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateSession() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateSessionBody) => api.post<ReceptionSession>("/reception/sessions", input),
    onSuccess: invalidate,
  });
}

export function useSession(id: string) {
  return useQuery({
    queryKey: [...KEY, "session", id],
    queryFn: () => api.get<SessionDetail>(`/reception/sessions/${encodeURIComponent(id)}`),
  });
}

export function useSessionState(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: SessionStateInput) =>
      api.post<SessionDetail>(`/reception/sessions/${encodeURIComponent(id)}/state`, input),
    onSuccess: invalidate,
  });
}

export function useCreateEntry(sessionId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateEntryBody) =>
      api.post<ReceptionEntry>(`/reception/sessions/${encodeURIComponent(sessionId)}/entries`, input),
    onSuccess: invalidate,
  });
}

export function useEntry(id: string | null) {
  return useQuery({
    queryKey: [...KEY, "entry", id],
    queryFn: () => api.get<ReceptionEntryDetail>(`/reception/entries/${encodeURIComponent(id ?? "")}`),
    enabled: !!id,
  });
}

export function useEntryPetition() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<EntryPetitionResult>(`/reception/entries/${encodeURIComponent(id)}/petition`, {}),
    onSuccess: invalidate,
  });
}

export function useRefusalNotice() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...input }: RefusalNoticeBody & { id: string }) =>
      api.post<ReceptionEntry>(`/reception/entries/${encodeURIComponent(id)}/refusal-notice`, input),
    onSuccess: invalidate,
  });
}

/** Column 12 of the book: what came of the matter afterwards, recorded when it is known. */
export function useEntryFollowUp(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (followUp: string) =>
      api.post<ReceptionEntry>(`/reception/entries/${encodeURIComponent(id)}/follow-up`, { followUp }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useCreateRecord() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateRecordBody) => api.post<ReceptionRecord>("/reception/records", input),
    onSuccess: invalidate,
  });
}

export function useRecord(id: string) {
  return useQuery({
    queryKey: [...KEY, "record", id],
    queryFn: () => api.get<ReceptionRecord>(`/reception/records/${encodeURIComponent(id)}`),
  });
}

export function useRecords(kind: "tripartite" | "working" | undefined) {
  return useQuery({
    queryKey: [...KEY, "records", kind],
    queryFn: () => api.get<{ items: ReceptionRecord[] }>("/reception/records", { kind, limit: 50 }),
  });
}

export function useAddConclusion(recordId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ConclusionInput) =>
      api.post<ReceptionRecord>(`/reception/records/${encodeURIComponent(recordId)}/conclusions`, input),
    onSuccess: invalidate,
  });
}

export function useReceptionStats(q: Partial<ReceptionStatsQuery>) {
  return useQuery({
    queryKey: [...KEY, "stats", q],
    queryFn: () => api.get<ReceptionStats>("/reception/stats", q),
    enabled: !!q.from && !!q.to,
    placeholderData: keepPreviousData,
  });
}

/** People who may carry a conclusion's task, and leaders who may direct it (the tasks module's rule). */
export function usePeople(unitId: string | undefined) {
  return useQuery({
    queryKey: ["tasks", "options", unitId],
    queryFn: () => api.get<TaskOptions>("/tasks/options", { unitId }),
    enabled: !!unitId,
  });
}

/** Sends one file to the upload API (multipart field "file"); the server checks its type and size. */
export async function uploadFile(
  file: File,
  csrfToken: string,
  lang: string,
): Promise<{ id: string; name: string }> {
  const form = new FormData();
  form.append("file", file);
  let res: Response;
  try {
    res = await fetch("/api/v1/files", {
      method: "POST",
      headers: { "x-csrf-token": csrfToken, "Accept-Language": lang, Accept: "application/json" },
      credentials: "same-origin",
      body: form,
    });
  } catch (error) {
    throw new ApiError(0, "NETWORK", error instanceof Error ? error.message : "");
  }
  if (!res.ok) {
    throw await ApiError.from(res);
  }
  return (await res.json()) as { id: string; name: string };
}

/** The published schedule; no sign-in. */
export function usePublicSchedule(unitId: string | undefined) {
  const lang = useLang();
  return useQuery({
    queryKey: ["public", "reception-schedule", unitId, lang],
    queryFn: async () => {
      const res = await fetch(
        `/api/public/v1/reception/schedule?unitId=${encodeURIComponent(unitId ?? "")}&days=90`,
        {
          headers: { Accept: "application/json", "Accept-Language": lang },
        },
      );
      if (!res.ok) {
        throw await ApiError.from(res);
      }
      return (await res.json()) as PublicSchedule;
    },
    enabled: !!unitId,
  });
}

export type PublicUnit = { id: string; name: string; type: string; parentId: string | null };

export function usePublicUnits() {
  return useQuery({
    queryKey: ["public", "reception-units"],
    queryFn: async () => {
      const res = await fetch("/api/public/v1/petitions/units", { headers: { Accept: "application/json" } });
      if (!res.ok) {
        throw await ApiError.from(res);
      }
      return ((await res.json()) as { items: PublicUnit[] }).items;
    },
    staleTime: 10 * 60_000,
  });
}
