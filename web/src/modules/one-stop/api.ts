import type {
  CounterDossierInput,
  CounterDossierResult,
  CreateProcedureInput,
  Dossier,
  DossierDetail,
  OfficialIndicators,
  OverdueStep,
  Page,
  Procedure,
  ProcedureImportResult,
  Session,
  SubunitIndicators,
  UnitIndicators,
  UpdateProcedureInput,
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
import type { DocumentKind } from "./labels";

const KEY = ["onestop"] as const;
const PAGE_SIZE = 25;

export type Filter = Record<string, QueryValue>;
export type CountedDossier = {
  dossierId: string;
  code: string;
  procedureName: string;
  points: number;
  computedAt: string;
};
export type Handler = { id: string; name: string; agencyName: string | null };
export type UploadedFile = { id: string; name: string; mime: string; size: number };
export type ImportReport = ProcedureImportResult;

function usePaged<T>(key: unknown[], path: string, filter: Filter, pageSize = PAGE_SIZE, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...KEY, ...key, filter],
    queryFn: ({ pageParam }) => api.get<Page<T>>(path, { ...filter, cursor: pageParam, limit: pageSize }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The catalogue, a hundred at a time: a commune's list is short, so field and level filter on screen. */
export const useProcedures = (filter: Filter) =>
  usePaged<Procedure>(["procedures"], "/onestop/procedures", filter, 100);

export function useProcedure(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, "procedure", id],
    queryFn: () => api.get<Procedure>(`/onestop/procedures/${encodeURIComponent(id ?? "")}`),
    enabled: !!id,
  });
}

export function useSaveProcedure(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProcedureInput | UpdateProcedureInput) =>
      id
        ? api.put<Procedure>(`/onestop/procedures/${encodeURIComponent(id)}`, input)
        : api.post<Procedure>("/onestop/procedures", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export const useDossiers = (filter: Filter) => usePaged<Dossier>(["dossiers"], "/onestop/dossiers", filter);

export const useQueue = (name: "counter" | "mine" | "approval", filter: Filter, enabled = true) =>
  usePaged<Dossier>(["queue", name], `/onestop/queues/${name}`, filter, PAGE_SIZE, enabled);

export function useOverdueSteps(filter: Filter, enabled = true) {
  return useQuery({
    queryKey: [...KEY, "overdue-steps", filter],
    queryFn: async () =>
      (await api.get<{ items: OverdueStep[] }>("/onestop/queues/overdue-steps", { ...filter, limit: 100 }))
        .items,
    enabled,
  });
}

export function useDossier(id: string) {
  return useQuery({
    queryKey: [...KEY, "dossier", id],
    queryFn: () => api.get<DossierDetail>(`/onestop/dossiers/${encodeURIComponent(id)}`),
  });
}

export function useDossierHandlers(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, "handlers", id],
    queryFn: async () =>
      (await api.get<{ items: Handler[] }>(`/onestop/dossiers/${encodeURIComponent(id)}/handlers`)).items,
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** One step of the dossier's life (see the server README's state diagram). */
export function useDossierStep(id: string, verb: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) =>
      api.post<DossierDetail>(`/onestop/dossiers/${encodeURIComponent(id)}/${verb}`, input),
    onSuccess: (detail) => {
      queryClient.setQueryData([...KEY, "dossier", id], detail);
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
}

export function useFileAtCounter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CounterDossierInput) => api.post<CounterDossierResult>("/onestop/dossiers", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUnitIndicators(q: { unitId?: string; period: string }) {
  return useQuery({
    queryKey: [...KEY, "indicators", q],
    queryFn: () => api.get<UnitIndicators>("/onestop/indicators", q),
    enabled: !!q.unitId,
    placeholderData: keepPreviousData,
  });
}

export function useOfficialIndicators(q: { unitId?: string; period: string }) {
  return useQuery({
    queryKey: [...KEY, "indicators-officials", q],
    queryFn: async () =>
      (await api.get<{ items: OfficialIndicators[] }>("/onestop/indicators/officials", q)).items,
    enabled: !!q.unitId,
  });
}

/** The units below the unit (a province's communes) with their scores; empty for a commune. */
export function useSubunitIndicators(q: { unitId?: string; period: string }) {
  return useQuery({
    queryKey: [...KEY, "indicators-subunits", q],
    queryFn: async () =>
      (await api.get<{ items: SubunitIndicators[] }>("/onestop/indicators/subunits", q)).items,
    enabled: !!q.unitId,
  });
}

export const useCountedDossiers = (indicator: number | null, q: { unitId?: string; period: string }) =>
  usePaged<CountedDossier>(
    ["indicator-dossiers", indicator],
    `/onestop/indicators/${indicator ?? 0}/dossiers`,
    q,
    PAGE_SIZE,
    indicator !== null && !!q.unitId,
  );

async function postForm<T>(csrf: string, path: string, body: FormData): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${API_BASE}${path}`, {
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
  return (await res.json()) as T;
}

/** Uploads one file through the shared upload API (multipart field "file"). */
export function useUploadFile() {
  const queryClient = useQueryClient();
  return (file: File) => {
    const body = new FormData();
    body.append("file", file);
    const csrf = queryClient.getQueryData<Session | null>(SESSION_KEY)?.csrfToken ?? "";
    return postForm<UploadedFile>(csrf, "/files", body);
  };
}

/** The XLSX catalogue import: a dry run reports row errors, the real run writes (all or nothing). */
export function useImportProcedures() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun, unitId }: { file: File; dryRun: boolean; unitId?: string }) => {
      const body = new FormData();
      body.append("file", file);
      const csrf = queryClient.getQueryData<Session | null>(SESSION_KEY)?.csrfToken ?? "";
      const unit = unitId ? `&unitId=${encodeURIComponent(unitId)}` : "";
      return postForm<ImportReport>(csrf, `/onestop/procedures/import?dryRun=${dryRun}${unit}`, body);
    },
    onSuccess: (_, v) => {
      if (!v.dryRun) {
        void queryClient.invalidateQueries({ queryKey: KEY });
      }
    },
  });
}

/** The workbook to fill in: sheets of procedures, documents and steps, with the expected columns. */
export const importTemplateUrl = `${API_BASE}/onestop/procedures/import-template.xlsx`;

export const dossierFileUrl = (dossierId: string, fileId: string) =>
  `${API_BASE}/onestop/dossiers/${encodeURIComponent(dossierId)}/files/${encodeURIComponent(fileId)}`;

/** The printable slips (A4 PDF) of NĐ 61/2018: receipt and appointment, supplement, refusal, apology. */
export const dossierDocumentUrl = (dossierId: string, kind: DocumentKind) =>
  `${API_BASE}/onestop/dossiers/${encodeURIComponent(dossierId)}/documents/${kind}.pdf`;
