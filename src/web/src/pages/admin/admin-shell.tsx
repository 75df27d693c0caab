import type { ReactNode } from "react";
import { useI18n } from "../../i18n/index.js";
import { Link, useLocation } from "../../router.js";
import { useSession } from "../../session.js";

const TABS = [
  { href: "/quan-tri/nguoi-dung", key: "users" },
  { href: "/quan-tri/chi-tieu", key: "indicators" },
  { href: "/quan-tri/don-vi", key: "units" },
  { href: "/quan-tri/che-do", key: "regimes" },
] as const;

/** True when the signed-in user holds the administrator role somewhere. */
export function useIsAdmin(): boolean {
  const { state } = useSession();
  return state.status === "signed-in" && state.user.roles.some((r) => r.role === "admin");
}

/** The frame of the administration pages: the title and the tabs; a refusal for non-administrators. */
export function AdminShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { path } = useLocation();
  const isAdmin = useIsAdmin();
  if (!isAdmin) {
    return (
      <div className="alert alert-error" role="alert">
        {t.admin.forbidden}
      </div>
    );
  }
  return (
    <div className="page">
      <h1 className="page-title">{t.admin.title}</h1>
      <nav className="tabs admin-tabs" aria-label={t.admin.title}>
        {TABS.map((tab) => {
          const active = path.startsWith(tab.href) || (path === "/quan-tri" && tab.key === "users");
          return (
            <Link
              key={tab.href}
              href={tab.href}
              className={active ? "tab active" : "tab"}
              aria-current={active ? "page" : undefined}
            >
              {t.admin.tabs[tab.key]}
            </Link>
          );
        })}
      </nav>
      {children}
    </div>
  );
}

/** A field's inline error message (Vietnamese), tied to its input by id. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {message}
    </span>
  );
}
