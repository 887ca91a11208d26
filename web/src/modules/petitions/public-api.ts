import type {
  PublicAttachment,
  PublicPetitionInput,
  PublicPetitionReceipt,
  PublicPetitionStatus,
  PublicPetitionUnit,
  PublicUploadReceipt,
} from "@danvan/common";
import { useMutation, useQuery } from "@tanstack/react-query";
import { ApiError } from "../../lib/api-client";
import { useLang } from "../../lib/use-lang";

const BASE = "/api/public/v1/petitions";

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

/** Units a citizen may address; also the catalogue for a transfer to another body. */
export function usePublicPetitionUnits() {
  const lang = useLang();
  return useQuery({
    queryKey: ["public", "petition-units"],
    queryFn: async () => (await send<{ items: PublicPetitionUnit[] }>("/units", {}, lang)).items,
    staleTime: 10 * 60_000,
  });
}

/** Files online; the key makes a retried submission (double click, lost answer) return the same receipt. */
export function useFilePetition() {
  const lang = useLang();
  return useMutation({
    mutationFn: ({ input, key }: { input: PublicPetitionInput; key: string }) =>
      send<PublicPetitionReceipt>(
        "",
        {
          method: "POST",
          body: JSON.stringify(input),
          headers: { "Content-Type": "application/json", "Idempotency-Key": key },
        },
        lang,
      ),
  });
}

/** Uploads a citizen's attachment; the token lets the filing attach it. */
export function usePublicUpload() {
  const lang = useLang();
  return async (file: File): Promise<PublicAttachment> => {
    const body = new FormData();
    body.append("file", file);
    const stored = await send<PublicUploadReceipt>("/files", { method: "POST", body }, lang);
    return { id: stored.id, token: stored.token };
  };
}

export function useTrackPetition() {
  const lang = useLang();
  return useMutation({
    mutationFn: ({ code, pin }: { code: string; pin: string }) =>
      send<PublicPetitionStatus>(
        `/${encodeURIComponent(code)}`,
        { headers: { "X-Tracking-Pin": pin } },
        lang,
      ),
  });
}
