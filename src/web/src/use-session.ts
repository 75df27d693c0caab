import { useEffect, useSyncExternalStore } from "react";
import type { SessionResponse } from "../../contract/session.js";
import { api } from "./api.js";

// One session for the whole page, loaded once and replaced on sign-in; null when nobody is signed in.
type SessionState = { status: "loading" } | { status: "ready"; session: SessionResponse | null };

let state: SessionState = { status: "loading" };
let requested = false;
const listeners = new Set<() => void>();

function publish(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Replaces the current session (after signing in). */
export function setSession(session: SessionResponse | null): void {
  publish({ status: "ready", session });
}

/** The signed-in user and CSRF token, loaded from GET /api/session on first use. */
export function useSession(): SessionState {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
  useEffect(() => {
    if (requested) return;
    requested = true;
    api.getSession().then(
      (session) => setSession(session),
      () => setSession(null),
    );
  }, []);
  return current;
}

/** True when the user may upload reports: office, leader or administrator somewhere. */
export function mayImport(session: SessionResponse | null): boolean {
  return !!session?.user.roles.some((r) => r.role === "office" || r.role === "leader" || r.role === "admin");
}
