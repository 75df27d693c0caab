/**
 * Who may import a report file: an administrator for any unit; a user with the office or leader role for the
 * unit they hold it in (a division's office or leader imports for the division's department too).
 */
import { UserError } from "../domain/errors.js";
import type { Role } from "../domain/records.js";
import { type Actor, hasRole, reportUnitsOf } from "./actor.js";

const IMPORT_ROLES: ReadonlySet<Role> = new Set(["office", "leader"]);

/** The units an actor may import for; `all` for administrators. */
export function importScope(actor: Actor): { all: boolean; unitIds: number[] } {
  if (hasRole(actor, "admin")) return { all: true, unitIds: [] };
  const ids = actor.roles.filter((r) => IMPORT_ROLES.has(r.role)).flatMap(reportUnitsOf);
  return { all: false, unitIds: [...new Set(ids)] };
}

/** True when the actor may import report files at all (for some unit). */
export function canImport(actor: Actor): boolean {
  const scope = importScope(actor);
  return scope.all || scope.unitIds.length > 0;
}

/** True when the actor may import a report written by the unit `unitId`. */
export function canImportFor(actor: Actor, unitId: number): boolean {
  const scope = importScope(actor);
  return scope.all || scope.unitIds.includes(unitId);
}

/** FORBIDDEN, in Vietnamese, unless the actor may import for the unit. */
export function authorizeImport(actor: Actor, unit: { id: number; code: string } | null): void {
  if (unit === null ? canImport(actor) : canImportFor(actor, unit.id)) return;
  throw new UserError(
    "FORBIDDEN",
    unit === null
      ? "Bạn không có quyền nhập báo cáo: chỉ văn phòng, lãnh đạo đơn vị hoặc quản trị viên được nhập."
      : `Bạn không có quyền nhập báo cáo cho đơn vị ${unit.code}: chỉ văn phòng, lãnh đạo của đơn vị đó hoặc quản trị viên được nhập.`,
    { field: "unitCode" },
  );
}
