import type { Unit, UnitSuccession } from "../domain/records.js";
import { findChildUnits, findPredecessors, findSuccessors, getUnitByCode } from "../storage/units.js";
import type { AppContext } from "./context.js";

export interface GetUnitOptions {
  code: string;
  /** The date the names are read for (default today). */
  at?: string | undefined;
}

/** A unit with its direct children and the units it continues and became. */
export interface UnitWithRelations {
  unit: Unit;
  children: Unit[];
  predecessors: UnitSuccession[];
  successors: UnitSuccession[];
}

/** One unit by code with its children and direct successions; NOT_FOUND when the code is unknown. */
export async function getUnit(ctx: AppContext, options: GetUnitOptions): Promise<UnitWithRelations> {
  const db = ctx.database.db;
  const unit = await getUnitByCode(db, options.code, options.at);
  const [children, predecessors, successors] = await Promise.all([
    findChildUnits(db, unit.code, options.at),
    findPredecessors(db, unit.code),
    findSuccessors(db, unit.code),
  ]);
  return { unit, children, predecessors, successors };
}
