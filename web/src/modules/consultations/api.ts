import type {
  CommitmentInput,
  ConcernedHousehold,
  ConsultationDetail,
  ConsultationPhase,
  ConsultationSummary,
  CreateConsultationInput,
  HouseholdView,
  MeetingInput,
  OptionInput,
  QuestionView,
  RuleVersion,
  TallyInput,
  TaskOptions,
  TrackerInput,
} from "@danvan/common";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../../lib/api-client";

const KEY = ["consultations"] as const;
const enc = encodeURIComponent;

export type Comment = {
  id: string;
  authorName: string;
  body: string;
  status: "pending" | "approved" | "rejected";
  rejectReason: string | null;
  reportCount: number;
  createdAt: string;
};
export type Meeting = {
  id: string;
  heldOn: string;
  place: string;
  chairName: string;
  agenda: string[];
  householdsPresent: number;
  totalHouseholds: number;
  minutes: string;
  concerns: { concern: string; answer: string }[];
  files: { id: string; name: string; mime: string; size: number }[];
};
export type TrackerRow = {
  householdId: string;
  householdCode: string;
  headName: string;
  hamlet: string;
  informed: boolean;
  opinionGiven: boolean;
  agreed: boolean;
  compensationSubmitted: boolean;
  compensationReceived: boolean;
  gravesRelocated: boolean;
  concern: string | null;
  updatedAt: string;
};
export type Tracker = { rows: TrackerRow[]; consensus: ConsultationDetail["consensus"] };

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: KEY });
}

/** A mutation whose success refreshes everything the module shows. */
function useAction<I, O>(fn: (input: I) => Promise<O>) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: fn, onSuccess: invalidate });
}

export function useConsultations(filter: { unitId?: string; phase?: ConsultationPhase }) {
  return useQuery({
    queryKey: [...KEY, "list", filter],
    queryFn: () => api.get<{ items: ConsultationSummary[] }>("/consultations", { ...filter, limit: 100 }),
  });
}

export function useConsultation(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, "detail", id],
    queryFn: () => api.get<ConsultationDetail>(`/consultations/${enc(id ?? "")}`),
    enabled: !!id,
  });
}

export const useCreateConsultation = () =>
  useAction((input: CreateConsultationInput) => api.post<ConsultationDetail>("/consultations", input));

export const useUpdateConsultation = (id: string) =>
  useAction((input: Partial<CreateConsultationInput>) =>
    api.patch<ConsultationDetail>(`/consultations/${enc(id)}`, input),
  );

/** Publish, move phase, open or close voting, mark the record sent. */
export const useConsultationStep = (id: string) =>
  useAction(
    (
      step:
        | { kind: "publish" }
        | { kind: "phase"; phase: ConsultationPhase }
        | { kind: "voting"; open: boolean }
        | { kind: "recordSent" },
    ) => {
      const base = `/consultations/${enc(id)}`;
      switch (step.kind) {
        case "publish":
          return api.post<ConsultationDetail>(`${base}/publish`);
        case "phase":
          return api.post<ConsultationDetail>(`${base}/phase`, { phase: step.phase });
        case "voting":
          return api.post<ConsultationDetail>(`${base}/voting`, { open: step.open });
        default:
          return api.post<ConsultationDetail>(`${base}/record-sent`);
      }
    },
  );

export const useAddOption = (id: string) =>
  useAction((input: OptionInput) => api.post<ConsultationDetail>(`/consultations/${enc(id)}/options`, input));

export const useAddCommitment = (id: string) =>
  useAction((input: CommitmentInput) =>
    api.post<{ taskId: string }>(`/consultations/${enc(id)}/commitments`, input),
  );

export function useHouseholds(unitId: string | undefined, hamlet?: string | null) {
  return useQuery({
    queryKey: [...KEY, "households", unitId, hamlet],
    queryFn: () =>
      api.get<{ items: HouseholdView[] }>("/households", { unitId, hamlet: hamlet ?? undefined, limit: 500 }),
    enabled: !!unitId,
  });
}

/** Households of every area the consultation concerns; `area` narrows to one, `q` finds by code or name. */
export function useConcernedHouseholds(
  id: string,
  filter: { unitId?: string; hamlet?: string | null; q?: string },
  enabled = true,
) {
  const q = filter.q?.trim() || undefined;
  return useQuery({
    queryKey: [...KEY, "concerned", id, filter.unitId, filter.hamlet, q],
    queryFn: () =>
      api.get<{ items: ConcernedHousehold[] }>(`/consultations/${enc(id)}/households`, {
        unitId: filter.unitId,
        hamlet: filter.hamlet ?? undefined,
        q,
        limit: 500,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export const useOfficerVerify = (id: string) =>
  useAction((input: { householdId: string; memberId?: string; documentNote: string }) =>
    api.post<{ token: string; expiresAt: string }>(
      `/consultations/${enc(id)}/households/${enc(input.householdId)}/verify`,
      { memberId: input.memberId, documentNote: input.documentNote },
    ),
  );

export const useImportHouseholds = () =>
  useAction((input: { unitId: string; header: string[]; rows: string[][] }) =>
    api.post<{ created: number; updated: number; total: number }>("/households/import", input),
  );

export const useOfficerVote = (id: string) =>
  useAction((input: { householdId: string; optionId: string }) =>
    api.post<{ optionId: string; changed: boolean }>(`/consultations/${enc(id)}/votes`, input),
  );

export const useRecordTally = (id: string) =>
  useAction((input: TallyInput) => api.put<ConsultationDetail>(`/consultations/${enc(id)}/tally`, input));

export function useQuestions(id: string) {
  return useQuery({
    queryKey: [...KEY, "questions", id],
    queryFn: () => api.get<{ items: QuestionView[] }>(`/consultations/${enc(id)}/questions`),
  });
}

export const useAskQuestion = (id: string) =>
  useAction((input: { body: string; askerLabel: string }) =>
    api.post<QuestionView>(`/consultations/${enc(id)}/questions`, input),
  );

export const useRouteQuestion = () =>
  useAction((questionId: string) =>
    api.post<QuestionView>(`/consultation-questions/${enc(questionId)}/task`),
  );

export const useAnswerQuestion = () =>
  useAction(({ questionId, answer }: { questionId: string; answer: string }) =>
    api.post<QuestionView>(`/consultation-questions/${enc(questionId)}/answer`, { answer }),
  );

export function useComments(id: string, status: Comment["status"]) {
  return useQuery({
    queryKey: [...KEY, "comments", id, status],
    queryFn: () => api.get<{ items: Comment[] }>(`/consultations/${enc(id)}/comments`, { status }),
  });
}

export const useModerate = () =>
  useAction(
    ({ commentId, ...input }: { commentId: string; decision: "approve" | "reject"; reason?: string }) =>
      api.post<Comment>(`/consultation-comments/${enc(commentId)}/moderate`, input),
  );

export function useMeetings(id: string) {
  return useQuery({
    queryKey: [...KEY, "meetings", id],
    queryFn: () => api.get<{ items: Meeting[] }>(`/consultations/${enc(id)}/meetings`),
  });
}

export const useRecordMeeting = (id: string) =>
  useAction((input: MeetingInput) => api.post<Meeting>(`/consultations/${enc(id)}/meetings`, input));

export function useTracker(id: string) {
  return useQuery({
    queryKey: [...KEY, "tracker", id],
    queryFn: () => api.get<Tracker>(`/consultations/${enc(id)}/affected`),
  });
}

export const useEnrolAffected = (id: string) =>
  useAction(() => api.post<Tracker>(`/consultations/${enc(id)}/affected`));

export const useUpdateAffected = (id: string) =>
  useAction(({ householdId, ...input }: TrackerInput & { householdId: string }) =>
    api.put<Tracker>(`/consultations/${enc(id)}/affected/${enc(householdId)}`, input),
  );

export function useCommitmentPeople(unitId: string | undefined) {
  return useQuery({
    queryKey: ["tasks", "options", unitId],
    queryFn: () => api.get<TaskOptions>("/tasks/options", { unitId }),
    enabled: !!unitId,
  });
}

/** Posts one file as multipart (the JSON client cannot), with the session's CSRF token. */
async function postFile<T>(path: string, file: File, csrfToken: string, lang: string): Promise<T> {
  const form = new FormData();
  form.append("file", file);
  let res: Response;
  try {
    res = await fetch(path, {
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
  return (await res.json()) as T;
}

/** Stores one document, map or image; the consultation keeps its id. */
export const uploadFile = (file: File, csrfToken: string, lang: string) =>
  postFile<{ id: string; name: string }>("/api/v1/files", file, csrfToken, lang);

/** The first sheet of a household register workbook (.xlsx) as a header and rows, for the import. */
export const readHouseholdSheet = (unitId: string, file: File, csrfToken: string, lang: string) =>
  postFile<{ header: string[]; rows: string[][] }>(
    `/api/v1/households/sheet?unitId=${enc(unitId)}`,
    file,
    csrfToken,
    lang,
  );

export const staffFileUrl = (id: string, fileId: string) =>
  `/api/v1/consultations/${enc(id)}/files/${fileId}`;

/** The rule version in force for a code (the newest one that has started). */
export function useRuleInForce(code: string) {
  return useQuery({
    queryKey: ["rules", code],
    queryFn: async () => {
      const { items } = await api.get<{ items: RuleVersion[] }>("/rules", { code });
      const today = new Date().toISOString().slice(0, 10);
      return (
        items
          .filter((r) => r.effectiveFrom <= today && (!r.effectiveTo || r.effectiveTo >= today))
          .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null
      );
    },
    staleTime: 10 * 60_000,
  });
}
