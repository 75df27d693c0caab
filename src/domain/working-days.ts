/**
 * Working days: Monday to Friday except public holidays, which are data (the reference list of Vietnamese
 * holidays, including Tết and compensatory days off) passed in by the caller.
 */
import { addDays, dayOfWeek, parseIsoDate } from "./iso-date.js";

/** Public holidays as ISO dates; an array is accepted for convenience, a Set is faster for long lists. */
export type Holidays = ReadonlySet<string> | readonly string[];

const NO_HOLIDAYS: ReadonlySet<string> = new Set();

function asSet(holidays: Holidays | undefined): ReadonlySet<string> {
  if (!holidays) return NO_HOLIDAYS;
  if (Array.isArray(holidays)) return new Set(holidays);
  return holidays as ReadonlySet<string>;
}

/** True on Saturday and Sunday. */
export function isWeekend(date: string): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** True when the date is neither a weekend day nor one of `holidays`. */
export function isWorkingDay(date: string, holidays?: Holidays): boolean {
  parseIsoDate(date);
  return !isWeekend(date) && !asSet(holidays).has(date);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: string, holidays?: Holidays): string {
  const set = asSet(holidays);
  let current = addDays(date, 1);
  while (!isWorkingDay(current, set)) current = addDays(current, 1);
  return current;
}

/** `date` itself when it is a working day, otherwise the next one (how a deadline on a day off moves). */
export function workingDayOnOrAfter(date: string, holidays?: Holidays): string {
  const set = asSet(holidays);
  return isWorkingDay(date, set) ? date : nextWorkingDay(date, set);
}

/**
 * The date `count` working days after `date` (before it when negative); 0 returns `date` unchanged, even on a
 * day off, because no working day has been counted yet.
 */
export function addWorkingDays(date: string, count: number, holidays?: Holidays): string {
  if (!Number.isInteger(count)) throw new Error(`addWorkingDays: count must be an integer, got ${count}`);
  const set = asSet(holidays);
  const step = count < 0 ? -1 : 1;
  let remaining = Math.abs(count);
  let current = date;
  parseIsoDate(date);
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current, set)) remaining -= 1;
  }
  return current;
}

/**
 * Working days after `from` up to and including `to` (so Friday → next Monday is 1); negative when `to` is
 * earlier than `from`, counting the working days after `to` up to and including `from`.
 */
export function workingDaysBetween(from: string, to: string, holidays?: Holidays): number {
  const set = asSet(holidays);
  parseIsoDate(from, "from");
  parseIsoDate(to, "to");
  if (to < from) return -workingDaysBetween(to, from, set);
  let count = 0;
  for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
    if (isWorkingDay(current, set)) count += 1;
  }
  return count;
}
