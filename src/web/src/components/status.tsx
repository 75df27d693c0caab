import type { ApiError } from "../api.js";
import { useI18n } from "../i18n/index.js";
import type { Dictionary } from "../i18n/vi.js";

/** A quiet loading line. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted loading" role="status">
      {t.common.loading}
    </p>
  );
}

/** The server's Vietnamese message when a call failed. */
export function ErrorBox({ error }: { error: ApiError }) {
  const { t } = useI18n();
  return (
    <div className="alert alert-error" role="alert">
      <strong>{t.common.errorTitle}</strong>
      <span>{error.message}</span>
    </div>
  );
}

/** The report's workflow state as a coloured label. */
export function StateBadge({ state }: { state: keyof Dictionary["states"] }) {
  const { t } = useI18n();
  return <span className={`badge state-${state}`}>{t.states[state]}</span>;
}

/** A placeholder for an empty list. */
export function Empty({ children }: { children: string }) {
  return <p className="empty">{children}</p>;
}
