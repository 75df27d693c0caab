/**
 * The Government and the ministry level that receives the provincial ICT reports.
 *
 * The Ministry of Information and Communications was created in August 2007 (Resolution 01/2007/QH12 on the
 * Government's structure, first session of the 12th National Assembly; the day is approximated to 2007-08-01).
 * Resolution 176/2025/QH15 merged it into the Ministry of Science and Technology from 2025-03-01 (press and
 * publishing went to the Ministry of Culture, Sports and Tourism).
 * We model the receiving ministry as ONE unit `BO` renamed on 2025-03-01 rather than a merge into a separate
 * Ministry of Science and Technology unit: for this system it is one continuous receiver of the same regime
 * (the ICT reports and their indicator history), and a rename keeps its office `BO-VP` and every series
 * unbroken. The science-and-technology work of the old MOST is outside this system's reports.
 */
import type { UnitDefinition } from "../domain/org-unit.js";

/** Last day under the name "Thông tin và Truyền thông" (ministry and provincial departments alike). */
export const LAST_DAY_OF_ICT_NAME = "2025-02-28";
/** First day under the name "Khoa học và Công nghệ" (Resolution 176/2025/QH15). */
export const FIRST_DAY_OF_SCIENCE_NAME = "2025-03-01";
/** Approximate first day of the Ministry of Information and Communications (August 2007). */
export const MINISTRY_START = "2007-08-01";

/** The Government, root of the hierarchy: ministries and provincial People's Committees sit under it. */
export const government: UnitDefinition = {
  code: "CP",
  kind: "government",
  parentCode: null,
  provinceCode: null,
  validFrom: "1900-01-01",
  validTo: null,
  names: [{ name: "Chính phủ", shortName: "Chính phủ", symbol: "CP", validFrom: "1900-01-01", validTo: null }],
};

/** The receiving ministry, renamed on 2025-03-01. */
export const ministry: UnitDefinition = {
  code: "BO",
  kind: "ministry",
  parentCode: "CP",
  provinceCode: null,
  validFrom: MINISTRY_START,
  validTo: null,
  names: [
    {
      name: "Bộ Thông tin và Truyền thông",
      shortName: "Bộ TT&TT",
      symbol: "BTTTT",
      validFrom: MINISTRY_START,
      validTo: LAST_DAY_OF_ICT_NAME,
    },
    {
      name: "Bộ Khoa học và Công nghệ",
      shortName: "Bộ KH&CN",
      symbol: "BKHCN",
      validFrom: FIRST_DAY_OF_SCIENCE_NAME,
      validTo: null,
    },
  ],
};

/** The ministry's office: it receives the departments' periodic reports for the quarterly briefing (giao ban). */
export const ministryOffice: UnitDefinition = {
  code: "BO-VP",
  kind: "ministry_unit",
  parentCode: "BO",
  provinceCode: null,
  validFrom: MINISTRY_START,
  validTo: null,
  names: [{ name: "Văn phòng Bộ", shortName: "Văn phòng Bộ", symbol: "VP", validFrom: MINISTRY_START, validTo: null }],
};

/** The Government, the ministry and its office, parents first. */
export function ministryUnits(): UnitDefinition[] {
  return [government, ministry, ministryOffice];
}
