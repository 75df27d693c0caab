/** Reference data: the ministry, the provinces before and after 2025, their ICT departments, and holidays. */
import type { SuccessionDefinition, UnitDefinition } from "../domain/org-unit.js";
import { departmentSuccessions, departmentUnits } from "./department.js";
import { ministryUnits } from "./ministry.js";
import { provinceSuccessions, provinceUnits } from "./provinces.js";

export type { DivisionSuffix, FieldKey } from "./department.js";
export {
  DEPARTMENT_START,
  departmentCode,
  departmentSuccessions,
  departmentUnits,
  divisionCode,
  divisionFieldKeys,
  divisionForField,
} from "./department.js";
export type { MakeUpWorkingDay, PublicHoliday } from "./holidays.js";
export { holidays, isWorkingDay, makeUpWorkingDays, publicHolidays } from "./holidays.js";
export { lunarNewYear, lunarToSolar, solarToLunar } from "./lunar-calendar.js";
export { FIRST_DAY_OF_SCIENCE_NAME, LAST_DAY_OF_ICT_NAME, ministryUnits } from "./ministry.js";
export { findProvincesByName, provinceByName, provinceKey } from "./province-lookup.js";
export type { ProvinceRecord, ProvinceType } from "./provinces.js";
export {
  findProvinceRecord,
  newProvinceUnitCode,
  oldProvinceUnitCode,
  provinceFullName,
  provinceRecords,
  provinceSuccessions,
  provincesOn,
  provinceUnits,
  REORGANISATION_DATE,
} from "./provinces.js";

/** Every reference unit, parents before children: government, ministry, 86 province units, departments, divisions. */
export function referenceUnits(): UnitDefinition[] {
  const provinces = provinceUnits();
  return [...ministryUnits(), ...provinces, ...provinces.flatMap(departmentUnits)];
}

/** Every reference succession: the 52 province merges and the merges of their departments and divisions. */
export function referenceSuccessions(): SuccessionDefinition[] {
  const provinces = provinceSuccessions();
  return [...provinces, ...departmentSuccessions(provinces, referenceUnits())];
}
