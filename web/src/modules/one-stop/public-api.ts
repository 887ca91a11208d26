import type {
  PublicDossierInput,
  PublicDossierReceipt,
  PublicDossierStatus,
  PublicDossierUpload,
  PublicProcedure,
  PublicSupplementInput,
  PublicSupplementResult,
} from "@danvan/common";
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from "@tanstack/react-query";
import { ApiError, buildPath } from "../../lib/api-client";
import { useLang } from "../../lib/use-lang";

const BASE = "/api/public/v1";

async function send<T>(path: string, init: RequestInit, lang: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${BASE}${path}`, {
      ...init,
      headers: { Accept: "application/json", "Accept-Language": lang, ...init.headers },
    });
  } catch (error) {
    throw new ApiError(0, "NETWORK", error instanceof Error ? error.message : "");
  }
  if (!res.ok) {
    throw await ApiError.from(res);
  }
  return (await res.json()) as T;
}

/** The published catalogue in force today. */
export function usePublicProcedures(q: string) {
  const lang = useLang();
  return useInfiniteQuery({
    queryKey: ["public", "procedures", q],
    queryFn: ({ pageParam }) =>
      send<{ items: PublicProcedure[]; nextCursor: string | null }>(
        buildPath("/procedures", { q: q.trim(), cursor: pageParam, limit: 50 }),
        {},
        lang,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One published procedure, found in the catalogue by id (the public API lists, it does not fetch one). */
export function usePublicProcedure(id: string) {
  const lang = useLang();
  return useQuery({
    queryKey: ["public", "procedure", id],
    queryFn: async () => {
      let cursor: string | undefined;
      for (let i = 0; i < 20; i++) {
        const page = await send<{ items: PublicProcedure[]; nextCursor: string | null }>(
          buildPath("/procedures", { cursor, limit: 100 }),
          {},
          lang,
        );
        const found = page.items.find((p) => p.id === id);
        if (found) {
          return found;
        }
        if (!page.nextCursor) {
          break;
        }
        cursor = page.nextCursor;
      }
      return null;
    },
  });
}

/** Files online; the key makes a retried submission return the same code and PIN. */
export function useFileOnline() {
  const lang = useLang();
  return useMutation({
    mutationFn: ({ input, key }: { input: PublicDossierInput; key: string }) =>
      send<PublicDossierReceipt>(
        "/dossiers",
        {
          method: "POST",
          body: JSON.stringify(input),
          headers: { "Content-Type": "application/json", "Idempotency-Key": key },
        },
        lang,
      ),
  });
}

/** Status by code; with the PIN, the applicant's own details and what is missing. */
export function useTrackDossier() {
  const lang = useLang();
  return useMutation({
    mutationFn: ({ code, pin }: { code: string; pin?: string }) =>
      send<PublicDossierStatus>(
        `/dossiers/${encodeURIComponent(code)}`,
        { headers: pin ? { "X-Tracking-Pin": pin } : {} },
        lang,
      ),
  });
}

export function useWithdrawOnline() {
  const lang = useLang();
  return useMutation({
    mutationFn: ({ code, pin, reason }: { code: string; pin: string; reason: string }) =>
      send<{ code: string; status: "withdrawn" }>(
        `/dossiers/${encodeURIComponent(code)}/withdraw`,
        {
          method: "POST",
          body: JSON.stringify({ reason }),
          headers: { "Content-Type": "application/json", "X-Tracking-Pin": pin },
        },
        lang,
      ),
  });
}

/** Uploads a scan through the portal; the answer's token goes with the filing or supplement. */
export function usePublicUpload() {
  const lang = useLang();
  return (file: File) => {
    const body = new FormData();
    body.append("file", file);
    return send<PublicDossierUpload>("/dossiers/files", { method: "POST", body }, lang);
  };
}

/** The applicant sends what the one-stop shop asked for, with the PIN. */
export function useSupplementOnline() {
  const lang = useLang();
  return useMutation({
    mutationFn: ({ code, pin, input }: { code: string; pin: string; input: PublicSupplementInput }) =>
      send<PublicSupplementResult>(
        `/dossiers/${encodeURIComponent(code)}/supplement`,
        {
          method: "POST",
          body: JSON.stringify(input),
          headers: { "Content-Type": "application/json", "X-Tracking-Pin": pin },
        },
        lang,
      ),
  });
}
