import type { ReactNode } from "react";
import { type Language, useI18n } from "../i18n/index.js";
import { Link, useLocation } from "../router.js";
import { mayImport, useSession } from "../session.js";
import { UserMenu } from "./user-menu.js";

const NAV = [
  { href: "/", key: "home" },
  { href: "/reports", key: "reports" },
  { href: "/regimes", key: "regimes" },
  { href: "/indicators", key: "indicators" },
  { href: "/phan-tich", key: "analytics" },
  { href: "/phan-tich/chi-tieu", key: "explorer" },
] as const;

const IMPORT_NAV = { href: "/nhap-bao-cao", key: "import" } as const;
const INBOX_NAV = { href: "/hop-thu-den", key: "inbox" } as const;
const ADMIN_NAV = { href: "/quan-tri", key: "admin" } as const;

/**
 * The frame of every page: the product header with the language switch, and once signed in the navigation and
 * the user's name with the sign-out button; the page; the footer.
 */
export function Layout({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const { state } = useSession();
  const user = state.status === "signed-in" ? state.user : null;
  const { path } = useLocation();
  const matches = (href: string) => (href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`));
  // "/phan-tich/chi-tieu" is its own item inside "/phan-tich": only the longest matching item is active.
  const activeHref = NAV.map((item) => item.href as string)
    .filter(matches)
    .sort((a, b) => b.length - a.length)[0];
  const isActive = (href: string) => matches(href) && (href === activeHref || !NAV.some((item) => item.href === href));
  return (
    <div className="shell">
      <header className="topbar">
        <div className="topbar-inner">
          <Link href="/" className="brand" aria-label={`${t.product} — ${t.productTagline}`}>
            <span className="brand-mark" aria-hidden="true">
              BC
            </span>
            <span className="brand-text">
              <span className="brand-title">
                {t.product} — {t.productTagline}
              </span>
              <span className="brand-sub">{t.productSector}</span>
            </span>
          </Link>
          <div className="topbar-tools">
            {user ? <UserMenu user={user} /> : null}
            <label className="lang-switch">
              <span className="visually-hidden">{t.language}</span>
              <select
                value={language}
                onChange={(e) => setLanguage(e.target.value as Language)}
                aria-label={t.language}
              >
                <option value="vi">Tiếng Việt</option>
                <option value="en">English</option>
              </select>
            </label>
          </div>
        </div>
        {user ? (
          <nav className="mainnav" aria-label="main">
            <div className="mainnav-inner">
              {[
                ...NAV,
                ...(mayImport(user) ? [IMPORT_NAV] : []),
                ...(user.roles.some((r) => r.role === "receiver") ? [INBOX_NAV] : []),
                ...(user.roles.some((r) => r.role === "admin") ? [ADMIN_NAV] : []),
              ].map((item) => (
                <Link
                  key={item.href}
                  href={item.href}
                  className={isActive(item.href) ? "active" : undefined}
                  aria-current={isActive(item.href) ? "page" : undefined}
                >
                  {t.nav[item.key]}
                </Link>
              ))}
            </div>
          </nav>
        ) : null}
      </header>
      <main className="content">{children}</main>
      <footer className="footer">{t.footer}</footer>
    </div>
  );
}
