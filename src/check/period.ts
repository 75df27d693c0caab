import type { DateWindow } from "../domain/period.js";
import type { Finding, PeriodRef } from "../domain/report.js";
import type { CitationInText } from "./citations-in-text.js";
import { periodMentions } from "./report-period.js";
import { lineAt, type ReportText, sentenceSpans } from "./report-text.js";

/** The report's own period, the next one (its plan), its issue date and its cut-off window, as far as known. */
export interface PeriodContext {
  period: PeriodRef | null;
  nextPeriod: PeriodRef | null;
  /** Issue date as far as it is known (a blank day is common: "ngày   tháng 8 năm 2020"). */
  issue: { year: number; month: number | null; day: number | null } | null;
  window: DateWindow | null;
}

const PERIOD_WORD: Record<string, string> = {
  month: "tháng",
  quarter: "quý",
  half: "6 tháng",
  nine_months: "9 tháng",
  year: "năm",
};

/** Periods and dates that contradict the report's own period, dates after its issue, dates that do not exist. */
export function checkPeriod(text: ReportText, citations: readonly CitationInText[], ctx: PeriodContext): Finding[] {
  return [
    ...impossibleDates(text),
    ...bareMonthInLongerReport(text, ctx),
    ...otherPeriodInHeadings(text, ctx),
    ...cumulativeToOtherMonth(text, ctx),
    ...datesAfterIssue(citations, ctx),
    ...planSpanBeforeYear(text),
  ];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const NUMERIC_DATE = /(?<![\d/.,])(?:(ngày)\s*)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d/])/giu;
const WORDED_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;

function impossibleDates(text: ReportText): Finding[] {
  const out: Finding[] = [];
  for (const p of text.paragraphs) {
    const check = (dayRaw: string, monthRaw: string, yearRaw: string | undefined, at: number, quote: string) => {
      const day = Number(dayRaw);
      const month = Number(monthRaw);
      const year = yearRaw ? Number(yearRaw) : 2000; // a leap year: without a year only 29/2 is allowed
      const bad = month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month);
      if (!bad) return;
      out.push({
        kind: "period",
        message:
          month < 1 || month > 12
            ? `Ngày không tồn tại: tháng ${month} không có`
            : `Ngày không tồn tại: tháng ${month}${yearRaw ? `/${yearRaw}` : ""} chỉ có ${daysInMonth(year, month)} ngày`,
        quote,
        line: lineAt(p, at),
      });
    };
    NUMERIC_DATE.lastIndex = 0;
    for (let m = NUMERIC_DATE.exec(p.text); m; m = NUMERIC_DATE.exec(p.text)) {
      // "01/40 hồ sơ" is a fraction: only "ngày 31/6" or a full "31/6/2020" is a date.
      if (!m[1] && !m[4]) continue;
      check(m[2]!, m[3]!, m[4], m.index, m[0].trim());
    }
    WORDED_DATE.lastIndex = 0;
    for (let m = WORDED_DATE.exec(p.text); m; m = WORDED_DATE.exec(p.text)) check(m[1]!, m[2]!, m[3], m.index, m[0]);
  }
  return out;
}

/** "... nổi bật của tỉnh trong tháng" in a 6-month report: a sentence carried over from a monthly one. */
function bareMonthInLongerReport(text: ReportText, ctx: PeriodContext): Finding[] {
  const kind = ctx.period?.kind;
  if (!kind || !["quarter", "half", "nine_months", "year"].includes(kind)) return [];
  const out: Finding[] = [];
  const re =
    /(?<!\p{L})(trong tháng|tháng này)(?!\s*(?:\d|[IVX]+\b|tới|sau|trước|cuối|đầu|cao điểm|hành động|\/))(?!\p{L})/giu;
  for (const p of text.paragraphs) {
    re.lastIndex = 0;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      // "trong Tháng Thanh niên": a named month of action, not the reporting month.
      if (/^\s+\p{Lu}/u.test(p.text.slice(m.index + m[0].length))) continue;
      const before = p.text.slice(0, m.index).trim().split(/\s+/).slice(-8).join(" ");
      out.push({
        kind: "period",
        message: `Báo cáo ${PERIOD_WORD[kind]} nhưng câu này viết "${m[1]}" (có thể chép từ báo cáo tháng)`,
        quote: `${before} ${m[0]}`.replace(/^[,;:\s]+/, "").trim(),
        line: lineAt(p, m.index),
      });
    }
  }
  return out;
}

/** "Quý II" in a heading (or the closing "Trên đây là ...") of a Q3 report: a period other than its own or the next. */
function otherPeriodInHeadings(text: ReportText, ctx: PeriodContext): Finding[] {
  const own = ctx.period;
  if (!own || own.index == null) return [];
  const out: Finding[] = [];
  for (const l of text.lines) {
    const isClosing = /^Trên đây là/iu.test(l.text);
    if (!isClosing && !l.isHeading && !/^(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*)[.)]\s/u.test(l.text)) continue;
    if (!isClosing && l.text.split(/\s+/).length > 25) continue;
    for (const m of periodMentions(l.text, own.year)) {
      const p = m.period;
      if (p.kind !== own.kind) continue;
      const same = (q: PeriodRef | null) => q !== null && q.kind === p.kind && q.year === p.year && q.index === p.index;
      if (same(own) || same(ctx.nextPeriod)) continue;
      if (/so với|cùng kỳ|lũy kế|luỹ kế|từ|đến/iu.test(l.text.slice(Math.max(0, m.start - 20), m.start))) continue;
      out.push({
        kind: "period",
        message: `${isClosing ? "Câu kết" : "Đề mục"} nêu ${l.text.slice(m.start, m.end)} nhưng báo cáo là của ${describe(own)}`,
        quote: isClosing ? l.text.slice(0, m.end) : l.text,
        line: l.line,
      });
    }
  }
  return out;
}

/** "lũy kế đến hết tháng 9" in an October report. */
function cumulativeToOtherMonth(text: ReportText, ctx: PeriodContext): Finding[] {
  const own = ctx.period;
  if (!own || own.index == null || !["month", "quarter", "half"].includes(own.kind)) return [];
  const months =
    own.kind === "month"
      ? [own.index]
      : own.kind === "quarter"
        ? [own.index * 3 - 2, own.index * 3 - 1, own.index * 3]
        : [own.index * 6];
  const out: Finding[] = [];
  const re =
    /(?:lũy kế|luỹ kế|tính)(?:\s+từ đầu năm)?\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:ngày\s+\d{1,2}\/)?tháng\s+(\d{1,2})(?:\s*(?:\/|năm)\s*(\d{4}))?/giu;
  for (const p of text.paragraphs) {
    re.lastIndex = 0;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      const month = Number(m[1]);
      const year = m[2] ? Number(m[2]) : own.year;
      if (year === own.year && months.includes(month)) continue;
      out.push({
        kind: "period",
        message: `Số lũy kế tính đến tháng ${month}/${year} nhưng báo cáo là của ${describe(own)}`,
        quote: m[0],
        line: lineAt(p, m.index),
      });
    }
  }
  return out;
}

/** A cited document dated after the report was issued (or, issue date unknown, well after its cut-off). */
function datesAfterIssue(citations: readonly CitationInText[], ctx: PeriodContext): Finding[] {
  const limit = latestPossibleDate(ctx);
  if (!limit) return [];
  const out: Finding[] = [];
  for (const c of citations) {
    if (!c.date) continue;
    const { day, month, year } = c.date;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) continue; // reported as impossible
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (iso <= limit.iso) continue;
    out.push({
      kind: "period",
      message: `Văn bản ${c.code.code} ghi ngày ${day}/${month}/${year}, sau ${limit.label}`,
      quote: c.quote,
      line: c.line,
    });
  }
  return out;
}

function latestPossibleDate(ctx: PeriodContext): { iso: string; label: string } | null {
  const issue = ctx.issue;
  if (issue?.month) {
    const day = issue.day ?? daysInMonth(issue.year, issue.month);
    return {
      iso: `${issue.year}-${String(issue.month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      label: issue.day
        ? `ngày ban hành báo cáo ${issue.day}/${issue.month}/${issue.year}`
        : `tháng ban hành báo cáo ${issue.month}/${issue.year}`,
    };
  }
  if (ctx.window) {
    // Without an issue date: the cut-off plus one month, a generous bound for the report's writing.
    const to = new Date(`${ctx.window.to}T00:00:00Z`);
    to.setUTCMonth(to.getUTCMonth() + 1);
    return {
      iso: to.toISOString().slice(0, 10),
      label: `kỳ báo cáo (số liệu đến ${ctx.window.to.split("-").reverse().join("/")})`,
    };
  }
  return null;
}

/** "Kế hoạch ... năm 2021 và Kế hoạch giai đoạn 2020-2025": a plan span that starts before the plan year next to it. */
function planSpanBeforeYear(text: ReportText): Finding[] {
  const out: Finding[] = [];
  const re =
    /năm (\d{4})\s+(?:và|,)\s+((?:(?:Kế hoạch|kế hoạch|Chương trình|chương trình|Đề án|đề án)\s+)?giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4}))/gu;
  for (const p of text.paragraphs) {
    for (const span of sentenceSpans(p.text)) {
      const s = p.text.slice(span.start, span.end);
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const year = Number(m[1]);
        const from = Number(m[3]);
        const to = Number(m[4]);
        if (!(from < year && year <= to)) continue;
        out.push({
          kind: "period",
          message: `Kế hoạch năm ${year} đi kèm giai đoạn ${from}-${to} bắt đầu trước năm ${year} (giai đoạn tiếp theo là ${year}-${to}?)`,
          quote: m[2]!,
          line: lineAt(p, span.start + m.index + m[0].indexOf(m[2]!)),
        });
      }
    }
  }
  return out;
}

function describe(p: PeriodRef): string {
  switch (p.kind) {
    case "month":
      return `tháng ${p.index}/${p.year}`;
    case "quarter":
      return `quý ${["I", "II", "III", "IV"][(p.index ?? 1) - 1]}/${p.year}`;
    case "half":
      return `6 tháng ${p.index === 2 ? "cuối" : "đầu"} năm ${p.year}`;
    case "nine_months":
      return `9 tháng năm ${p.year}`;
    default:
      return `năm ${p.year}`;
  }
}
