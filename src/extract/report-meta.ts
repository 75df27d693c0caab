import type { PeriodRef, ReportMeta } from "../domain/report.js";
import type { ReportFooter } from "./footer.js";
import type { ReportHeader } from "./header.js";
import type { BodyHeading } from "./headings.js";
import { findPeriods, nextPeriodOf } from "./periods.js";
import { mostNamedProvince, provinceInHeader, provinceNamed } from "./provinces.js";
import { fold } from "./section-kind.js";
import type { SourceLine } from "./source-line.js";

const PLAN_WORDS = /(?:ke hoach|phuong huong|nhiem vu|trien khai|du kien|chuong trinh)[^.]*$/;
const INTRO = /(?:nhiem vu|phuong huong|ke hoach|giai phap)[^.:]*:\s*/;

/** Builds the report metadata from the header, the footer, the outline and the text. */
export function buildMeta(
  lines: readonly SourceLine[],
  header: ReportHeader,
  footer: ReportFooter,
  headings: readonly BodyHeading[],
): ReportMeta {
  const { period, nextPeriod } = findReportPeriods(lines, header, headings, footer.start);
  const province =
    (header.place ? provinceNamed(header.place) : null) ??
    provinceInHeader(`${header.parentAgency ?? ""} ${header.agency ?? ""}`) ??
    mostNamedProvince(lines.map((l) => l.text).join("\n"));
  return {
    docType: header.docType,
    number: header.number,
    title: header.title,
    place: header.place,
    issueYear: header.issueYear,
    issueMonth: header.issueMonth,
    issueDay: header.issueDay,
    province,
    period,
    nextPeriod,
    signerName: footer.signerName,
    signerTitle: footer.signerTitle,
    signingAuthority: footer.signingAuthority,
    recipients: footer.recipients,
    agency: header.agency,
    parentAgency: header.parentAgency,
    addressees: header.addressees,
  };
}

function findReportPeriods(
  lines: readonly SourceLine[],
  header: ReportHeader,
  headings: readonly BodyHeading[],
  bodyEnd: number,
): { period: PeriodRef | null; nextPeriod: PeriodRef | null } {
  let period: PeriodRef | null = null;
  let next: PeriodRef | null = null;
  const title = header.title ?? "";
  const inTitle = findPeriods(title);
  if (inTitle[0]) {
    period = inTitle[0].period;
    const folded = fold(title);
    for (const m of inTitle.slice(1)) {
      if (PLAN_WORDS.test(folded.slice(0, m.start)) && !samePeriod(m.period, period)) {
        next = m.period;
        break;
      }
    }
  }
  if (!period) {
    for (const h of headings) {
      const found = findPeriods(h.title)[0];
      if (found && h.sectionKind !== "tasks") {
        period = found.period;
        break;
      }
    }
  }
  if (!period) {
    const limit = Math.min(bodyEnd, header.bodyStart + 30);
    for (let i = header.bodyStart; i < limit && !period; i++) {
      const found = findPeriods(lines[i]!.text)[0];
      if (found) period = found.period;
    }
  }
  if (period && !period.year && header.issueYear) period.year = header.issueYear;
  if (period && !next) next = nextFromPlan(lines, headings, header.bodyStart, bodyEnd, period);
  if (next && !next.year && period) next.year = period.year;
  if (period && !next) next = nextPeriodOf(period);
  return { period, nextPeriod: next };
}

function nextFromPlan(
  lines: readonly SourceLine[],
  headings: readonly BodyHeading[],
  start: number,
  end: number,
  period: PeriodRef,
): PeriodRef | null {
  for (const h of headings) {
    if (h.sectionKind !== "tasks") continue;
    const found = findPeriods(h.title).find((m) => !samePeriod(m.period, period) && isAfter(m.period, period));
    if (found) return found.period;
  }
  for (let i = start; i < end; i++) {
    const folded = fold(lines[i]!.text);
    const intro = INTRO.exec(folded);
    if (!intro) continue;
    const found = findPeriods(lines[i]!.text.slice(0, intro.index + intro[0].length)).find(
      (m) => !samePeriod(m.period, period) && isAfter(m.period, period),
    );
    if (found) return found.period;
  }
  return null;
}

function samePeriod(a: PeriodRef, b: PeriodRef): boolean {
  return a.kind === b.kind && a.year === b.year && (a.index ?? null) === (b.index ?? null);
}

function isAfter(a: PeriodRef, b: PeriodRef): boolean {
  if (a.year && b.year && a.year !== b.year) return a.year > b.year;
  const endMonth = (p: PeriodRef): number => {
    const i = p.index ?? 0;
    switch (p.kind) {
      case "month":
        return i;
      case "quarter":
        return i * 3;
      case "half":
        return i * 6;
      case "year":
        return 12;
      default:
        return i;
    }
  };
  return endMonth(a) > endMonth(b);
}
