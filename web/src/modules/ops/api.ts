import type { FailedJob, MailboxMessage } from "@danvan/common";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api-client";

const FAILED_KEY = ["ops", "failed-jobs"] as const;

export function useFailedJobs() {
  return useQuery({
    queryKey: FAILED_KEY,
    queryFn: async () => (await api.get<{ items: FailedJob[] }>("/ops/jobs/failed")).items,
  });
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (job: Pick<FailedJob, "queue" | "id">) =>
      api.post<unknown>(`/ops/jobs/${encodeURIComponent(job.queue)}/${encodeURIComponent(job.id)}/retry`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FAILED_KEY }),
  });
}

export function useMailbox() {
  return useQuery({
    queryKey: ["ops", "mailbox"],
    queryFn: async () => (await api.get<{ items: MailboxMessage[] }>("/ops/mailbox")).items,
    refetchInterval: 15_000,
  });
}
