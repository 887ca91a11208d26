import type { ConsultationSummary, PublicConsultation } from "@danvan/common";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "../../lib/api-client";
import { useLang } from "../../lib/use-lang";

const BASE = "/api/public/v1/consultations";

export type PublicConsultationSummary = Omit<ConsultationSummary, "isPublished" | "unitId">;
const KEY = ["public", "consultations"] as const;

async function send<T>(path: string, init: RequestInit, lang: string, base = BASE): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${base}${path}`, {
      ...init,
      headers: {
        Accept: "application/json",
        "Accept-Language": lang,
        ...(init.body ? { "Content-Type": "application/json" } : {}),
        ...init.headers,
      },
    });
  } catch (error) {
    throw new ApiError(0, "NETWORK", error instanceof Error ? error.message : "");
  }
  if (!res.ok) {
    throw await ApiError.from(res);
  }
  return (await res.json()) as T;
}

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  body: JSON.stringify(body),
  headers,
});

export function usePublicConsultations() {
  const lang = useLang();
  return useQuery({
    queryKey: [...KEY, "list", lang],
    queryFn: async () => (await send<{ items: PublicConsultationSummary[] }>("?limit=100", {}, lang)).items,
  });
}

export function usePublicConsultation(id: string | undefined) {
  const lang = useLang();
  return useQuery({
    queryKey: [...KEY, "detail", id, lang],
    queryFn: () => send<PublicConsultation>(`/${encodeURIComponent(id ?? "")}`, {}, lang),
    enabled: !!id,
  });
}

export const publicFileUrl = (id: string, fileId: string) =>
  `${BASE}/${encodeURIComponent(id)}/files/${fileId}`;

/**
 * The voter token of this consultation, kept in the tab's session storage only: it proves the household
 * representative was verified (a one-time code, or an officer in person) and is sent with the vote and
 * the questions.
 */
export function useVoterToken(id: string) {
  const key = `danvan.voter.${id}`;
  const [token, setToken] = useState<string | null>(() => {
    // An officer who verified the household in person hands over a link carrying the token in the
    // fragment (never sent to the server): keep it for this tab and drop it from the address bar.
    const handed = new URLSearchParams(window.location.hash.slice(1)).get("voter");
    if (handed) {
      sessionStorage.setItem(key, handed);
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
    }
    return sessionStorage.getItem(key);
  });
  return {
    token,
    save(value: string | null) {
      if (value) {
        sessionStorage.setItem(key, value);
      } else {
        sessionStorage.removeItem(key);
      }
      setToken(value);
    },
  };
}

export function useRequestCode(id: string) {
  const lang = useLang();
  return useMutation({
    mutationFn: (input: { householdCode: string; phone: string }) =>
      send<{ verificationId: string; expiresAt: string }>(`/${id}/verification`, post(input), lang),
  });
}

export function useConfirmCode(id: string) {
  const lang = useLang();
  return useMutation({
    mutationFn: ({ verificationId, code }: { verificationId: string; code: string }) =>
      send<{ token: string; expiresAt: string }>(
        `/${id}/verification/${verificationId}/confirm`,
        post({ code }),
        lang,
      ),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: KEY });
}

export function usePublicVote(id: string, token: string | null) {
  const lang = useLang();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (optionId: string) =>
      send<{ optionId: string; changed: boolean; castAt: string }>(
        `/${id}/vote`,
        post({ optionId }, { "x-voter-token": token ?? "" }),
        lang,
      ),
    onSuccess: refresh,
  });
}

export function usePublicAsk(id: string, token: string | null) {
  const lang = useLang();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ body, key }: { body: string; key: string }) =>
      send<{ id: string }>(
        `/${id}/questions`,
        post({ body }, { "x-voter-token": token ?? "", "idempotency-key": key }),
        lang,
      ),
    onSuccess: refresh,
  });
}

export function usePublicComment(id: string) {
  const lang = useLang();
  return useMutation({
    mutationFn: ({ key, ...input }: { authorName: string; body: string; key: string }) =>
      send<{ id: string }>(`/${id}/comments`, post(input, { "idempotency-key": key }), lang),
  });
}

export function useReportComment() {
  const lang = useLang();
  return useMutation({
    mutationFn: ({ commentId, reason }: { commentId: string; reason: string }) =>
      send<{ reported: boolean }>(
        `/${encodeURIComponent(commentId)}/report`,
        post({ reason }),
        lang,
        "/api/public/v1/consultation-comments",
      ),
  });
}
