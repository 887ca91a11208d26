import type {
  IndexDimension,
  IndexResult,
  InteractionKind,
  Kiosk,
  KioskCurrent,
  PaperRatingForm,
  PaperRatingInput,
  PaperRatingResult,
  Questionnaire,
  QuestionnaireInput,
  QuestionnaireQuestion,
  RateInput,
  RateResult,
  RatingForm,
  RatingItem,
  SatisfactionLevel,
} from "@danvan/common";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../../lib/api-client";

const KEY = ["satisfaction"] as const;

/** The citizen's calls carry no session: the token or the kiosk key is the credential. */
async function publicFetch<T>(
  method: "GET" | "POST",
  path: string,
  lang: string,
  body?: unknown,
  kioskKey?: string,
) {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": lang };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  if (kioskKey) {
    headers["x-kiosk-key"] = kioskKey;
  }
  let res: Response;
  try {
    res = await fetch(`/api/public/v1/satisfaction${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, "NETWORK", error instanceof Error ? error.message : "");
  }
  if (!res.ok) {
    throw await ApiError.from(res);
  }
  return (await res.json()) as T;
}

export function useRatingForm(token: string | undefined, lang: string) {
  return useQuery({
    queryKey: ["public-rating", token],
    queryFn: () => publicFetch<RatingForm>("GET", `/forms/${encodeURIComponent(token ?? "")}`, lang),
    enabled: !!token,
    retry: false,
  });
}

export function useRate(token: string, lang: string) {
  return useMutation({
    mutationFn: (input: RateInput) =>
      publicFetch<RateResult>("POST", `/forms/${encodeURIComponent(token)}`, lang, input),
  });
}

/** The tablet polls every few seconds: the clerk's "send" shows up without a reload. */
export function useKioskCurrent(counter: string, key: string | null, lang: string) {
  return useQuery({
    queryKey: ["kiosk", counter, key],
    queryFn: () =>
      publicFetch<KioskCurrent>(
        "GET",
        `/kiosks/${encodeURIComponent(counter)}/current`,
        lang,
        undefined,
        key ?? "",
      ),
    enabled: !!key,
    refetchInterval: 3000,
    retry: false,
  });
}

export function useKioskRate(counter: string, key: string | null, lang: string) {
  return useMutation({
    mutationFn: (input: RateInput & { token: string }) =>
      publicFetch<RateResult>(
        "POST",
        `/kiosks/${encodeURIComponent(counter)}/ratings`,
        lang,
        input,
        key ?? "",
      ),
  });
}

export type RatingFilter = {
  unitId?: string;
  officerId?: string;
  agencyId?: string;
  level?: SatisfactionLevel;
  followUp?: string;
  from?: string;
  to?: string;
  page?: number;
};

export function useRatings(filter: RatingFilter) {
  return useQuery({
    queryKey: [...KEY, "ratings", filter],
    queryFn: () =>
      api.get<{ items: RatingItem[]; total: number; page: number; pageSize: number }>(
        "/satisfaction/ratings",
        {
          ...filter,
          pageSize: 20,
        },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAnswerFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: string }) =>
      api.post(`/satisfaction/ratings/${encodeURIComponent(id)}/answer`, { answer }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useSatisfactionIndex(q: { by: IndexDimension; unitId?: string; from?: string; to?: string }) {
  return useQuery({
    queryKey: [...KEY, "index", q],
    queryFn: () => api.get<IndexResult>("/satisfaction/index", q),
    placeholderData: keepPreviousData,
  });
}

export function useKiosks(enabled = true) {
  return useQuery({
    queryKey: [...KEY, "kiosks"],
    queryFn: () => api.get<{ items: Kiosk[] }>("/satisfaction/kiosks"),
    enabled,
  });
}

export function useCreateKiosk() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { unitId: string; label: string }) =>
      api.post<{ id: string; key: string; path: string }>("/satisfaction/kiosks", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useRekeyKiosk() {
  return useMutation({
    mutationFn: (id: string) =>
      api.post<{ id: string; key: string; path: string }>(
        `/satisfaction/kiosks/${encodeURIComponent(id)}/rekey`,
      ),
  });
}

export function useSendToKiosk() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kioskId, kind, refId }: { kioskId: string; kind: InteractionKind; refId: string }) =>
      api.post<{ kioskId: string; label: string; sentAt: string }>(
        `/satisfaction/kiosks/${encodeURIComponent(kioskId)}/send`,
        { kind, refId },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...KEY, "kiosks"] }),
  });
}

export function useRatingLink(kind: InteractionKind, refId: string | undefined) {
  return useQuery({
    queryKey: [...KEY, "link", kind, refId],
    queryFn: () =>
      api.get<{ token: string; path: string; expiresAt: string }>("/satisfaction/links", { kind, refId }),
    enabled: !!refId,
    retry: false,
  });
}

/** The paper invitation's interaction, looked up by the officer before transcribing it. */
export function usePaperForm(token: string | undefined) {
  return useQuery({
    queryKey: [...KEY, "paper", token],
    queryFn: () => api.get<PaperRatingForm>(`/satisfaction/paper-ratings/${encodeURIComponent(token ?? "")}`),
    enabled: !!token,
    retry: false,
  });
}

export function useEnterPaperRating() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PaperRatingInput) =>
      api.post<PaperRatingResult>("/satisfaction/paper-ratings", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export type CurrentQuestionnaire = {
  unitId: string;
  id: string | null;
  version: number;
  questions: QuestionnaireQuestion[];
};

export function useQuestionnaire(unitId: string | undefined) {
  return useQuery({
    queryKey: [...KEY, "questionnaire", unitId],
    queryFn: () => api.get<CurrentQuestionnaire>("/satisfaction/questionnaires", { unitId }),
    enabled: !!unitId,
  });
}

export function useSaveQuestionnaire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: QuestionnaireInput) => api.post<Questionnaire>("/satisfaction/questionnaires", input),
    onSuccess: (_, input) =>
      queryClient.invalidateQueries({ queryKey: [...KEY, "questionnaire", input.unitId] }),
  });
}
