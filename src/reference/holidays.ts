/**
 * Public holidays (ngày nghỉ lễ, Tết) of Vietnam for 2019–2027, as days off for public servants.
 *
 * Statutory days: Labour Code 2012 Art. 115 until 2020 (10 days: 1/1, 5 days of Tết, Giỗ Tổ 10/3 lunar, 30/4,
 * 1/5, 2/9) and Labour Code 2019 Art. 112 from 2021 (11 days: 2/9 plus one adjacent day, 1/9 or 3/9, chosen each
 * year). A holiday on a weekend gives a compensation day (nghỉ bù) on the next working day (Decree 145/2020/NĐ-CP
 * Art. 58). The Tết days and the swaps (nghỉ hoán đổi, paid back by working a Saturday) are those announced each
 * year by the Ministry of Labour, Invalids and Social Affairs (to 2025) and the Ministry of Home Affairs (2026).
 * Lunar dates are checked against ./lunar-calendar.ts in the tests.
 *
 * What is listed: every holiday date (even on a weekend), every compensation day and every swapped day off; the
 * ordinary weekends around them are not listed. A Tết entry covers the whole block the announcement gives, from
 * its first to its last weekday, so it may include the weekend in its middle.
 * Entries marked `provisional` were not confirmed when this list was written: they follow the statutory rule
 * (and the usual pattern for Tết) and must be checked against the announcement for that year.
 */

// Not included: Ngày Văn hóa Việt Nam (24/11), chosen by the Politburo as a paid holiday; the Labour Code
// amendment that would make it one was still being drafted in early 2026 (Government Resolution 30/NQ-CP).

export type HolidayKind = "holiday" | "compensation" | "swap";

/** One day off, ISO date with its Vietnamese name. */
export interface PublicHoliday {
  date: string;
  name: string;
  kind: HolidayKind;
  /** For a swapped day off: the Saturday worked in exchange. */
  makeUpDate?: string;
  provisional?: boolean;
}

/** A Saturday worked to pay back a swapped day off (ngày làm bù). */
export interface MakeUpWorkingDay {
  date: string;
  name: string;
  /** The day off it pays back. */
  replaces: string;
}

const NEW_YEAR = "Tết Dương lịch";
const TET = "Tết Nguyên đán";
const HUNG_KINGS = "Giỗ Tổ Hùng Vương (10/3 âm lịch)";
const VICTORY = "Ngày Chiến thắng (30/4)";
const LABOUR = "Ngày Quốc tế Lao động (1/5)";
const NATIONAL = "Quốc khánh (2/9)";
const NATIONAL_EXTRA = "Quốc khánh (ngày liền kề)";

function day(date: string, name: string, provisional = false): PublicHoliday {
  return provisional ? { date, name, kind: "holiday", provisional } : { date, name, kind: "holiday" };
}

function compensation(date: string, forName: string, provisional = false): PublicHoliday {
  const entry: PublicHoliday = { date, name: `Nghỉ bù ${forName}`, kind: "compensation" };
  return provisional ? { ...entry, provisional } : entry;
}

function swap(date: string, makeUpDate: string): PublicHoliday {
  const [y, m, d] = makeUpDate.split("-");
  return { date, name: `Nghỉ hoán đổi (làm bù thứ Bảy ${d}/${m}/${y})`, kind: "swap", makeUpDate };
}

function tet(from: string, to: string, provisional = false): PublicHoliday[] {
  const days: PublicHoliday[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(day(new Date(t).toISOString().slice(0, 10), TET, provisional));
  }
  return days;
}

/** Every day off from public holidays, 2019–2027, in date order. */
export const publicHolidays: readonly PublicHoliday[] = [
  // 2019 (Labour Code 2012). 31/12/2018 was swapped with Saturday 05/01/2019 (outside this list's range).
  day("2019-01-01", NEW_YEAR),
  ...tet("2019-02-04", "2019-02-08"), // 30 Tết – mùng 4; off Sat 2/2 – Sun 10/2
  day("2019-04-14", HUNG_KINGS), // Sunday
  compensation("2019-04-15", HUNG_KINGS),
  swap("2019-04-29", "2019-05-04"),
  day("2019-04-30", VICTORY),
  day("2019-05-01", LABOUR),
  day("2019-09-02", NATIONAL),
  // 2020 (Labour Code 2012)
  day("2020-01-01", NEW_YEAR),
  ...tet("2020-01-23", "2020-01-29"), // 29 Tết – mùng 5, Tết on a Saturday
  day("2020-04-02", HUNG_KINGS),
  day("2020-04-30", VICTORY),
  day("2020-05-01", LABOUR),
  day("2020-09-02", NATIONAL),
  // 2021 (Labour Code 2019 from here on)
  day("2021-01-01", NEW_YEAR),
  ...tet("2021-02-10", "2021-02-16"), // 29 Tết – mùng 5
  day("2021-04-21", HUNG_KINGS),
  day("2021-04-30", VICTORY),
  day("2021-05-01", LABOUR), // Saturday
  compensation("2021-05-03", LABOUR),
  day("2021-09-02", NATIONAL),
  day("2021-09-03", NATIONAL_EXTRA),
  // 2022
  day("2022-01-01", NEW_YEAR), // Saturday
  compensation("2022-01-03", NEW_YEAR),
  ...tet("2022-01-31", "2022-02-04"), // 29 Tết (no 30th that year) – mùng 4; off Sat 29/1 – Sun 6/2
  day("2022-04-10", HUNG_KINGS), // Sunday
  compensation("2022-04-11", HUNG_KINGS),
  day("2022-04-30", VICTORY), // Saturday
  day("2022-05-01", LABOUR), // Sunday
  compensation("2022-05-02", VICTORY),
  compensation("2022-05-03", LABOUR),
  day("2022-09-01", NATIONAL_EXTRA),
  day("2022-09-02", NATIONAL),
  // 2023
  day("2023-01-01", NEW_YEAR), // Sunday
  compensation("2023-01-02", NEW_YEAR),
  ...tet("2023-01-20", "2023-01-26"), // 29 Tết – mùng 5, Tết on a Sunday
  day("2023-04-29", HUNG_KINGS), // Saturday
  day("2023-04-30", VICTORY), // Sunday
  day("2023-05-01", LABOUR),
  compensation("2023-05-02", HUNG_KINGS),
  compensation("2023-05-03", VICTORY),
  day("2023-09-01", NATIONAL_EXTRA),
  day("2023-09-02", NATIONAL), // Saturday
  compensation("2023-09-04", NATIONAL),
  // 2024
  day("2024-01-01", NEW_YEAR),
  ...tet("2024-02-08", "2024-02-14"), // 29 Tết – mùng 5, Tết on a Saturday
  day("2024-04-18", HUNG_KINGS),
  swap("2024-04-29", "2024-05-04"),
  day("2024-04-30", VICTORY),
  day("2024-05-01", LABOUR),
  day("2024-09-02", NATIONAL),
  day("2024-09-03", NATIONAL_EXTRA),
  // 2025
  day("2025-01-01", NEW_YEAR),
  ...tet("2025-01-27", "2025-01-31"), // 28 Tết – mùng 3; off Sat 25/1 – Sun 2/2
  day("2025-04-07", HUNG_KINGS),
  day("2025-04-30", VICTORY),
  day("2025-05-01", LABOUR),
  swap("2025-05-02", "2025-04-26"),
  day("2025-09-01", NATIONAL_EXTRA),
  day("2025-09-02", NATIONAL),
  // 2026 (Ministry of Home Affairs). New Year: off Thu 1/1 – Sun 4/1, Friday 2/1 swapped with Saturday 10/1
  // (Government Office letter 12729/VPCP-KGVX of 25/12/2025). Tết: off Sat 14/2 – Sun 22/2. The adjacent
  // National Day was not confirmed here: 1/9 is provisional.
  day("2026-01-01", NEW_YEAR),
  swap("2026-01-02", "2026-01-10"),
  ...tet("2026-02-16", "2026-02-20"), // 29 Tết (no 30th) – mùng 4
  day("2026-04-26", HUNG_KINGS), // Sunday
  compensation("2026-04-27", HUNG_KINGS),
  day("2026-04-30", VICTORY),
  day("2026-05-01", LABOUR),
  day("2026-09-01", NATIONAL_EXTRA, true),
  day("2026-09-02", NATIONAL),
  // 2027: not announced when written. Statutory days; Tết as 29 Tết – mùng 4 plus two compensation days
  // for mùng 1–2 on the weekend (provisional); 3/9 as the adjacent day (provisional).
  day("2027-01-01", NEW_YEAR),
  ...tet("2027-02-05", "2027-02-11", true), // Tết (mùng 1) on Saturday 6/2
  day("2027-04-16", HUNG_KINGS),
  day("2027-04-30", VICTORY),
  day("2027-05-01", LABOUR), // Saturday
  compensation("2027-05-03", LABOUR),
  day("2027-09-02", NATIONAL),
  day("2027-09-03", NATIONAL_EXTRA, true),
];

/** Saturdays worked to pay back swapped days off. */
export const makeUpWorkingDays: readonly MakeUpWorkingDay[] = [
  { date: "2019-01-05", name: "Làm bù ngày 31/12/2018", replaces: "2018-12-31" },
  ...publicHolidays
    .filter((h) => h.kind === "swap" && h.makeUpDate)
    .map((h) => {
      const [y, m, d] = h.date.split("-");
      return { date: h.makeUpDate ?? "", name: `Làm bù ngày ${d}/${m}/${y}`, replaces: h.date };
    }),
].sort((a, b) => a.date.localeCompare(b.date));

/** The holiday list as {date, name} pairs. */
export const holidays: readonly { date: string; name: string }[] = publicHolidays.map(({ date, name }) => ({
  date,
  name,
}));

const holidayDates = new Set(publicHolidays.map((h) => h.date));
const makeUpDates = new Set(makeUpWorkingDays.map((d) => d.date));

/** True when an ISO date is a working day: Monday–Friday and no holiday, or a make-up Saturday (holidays known 2019–2027 only). */
export function isWorkingDay(date: string): boolean {
  if (makeUpDates.has(date)) return true;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidayDates.has(date);
}
