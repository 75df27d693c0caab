/** Checking the settings an administrator may change on a regime: its deadline rules and its end date. */
import { UserError } from "./errors.js";
import { type CalendarPeriodKind, validateDeadlineRules } from "./period.js";
import type { DeadlineRule, RegimeDefinition } from "./regime.js";
import type { Holidays } from "./working-days.js";

/** The period kinds a regime's deadlines apply to: its frequency and those named by its rules. */
export function regimePeriodKinds(
  frequency: RegimeDefinition["frequency"],
  rules: readonly DeadlineRule[],
): CalendarPeriodKind[] {
  const kinds = new Set<CalendarPeriodKind>();
  if (frequency !== "once") kinds.add(frequency);
  for (const rule of rules) for (const f of rule.frequencies ?? []) if (f !== "once") kinds.add(f);
  return [...kinds];
}

/**
 * Refuses new deadline rules that break Decree 09 for any period of `year` (a deadline not after the cut-off,
 * or without a working day in between), and an end date before the regime began. INVALID_INPUT with the field.
 */
export function checkRegimeSettings(
  regime: Pick<RegimeDefinition, "frequency" | "cutoff" | "validFrom">,
  settings: { deadlines: readonly DeadlineRule[]; validTo: string | null },
  year: number,
  holidays?: Holidays,
): void {
  if (settings.deadlines.length === 0) {
    throw new UserError("INVALID_INPUT", "Chế độ báo cáo cần ít nhất một thời hạn gửi.", { field: "deadlines" });
  }
  settings.deadlines.forEach((rule, i) => {
    for (const kind of regimePeriodKinds(regime.frequency, [rule])) {
      const [problem] = validateDeadlineRules(kind, year, regime.cutoff, [rule], holidays);
      if (problem) throw new UserError("INVALID_INPUT", problem, { field: `deadlines[${i}].day` });
    }
  });
  if (settings.validTo && settings.validTo < regime.validFrom) {
    throw new UserError(
      "INVALID_INPUT",
      `Ngày ngừng áp dụng không được trước ngày bắt đầu áp dụng (${regime.validFrom}).`,
      { field: "validTo" },
    );
  }
}
