import type { ChangePasswordInput, Locale, Session, SignInInput } from "@danvan/common";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { SESSION_KEY } from "../../app/query-client";
import { api, isApiError, rememberSession } from "../../lib/api-client";

async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>("/auth/me");
    rememberSession(session);
    return session;
  } catch (error) {
    if (isApiError(error) && error.code === "UNAUTHORIZED") {
      rememberSession(null);
      return null;
    }
    throw error;
  }
}

/** The signed-in user, or null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/**
 * The signed-in user; only call below the auth gate. On sign-out the session becomes null a moment
 * before the gate unmounts the page, and a concurrent render may still reach components below it:
 * they keep the last user for that render instead of failing.
 */
export function useMe() {
  const { data } = useSession();
  const last = useRef(data?.user);
  if (data) {
    last.current = data.user;
    return data.user;
  }
  if (!last.current) {
    throw new Error("useMe() used outside the auth gate");
  }
  return last.current;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => api.post<Session>("/auth/sign-in", input),
    onSuccess: (session) => {
      rememberSession(session);
      queryClient.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>("/auth/sign-out"),
    onSettled: () => {
      rememberSession(null);
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, null);
    },
  });
}

export function useUpdateLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => api.patch<Session>("/auth/me", { locale }),
    onSuccess: (session) => {
      rememberSession(session);
      queryClient.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api.post<void>("/auth/password", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
  });
}

export function useMeta() {
  return useQuery({
    queryKey: ["meta"],
    queryFn: () => api.get<{ demo?: boolean }>("/meta"),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
