/**
 * Calendar arithmetic on ISO "YYYY-MM-DD" strings, always in UTC so that no local timezone can shift a day.
 */
import { UserError } from "./errors.js";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A calendar date split into its parts (month 1–12). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** True for Gregorian leap years (2024, 2028, 2000; not 2100). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when `text` is a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** Splits an ISO date; a malformed or impossible date ("2025-02-30") is a UserError. */
export function parseIsoDate(text: string, field = "date"): DateParts {
  if (!isIsoDate(text)) {
    throw new UserError("invalid_date", `Ngày "${text}" không hợp lệ: cần dạng NNNN-TT-NN, ví dụ 2025-07-01.`, {
      field,
    });
  }
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) };
}

/** Writes a date as "YYYY-MM-DD"; the parts must already be valid. */
export function formatIsoDate(parts: DateParts): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

/** Builds a date from parts, clamping the day to the month's length (31 February → 28 or 29). */
export function clampedDate(year: number, month: number, day: number): string {
  return formatIsoDate({ year, month, day: Math.min(Math.max(day, 1), daysInMonth(year, month)) });
}

/** Moves a (year, month) pair by `offset` months, across year boundaries in both directions. */
export function addMonths(year: number, month: number, offset: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

function toEpochDay(text: string): number {
  const { year, month, day } = parseIsoDate(text);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromEpochDay(epochDay: number): string {
  const date = new Date(epochDay * DAY_MS);
  return formatIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** The date `days` calendar days after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

/** Writes an ISO date the Vietnamese way, "14/03/2021". */
export function formatVietnameseDate(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}
