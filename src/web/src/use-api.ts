import { type DependencyList, useEffect, useState } from "react";
import { ApiError } from "./api.js";

export type Loadable<T> =
  | { status: "loading"; data?: T | undefined }
  | { status: "error"; error: ApiError }
  | { status: "ready"; data: T };

/** Runs an API call when `deps` change, cancelling the previous one; keeps the last data while reloading. */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>({ status: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ status: "loading", data: previous.status === "ready" ? previous.data : undefined }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: "ready", data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError ? error : new ApiError(0, "CLIENT", (error as Error).message ?? String(error));
        setState({ status: "error", error: apiError });
      },
    );
    return () => controller.abort();
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what the call depends on.
  }, deps);
  return state;
}
