import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { SessionResponse, SessionUser } from "../../contract/session.js";
import { ApiError, api, onUnauthorized, setCsrfToken } from "./api.js";

export type SessionState =
  | { status: "checking" }
  | { status: "signed-out"; expired: boolean }
  | { status: "signed-in"; user: SessionUser }
  | { status: "unreachable"; error: ApiError };

interface SessionContextValue {
  state: SessionState;
  /** Signs in; rejects with the server's ApiError (wrong credentials, too many attempts, network). */
  signIn(username: string, password: string): Promise<void>;
  /** Signs out (the session is forgotten locally even when the server cannot be reached). */
  signOut(): Promise<void>;
  /** Asks the server again who is signed in (after the server could not be reached). */
  recheck(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Who is signed in: asks GET /api/session on start and falls back to the sign-in page on any 401. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "checking" });
  const [attempt, setAttempt] = useState(0);

  const accept = useCallback((session: SessionResponse) => {
    setCsrfToken(session.csrfToken);
    setState({ status: "signed-in", user: session.user });
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the check on demand.
  useEffect(() => {
    const controller = new AbortController();
    api.getSession(controller.signal).then(accept, (error: unknown) => {
      if (controller.signal.aborted) return;
      if (error instanceof ApiError && error.status === 401) setState({ status: "signed-out", expired: false });
      else setState({ status: "unreachable", error: toApiError(error) });
    });
    return () => controller.abort();
  }, [accept, attempt]);

  useEffect(
    () =>
      // A page fires several calls: only the first 401 changes the state (later ones must not lose "expired").
      onUnauthorized(() =>
        setState((previous) =>
          previous.status === "signed-out"
            ? previous
            : { status: "signed-out", expired: previous.status === "signed-in" },
        ),
      ),
    [],
  );

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      signIn: async (username, password) => accept(await api.signIn({ username, password })),
      signOut: async () => {
        try {
          await api.signOut();
        } catch {
          // Already expired or the server is away: the cookie dies with its session either way.
        }
        setCsrfToken(null);
        setState({ status: "signed-out", expired: false });
      },
      recheck: () => {
        setState({ status: "checking" });
        setAttempt((n) => n + 1);
      },
    }),
    [state, accept],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, "CLIENT", (error as Error).message ?? String(error));
}

/** The session state and the sign-in / sign-out actions. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}

/** True when the user may upload reports: office, leader or administrator somewhere. */
export function mayImport(user: SessionUser | null): boolean {
  return !!user?.roles.some((r) => r.role === "office" || r.role === "leader" || r.role === "admin");
}
