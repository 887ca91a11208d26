import type {
  CreateTaskInput,
  PublicPromise,
  PublicPromiseUnit,
  RuleVersion,
  Task,
  TaskDetail,
  TaskListQuery,
  TaskOptions,
  TaskStatsRow,
} from "@danvan/common";
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { ApiError, api } from "../../lib/api-client";

const KEY = ["tasks"] as const;
const PAGE_SIZE = 25;

export type TaskBoardFilter = Omit<TaskListQuery, "cursor" | "limit">;

/** A board (mine, unit, directing, all) with filters; keyset pages through `fetchNextPage`. */
export function useTaskBoard(filter: TaskBoardFilter) {
  return useInfiniteQuery({
    queryKey: [...KEY, "board", filter],
    queryFn: ({ pageParam }) =>
      api.get<{ items: Task[]; nextCursor: string | null }>("/tasks", {
        ...filter,
        q: filter.q?.trim(),
        cursor: pageParam,
        limit: PAGE_SIZE,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: string) {
  return useQuery({
    queryKey: [...KEY, "one", id],
    queryFn: () => api.get<TaskDetail>(`/tasks/${encodeURIComponent(id)}`),
  });
}

export function useTaskStats(by: "assignee" | "unit") {
  return useQuery({
    queryKey: [...KEY, "stats", by],
    queryFn: () => api.get<{ items: TaskStatsRow[] }>("/tasks/stats", { by }),
  });
}

/** People the create form may name for a unit (same rules as the server's check). */
export function useTaskOptions(unitId: string | undefined) {
  return useQuery({
    queryKey: [...KEY, "options", unitId],
    queryFn: () => api.get<TaskOptions>("/tasks/options", { unitId }),
    enabled: !!unitId,
  });
}

/** Statutory deadline rules a due date may be computed from. */
export function useDeadlineRules() {
  return useQuery({
    queryKey: ["rules", "deadline"],
    queryFn: () => api.get<{ items: RuleVersion[] }>("/rules"),
    select: (data) => data.items.filter((r) => r.kind === "deadline" && r.effectiveTo === null),
    staleTime: 10 * 60_000,
  });
}

export type DeadlinePreview = { due: string; explanation: string };

/** The deadline engine's answer for what the form would send, with its explanation. */
export function useDeadlinePreview(
  request: { from: string; unitId: string; amount?: number; ruleId?: string } | null,
) {
  return useQuery({
    queryKey: ["deadline-preview", request],
    queryFn: () =>
      api.post<DeadlinePreview>("/calendar/deadline", {
        ...request,
        ...(request?.amount !== undefined ? { basis: "working_days" } : {}),
      }),
    enabled: !!request,
    retry: false,
  });
}

export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTaskInput) => api.post<Task>("/tasks", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export type TaskAction =
  | "accept"
  | "progress"
  | "submit"
  | "approve"
  | "return"
  | "cancel"
  | "urge"
  | "extensions"
  | "extensions/decide";

/** One lifecycle step; the detail and the boards reload afterwards. */
export function useTaskAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: TaskAction; body: unknown }) =>
      api.post<Task>(`/tasks/${encodeURIComponent(id)}/${action}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export type UploadedFile = { id: string; name: string; mime: string; size: number };

/** Sends one evidence file to the upload API (multipart field "file"); the server checks type and size. */
export async function uploadFile(file: File, csrfToken: string, lang: string): Promise<UploadedFile> {
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
  return (await res.json()) as UploadedFile;
}

async function getPublic<T>(path: string, lang: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/public/v1${path}`, {
      headers: { Accept: "application/json", "Accept-Language": lang },
    });
  } catch (error) {
    throw new ApiError(0, "NETWORK", error instanceof Error ? error.message : "");
  }
  if (!res.ok) {
    throw await ApiError.from(res);
  }
  return (await res.json()) as T;
}

/** Promises to the people (no sign-in), optionally of one unit and its subtree. */
export function usePublicPromises(unitId: string | undefined, lang: string) {
  return useQuery({
    queryKey: ["public-promises", unitId],
    queryFn: () =>
      getPublic<{ items: PublicPromise[] }>(
        `/promises?limit=100${unitId ? `&unitId=${encodeURIComponent(unitId)}` : ""}`,
        lang,
      ),
    placeholderData: keepPreviousData,
  });
}

export function usePublicPromiseUnits(lang: string) {
  return useQuery({
    queryKey: ["public-promises", "units"],
    queryFn: () => getPublic<{ items: PublicPromiseUnit[] }>("/promises/units", lang),
  });
}
