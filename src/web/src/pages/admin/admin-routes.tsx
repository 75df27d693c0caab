import type { ReactElement } from "react";
import { IndicatorsAdminPage } from "./indicators-admin-page.js";
import { RegimesAdminPage } from "./regimes-admin-page.js";
import { UnitsAdminPage } from "./units-admin-page.js";
import { UsersPage } from "./users-page.js";

/** The administration page at `path` (under /quan-tri), or null for another address. */
export function adminPage(path: string): ReactElement | null {
  if (path === "/quan-tri" || path === "/quan-tri/nguoi-dung") return <UsersPage />;
  if (path === "/quan-tri/chi-tieu") return <IndicatorsAdminPage />;
  if (path === "/quan-tri/don-vi") return <UnitsAdminPage />;
  if (path === "/quan-tri/che-do") return <RegimesAdminPage />;
  return null;
}
