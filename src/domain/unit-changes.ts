/** Changes an administrator makes to a unit over time, planned without I/O: a new name from a date, an end date. */
import { UserError } from "./errors.js";
import { addDays } from "./iso-date.js";
import type { UnitDefinition, UnitName } from "./org-unit.js";

/** The day before an ISO date ("2025-07-01" → "2025-06-30"). */
export function dayBefore(date: string): string {
  return addDays(date, -1);
}

export interface NameChange {
  name: string;
  shortName: string | null;
  symbol: string | null;
  validFrom: string;
}

/**
 * The name rows after renaming from `validFrom`: the latest name ends the day before and the new one starts
 * that day, open-ended like the unit. Only the latest name can be followed (the history before stays as
 * recorded), and the date must fall within the unit's life.
 */
export function planRename(unit: UnitDefinition, change: NameChange): { closed: UnitName | null; added: UnitName } {
  if (change.validFrom < unit.validFrom) {
    throw new UserError(
      "INVALID_INPUT",
      `Ngày đổi tên phải từ ngày đơn vị bắt đầu hoạt động (${unit.validFrom}) trở đi.`,
      { field: "validFrom" },
    );
  }
  if (unit.validTo && change.validFrom > unit.validTo) {
    throw new UserError("INVALID_INPUT", `Đơn vị đã kết thúc ngày ${unit.validTo}; không thể đổi tên sau ngày đó.`, {
      field: "validFrom",
    });
  }
  const latest = [...unit.names].sort((a, b) => a.validFrom.localeCompare(b.validFrom)).at(-1) ?? null;
  if (latest && change.validFrom <= latest.validFrom) {
    throw new UserError(
      "CONFLICT",
      `Đơn vị đã có tên "${latest.name}" từ ngày ${latest.validFrom}; tên mới phải có hiệu lực sau ngày đó.`,
      { field: "validFrom" },
    );
  }
  if (latest && latest.name === change.name && (latest.symbol ?? null) === change.symbol) {
    throw new UserError("INVALID_INPUT", "Tên mới trùng với tên hiện tại.", { field: "name" });
  }
  return {
    closed: latest ? { ...latest, validTo: dayBefore(change.validFrom) } : null,
    added: { ...change, validTo: unit.validTo ?? null },
  };
}

/**
 * Checks ending a unit on `validTo` (its last day): not before it began, not when already ended earlier, and
 * not while units under it are still in force after that day.
 */
export function checkEnd(
  unit: UnitDefinition,
  validTo: string,
  childrenInForceAfter: readonly { code: string; name?: string }[],
): void {
  if (validTo < unit.validFrom) {
    throw new UserError("INVALID_INPUT", `Ngày kết thúc không được trước ngày bắt đầu (${unit.validFrom}).`, {
      field: "validTo",
    });
  }
  if (unit.validTo && unit.validTo < validTo) {
    throw new UserError("CONFLICT", `Đơn vị đã kết thúc từ ngày ${unit.validTo}.`, { field: "validTo" });
  }
  if (childrenInForceAfter.length > 0) {
    const list = childrenInForceAfter.map((c) => c.name ?? c.code).join(", ");
    throw new UserError(
      "CONFLICT",
      `Còn đơn vị trực thuộc hoạt động sau ngày ${validTo}: ${list}. Kết thúc các đơn vị đó trước.`,
      { field: "validTo" },
    );
  }
}
