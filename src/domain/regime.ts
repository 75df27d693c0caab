import type { UnitKind } from "./org-unit.js";

/** Report regimes (chế độ báo cáo) as Decree 09/2019/NĐ-CP defines them: data, not code. */

export type RegimeKind = "periodic" | "thematic" | "ad_hoc";
export type Frequency = "month" | "quarter" | "half" | "nine_months" | "year" | "once";

/**
 * The data cut-off window of a period: from `startDay` of the month before the period's first month (or of the
 * same month when `startInPreviousMonth` is false) to `endDay` of its last month. Decree 09 Art. 12 default:
 * 15 → 14, previous month.
 */
export interface CutoffRule {
  startDay: number;
  endDay: number;
  startInPreviousMonth: boolean;
  /**
   * Moves the whole window by this many months (negative: earlier), for regimes whose deadline falls before the
   * default end day: -1 turns the third quarter's 15/6 → 14/9 into 15/5 → 14/8.
   */
  monthShift?: number;
}

/**
 * When a level must send: `day` of a month counted from the period's last month (`monthOffset` 0 = that month,
 * 1 = the month after) — or a fixed month for half-year/annual reports (`fixedMonth`). With `workingDays`
 * the deadline moves to the next working day when it falls on a weekend or holiday.
 */
export interface DeadlineRule {
  /** The level this deadline applies to: the submitting department, or the unit that forwards it. */
  level: UnitKind;
  day: number;
  monthOffset?: number;
  fixedMonth?: number | null;
  /** For quarterly regimes where the deadline is in the quarter's last month ("6 of the last month"). */
  moveToNextWorkingDay?: boolean;
  /** Applies only to these period kinds (e.g. a different day for the annual report); all when absent. */
  frequencies?: Frequency[];
}

export type SectionContentKind = "narrative" | "tasks" | "difficulties" | "recommendations" | "task_outcomes";

/** One node of a regime's outline template (đề cương). */
export interface OutlineSection {
  key: string;
  parentKey?: string | null;
  number: string | null;
  title: string;
  level: number;
  /** The division field that writes it ("cntt"); null: the office. */
  divisionField: string | null;
  contentKind: SectionContentKind;
  guidance?: string | null;
}

export interface RegimeIndicatorRef {
  indicatorCode: string;
  sectionKey: string | null;
  isRequired?: boolean;
}

export interface RegimeDefinition {
  code: string;
  name: string;
  kind: RegimeKind;
  frequency: Frequency;
  docType: string;
  content: string;
  legalBasis: string;
  cutoff: CutoffRule;
  deadlines: DeadlineRule[];
  submittingUnitKinds: UnitKind[];
  receivingUnitKinds: UnitKind[];
  sendMethod: string;
  validFrom: string;
  validTo?: string | null;
  outline: OutlineSection[];
  indicators: RegimeIndicatorRef[];
}
