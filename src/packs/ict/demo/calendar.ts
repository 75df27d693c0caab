/** Month arithmetic for the demo: months as a running index (year × 12 + month − 1), ISO dates, weekdays. */

export interface YearMonth {
  year: number;
  month: number;
}

export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function fromMonthIndex(index: number): YearMonth {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** "2025-07" → month index; throws on anything else. */
export function parseMonthCode(code: string): number {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  if (!match) throw new RangeError(`Tháng không hợp lệ: "${code}" (cần dạng YYYY-MM, ví dụ 2025-07)`);
  return monthIndex(Number(match[1]), Number(match[2]));
}

const pad = (n: number) => String(n).padStart(2, "0");

export function monthCode(index: number): string {
  const { year, month } = fromMonthIndex(index);
  return `${year}-${pad(month)}`;
}

/** Quarter of a month index: 1–4. */
export function quarterOf(index: number): number {
  return Math.floor((fromMonthIndex(index).month - 1) / 3) + 1;
}

export function quarterCode(year: number, quarter: number): string {
  return `${year}-Q${quarter}`;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function isWeekend(iso: string): boolean {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}
