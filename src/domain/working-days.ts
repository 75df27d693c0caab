/**
 * Working days: Monday to Friday except public holidays, which are data (the reference list of Vietnamese
 * holidays, including Tết and compensatory days off) passed in by the caller.
 */
import { addDays, dayOfWeek, parseIsoDate } from "./iso-date.js";

/** Days off and the Saturdays worked in exchange for a swapped day off (ngày làm bù), as ISO dates. */
export interface WorkingCalendar {
  holidays: Iterable<string>;
  makeUpWorkingDays?: Iterable<string>;
}

/**
 * Public holidays as ISO dates, or a calendar that also lists make-up working Saturdays. Lists are read once
 * per object and must not be changed afterwards (a Set is read live).
 */
export type Holidays = ReadonlySet<string> | readonly string[] | WorkingCalendar;

interface Normalized {
  off: ReadonlySet<string>;
  on: ReadonlySet<string>;
}

const EMPTY: ReadonlySet<string> = new Set();
const cache = new WeakMap<object, Normalized>();

function normalize(holidays: Holidays | undefined): Normalized {
  if (!holidays) return { off: EMPTY, on: EMPTY };
  const cached = cache.get(holidays);
  if (cached) return cached;
  let result: Normalized;
  if (holidays instanceof Set) result = { off: holidays, on: EMPTY };
  else if (Array.isArray(holidays)) result = { off: new Set(holidays), on: EMPTY };
  else {
    const calendar = holidays as WorkingCalendar;
    result = { off: new Set(calendar.holidays), on: new Set(calendar.makeUpWorkingDays ?? []) };
  }
  // Normalising once per list keeps loops over many dates linear even when callers pass arrays.
  cache.set(holidays, result);
  return result;
}

function isWorkingIn(date: string, calendar: Normalized): boolean {
  if (calendar.on.has(date)) return true;
  return !isWeekend(date) && !calendar.off.has(date);
}

/** True on Saturday and Sunday. */
export function isWeekend(date: string): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** True when the date is neither a weekend day nor a holiday, or is a make-up working Saturday. */
export function isWorkingDay(date: string, holidays?: Holidays): boolean {
  parseIsoDate(date);
  return isWorkingIn(date, normalize(holidays));
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: string, holidays?: Holidays): string {
  const calendar = normalize(holidays);
  let current = addDays(date, 1);
  while (!isWorkingIn(current, calendar)) current = addDays(current, 1);
  return current;
}

/** `date` itself when it is a working day, otherwise the next one (how a deadline on a day off moves). */
export function workingDayOnOrAfter(date: string, holidays?: Holidays): string {
  const calendar = normalize(holidays);
  return isWorkingIn(date, calendar) ? date : nextWorkingDay(date, holidays);
}

/**
 * The date `count` working days after `date` (before it when negative); 0 returns `date` unchanged, even on a
 * day off, because no working day has been counted yet.
 */
export function addWorkingDays(date: string, count: number, holidays?: Holidays): string {
  if (!Number.isInteger(count)) throw new Error(`addWorkingDays: count must be an integer, got ${count}`);
  const calendar = normalize(holidays);
  const step = count < 0 ? -1 : 1;
  let remaining = Math.abs(count);
  let current = date;
  parseIsoDate(date);
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingIn(current, calendar)) remaining -= 1;
  }
  return current;
}

/**
 * Working days after `from` up to and including `to` (so Friday → next Monday is 1); negative when `to` is
 * earlier than `from`, counting the working days after `to` up to and including `from`.
 */
export function workingDaysBetween(from: string, to: string, holidays?: Holidays): number {
  const calendar = normalize(holidays);
  parseIsoDate(from, "from");
  parseIsoDate(to, "to");
  if (to < from) return 0 - workingDaysBetween(to, from, holidays);
  let count = 0;
  for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
    if (isWorkingIn(current, calendar)) count += 1;
  }
  return count;
}
