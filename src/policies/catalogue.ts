/** Who may change the reference data: the indicator catalogue, the units and the report regimes. */
import { UserError } from "../domain/errors.js";
import { type Actor, hasRole } from "./actor.js";

export type CatalogueArea = "indicators" | "units" | "regimes";

const WHAT: Record<CatalogueArea, string> = {
  indicators: "danh mục chỉ tiêu",
  units: "danh mục đơn vị",
  regimes: "chế độ báo cáo",
};

/** Only an administrator changes the catalogues; FORBIDDEN otherwise. */
export function authorizeManageCatalogue(actor: Actor, area: CatalogueArea): void {
  if (!hasRole(actor, "admin")) {
    throw new UserError("FORBIDDEN", `Chỉ quản trị viên được thay đổi ${WHAT[area]}.`);
  }
}
