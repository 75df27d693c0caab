import { type CompletenessCounts, countCompleteness } from "../domain/completeness.js";
import { UserError } from "../domain/errors.js";
import { formulaDependencies } from "../domain/formula.js";
import { aggregate, type ComponentResolver } from "../domain/indicator.js";
import { firstSentence, groupNotes } from "../domain/note-groups.js";
import { cutoffWindow, formatPeriodCode, nextPeriod, parsePeriodCode, periodLabel } from "../domain/period.js";
import type { ReportContent, SectionContent, ValueContent } from "../domain/report.js";
import { consolidationSubject } from "../domain/report-subject.js";
import { formatVnNumber } from "../domain/vn-number.js";
import type { AnalyticsActor, AnalyticsScope } from "../policies/analytics.js";
import { findConsolidationSources } from "../storage/analytics-consolidation.js";
import { appendAudit } from "../storage/audit.js";
import {
  type CurrentReportRef,
  findCurrentReport,
  replaceConsolidationDraft,
} from "../storage/consolidation-drafts.js";
import { insertReportContent } from "../storage/report-content.js";
import { todayInVietnam } from "../storage/sql-helpers.js";
import { inTransaction } from "../storage/transaction.js";
import { loadAnalyticsSetup, regimePeriodKind } from "./analytics/analytics-setup.js";
import { type CompletenessCell, completenessCells } from "./analytics/completeness-cells.js";
import type { AppContext } from "./context.js";
import { exploreIndicators } from "./explore-indicators.js";

export interface ConsolidateReportsOptions {
  actor: AnalyticsActor | null;
  regimeCode: string;
  /** The receiving unit whose own report this becomes (the ministry's office, a province's people's committee). */
  receivingUnitCode: string;
  periodCode: string;
  /** Key indicators to total and rank; default: the regime's required indicators, else its first five. */
  indicatorCodes?: string[] | undefined;
  /** false: build the draft without storing it (a preview). */
  store?: boolean | undefined;
  /**
   * Regenerate ("Lập lại") the existing consolidated draft instead of creating one: the edit stamp it was read
   * at (`existing.version`); refused when someone edited it since.
   */
  baseVersion?: number | undefined;
  today?: string | undefined;
}

export interface ConsolidatedHighlight {
  unitCode: string;
  unitName: string;
  reportId: number;
  sectionId: number;
  sectionTitle: string;
  text: string;
  /** Where the source section opens in the web app. */
  link: string;
}

/** The receiving unit's current report for the regime and period, when it already has one. */
export interface ExistingConsolidation {
  reportId: number;
  state: string;
  origin: string;
  /** The edit stamp a regeneration must be based on. */
  version: number;
  /** Still a consolidated draft: "Lập lại" may replace its content. */
  canRegenerate: boolean;
}

export interface ConsolidatedSummary {
  reportId: number | null;
  existing: ExistingConsolidation | null;
  content: ReportContent;
  counts: CompletenessCounts;
  late: CompletenessCell[];
  missing: CompletenessCell[];
  highlights: ConsolidatedHighlight[];
}

const HIGHLIGHTS_PER_UNIT = 3;
// A receiver in a central unit receives from every province; one in a province from that province.
const CENTRAL_UNIT_KINDS: ReadonlySet<string> = new Set(["country", "government", "ministry", "ministry_unit"]);

function scopeOfReceiver(kind: string, provinceCode: string | null): AnalyticsScope {
  const central = CENTRAL_UNIT_KINDS.has(kind);
  return {
    all: false,
    ownUnitIds: [],
    releasedAll: central,
    releasedProvinceCodes: !central && provinceCode ? [provinceCode] : [],
  };
}

/**
 * Drafts the receiving unit's own report for a period from its subordinates' SENT reports: who reported late or
 * not at all, totals and rankings of the key indicators, each province's highlights linked to their source
 * section, and the difficulties and recommendations grouped by theme. Stored as a draft (origin "consolidated")
 * unless `store` is false.
 */
export async function consolidateReports(
  ctx: AppContext,
  options: ConsolidateReportsOptions,
): Promise<ConsolidatedSummary> {
  const setup = await loadAnalyticsSetup(ctx, options.regimeCode);
  const receiver = setup.byCode.get(options.receivingUnitCode);
  if (!receiver) {
    throw new UserError("NOT_FOUND", `Không tìm thấy đơn vị có mã "${options.receivingUnitCode}".`, { field: "unit" });
  }
  // Anyone acting for the receiving unit may preview; storing a draft takes its office or leader (or an
  // administrator), who can then open and edit it: a receiver alone could not see the draft it made.
  const stores = options.store !== false;
  if (
    options.actor &&
    !options.actor.roles.some(
      (r) =>
        r.role === "admin" ||
        (r.unitId === receiver.id &&
          (r.role === "office" || r.role === "leader" || (!stores && r.role === "receiver"))),
    )
  ) {
    throw new UserError(
      "FORBIDDEN",
      stores
        ? "Chỉ văn phòng hoặc lãnh đạo của đơn vị mới lập được dự thảo báo cáo tổng hợp cho đơn vị này."
        : "Bạn không có quyền lập báo cáo tổng hợp cho đơn vị này.",
      { field: "unit" },
    );
  }
  const period = parsePeriodCode(options.periodCode, "period");
  if (period.kind !== regimePeriodKind(setup.regime)) {
    throw new UserError(
      "INVALID_INPUT",
      `Kỳ ${options.periodCode} không phải là kỳ của chế độ báo cáo "${setup.regime.code}".`,
      {
        field: "period",
      },
    );
  }
  const periodCode = formatPeriodCode(period);
  const label = periodLabel(period);
  const scope = scopeOfReceiver(receiver.kind, receiver.provinceCode ?? null);
  const today = options.today ?? todayInVietnam();
  const cells = await completenessCells(ctx, setup, [period], scope, today);
  const counts = countCompleteness(cells, today);
  const sent = cells.filter((c) => c.state === "sent" && c.reportId !== null);
  const late = cells.filter((c) => c.timeliness === "late").sort((a, b) => b.daysLate - a.daysLate);
  const missing = cells.filter((c) => c.state !== "sent");

  const keyCodes =
    options.indicatorCodes ??
    (setup.regime.indicators.some((i) => i.isRequired)
      ? setup.regime.indicators.filter((i) => i.isRequired)
      : setup.regime.indicators.slice(0, 5)
    ).map((i) => i.indicatorCode);
  const asOf = cutoffWindow(period, setup.regime.cutoff).to;
  // A ratio's total is recomputed from its parts' totals, so the parts are read too.
  const withParts = new Set(keyCodes);
  for (const code of keyCodes) {
    const indicator = setup.catalogue.get(code);
    if (indicator?.formula) for (const part of formulaDependencies(indicator.formula)) withParts.add(part);
    for (const part of [indicator?.numeratorCode, indicator?.denominatorCode]) if (part) withParts.add(part);
  }
  const explorer =
    keyCodes.length > 0 && cells.length > 0
      ? await exploreIndicators(ctx, {
          actor: null,
          regimeCode: setup.regime.code,
          indicatorCodes: [...withParts],
          units: { codes: sent.map((c) => c.unitCode) },
          periodCodes: [periodCode],
          asOf,
          onlyStates: ["sent"],
        })
      : null;
  const catalogue = setup.catalogue;

  const figureLines: string[] = [];
  const values: ValueContent[] = [];
  for (const code of keyCodes) {
    const indicator = catalogue.get(code);
    if (!indicator || !explorer) continue;
    const valuesOf = (of: string) =>
      explorer.cells
        .filter((c) => c.indicatorCode === of && c.disaggregation === "")
        .map((c) => ({ value: c.value, unitCode: c.unitCode }));
    const resolve: ComponentResolver = (part) => {
      const definition = catalogue.get(part);
      return definition ? { indicator: definition, values: valuesOf(part) } : undefined;
    };
    const total = aggregate(indicator, valuesOf(code), "units", resolve).value;
    const ranking = explorer.rankings.find((r) => r.indicatorCode === code);
    const top = (ranking?.entries ?? []).filter((e) => e.rank !== null).slice(0, 3);
    const unit = indicator.unitOfMeasure && indicator.unitOfMeasure !== "%" ? ` ${indicator.unitOfMeasure}` : "";
    const pct = indicator.valueType === "percent" ? "%" : "";
    const parts = [
      total !== null ? `${pct ? "chung" : "tổng"} ${formatVnNumber(total)}${pct}${unit}` : null,
      top.length > 0
        ? `cao nhất: ${top.map((e) => `${e.unitName} (${formatVnNumber(e.value ?? 0)}${pct}${unit})`).join("; ")}`
        : null,
    ].filter((p): p is string => p !== null);
    figureLines.push(`- ${indicator.name}: ${parts.length > 0 ? parts.join("; ") : "chưa có số liệu"}.`);
    if (total !== null) values.push({ indicatorCode: code, value: total, provenance: "computed" });
  }

  const sources = await findConsolidationSources(
    ctx.database.db,
    sent.map((c) => c.reportId!),
  );
  const highlights: ConsolidatedHighlight[] = [];
  const notes: { kind: "difficulty" | "recommendation"; text: string; unitName: string }[] = [];
  for (const cell of sent) {
    const source = sources.get(cell.reportId!);
    if (!source) continue;
    for (const section of source.sections.filter((s) => s.level >= 2).slice(0, HIGHLIGHTS_PER_UNIT)) {
      highlights.push({
        unitCode: cell.unitCode,
        unitName: cell.unitName,
        reportId: source.reportId,
        sectionId: section.id,
        sectionTitle: section.title,
        text: firstSentence(section.body),
        link: `/reports/${source.reportId}#section-${section.id}`,
      });
    }
    for (const note of source.notes) notes.push({ ...note, unitName: cell.unitName });
  }

  const rate = (n: number | null) => (n === null ? "0" : formatVnNumber(n, { maxDecimals: 1 }));
  const completenessBody = [
    `Có ${counts.byState.sent}/${counts.expected} đơn vị đã gửi báo cáo ${label} (${rate(counts.sentRate)}%), ` +
      `trong đó ${counts.onTime} đơn vị gửi đúng hạn, ${counts.late} đơn vị gửi muộn.`,
    late.length > 0 ? `Đơn vị gửi muộn: ${late.map((c) => `${c.unitName} (${c.daysLate} ngày)`).join("; ")}.` : "",
    missing.length > 0 ? `Đơn vị chưa gửi báo cáo: ${missing.map((c) => c.unitName).join("; ")}.` : "",
  ]
    .filter((p) => p !== "")
    .join("\n\n");
  const grouped = (kind: "difficulty" | "recommendation") =>
    groupNotes(notes.filter((n) => n.kind === kind))
      .map((g) => `${g.title}:\n${g.items.map((n) => `- ${n.unitName}: ${n.text}`).join("\n")}`)
      .join("\n\n");
  const byUnit = new Map<string, ConsolidatedHighlight[]>();
  for (const h of highlights) byUnit.set(h.unitName, [...(byUnit.get(h.unitName) ?? []), h]);

  const sections: SectionContent[] = [
    { templateKey: "tinh-hinh-gui", number: "I", title: "TÌNH HÌNH GỬI BÁO CÁO", level: 1, body: completenessBody },
    { templateKey: "so-lieu", number: "II", title: "SỐ LIỆU CHỦ YẾU", level: 1, body: figureLines.join("\n") },
    { templateKey: "noi-bat", number: "III", title: "KẾT QUẢ NỔI BẬT CỦA CÁC ĐỊA PHƯƠNG", level: 1, body: "" },
    ...[...byUnit.entries()].map(
      ([unitName, items], i): SectionContent => ({
        number: String(i + 1),
        title: unitName,
        level: 2,
        body: items.map((h) => `- ${h.text} (nguồn: mục "${h.sectionTitle}", ${h.link})`).join("\n"),
      }),
    ),
    {
      templateKey: "kho-khan",
      number: "IV",
      title: "KHÓ KHĂN, VƯỚNG MẮC",
      level: 1,
      contentKind: "difficulties",
      body: grouped("difficulty"),
    },
    {
      templateKey: "kien-nghi",
      number: "V",
      title: "ĐỀ XUẤT, KIẾN NGHỊ",
      level: 1,
      contentKind: "recommendations",
      body: grouped("recommendation"),
    },
  ];
  const content: ReportContent = {
    regimeCode: setup.regime.code,
    unitCode: receiver.code,
    periodCode,
    state: "draft",
    origin: "consolidated",
    docType: "BC",
    number: null,
    numberText: null,
    title: consolidationSubject(setup.regime.name, label),
    place: null,
    issuedOn: null,
    addressee: null,
    signerName: null,
    signerTitle: null,
    signingAuthority: null,
    recipients: [],
    nextPeriodCode: formatPeriodCode(nextPeriod(period)),
    sections,
    values,
    tasks: [],
    difficulties: notes.filter((n) => n.kind === "difficulty").map((n) => `${n.unitName}: ${n.text}`),
    recommendations: notes.filter((n) => n.kind === "recommendation").map((n) => `${n.unitName}: ${n.text}`),
    references: [],
    findings: [],
  };
  const db = ctx.database.db;
  const key = { regimeId: setup.regime.id, unitId: receiver.id, periodCode };
  const existingOf = (found: CurrentReportRef | null): ExistingConsolidation | null =>
    found && {
      reportId: found.id,
      state: found.state,
      origin: found.origin,
      version: found.editStamp,
      canRegenerate: found.state === "draft" && found.origin === "consolidated",
    };
  const summary = { content, counts, late, missing, highlights };
  if (options.store === false) {
    return { ...summary, reportId: null, existing: existingOf(await findCurrentReport(db, key)) };
  }
  const sourceIds = sent.map((c) => c.reportId);
  const stored = await inTransaction(db, async (trx) => {
    const found = await findCurrentReport(trx, key);
    if (options.baseVersion === undefined) {
      if (found) {
        throw new UserError(
          "ALREADY_EXISTS",
          `${receiver.code} đã có báo cáo số ${found.id} theo chế độ "${setup.regime.code}" cho ${label}. ` +
            "Hãy mở báo cáo đó, hoặc lập lại nội dung nếu nó còn là dự thảo tổng hợp.",
          { field: "unit" },
          { existing: existingOf(found) },
        );
      }
      const created = await insertReportContent(trx, content, { createdBy: options.actor?.userId ?? null });
      await appendAudit(trx, {
        actorId: options.actor?.userId ?? null,
        action: "create",
        entity: "report",
        entityId: created.id,
        reportId: created.id,
        toState: "draft",
        details: { origin: "consolidated", sources: sourceIds },
      });
      return created.id;
    }
    if (!found) {
      throw new UserError(
        "NOT_FOUND",
        `Chưa có dự thảo tổng hợp của ${receiver.code} cho ${label} để lập lại; hãy tạo dự thảo mới.`,
        { field: "baseVersion" },
      );
    }
    const version = await replaceConsolidationDraft(trx, {
      reportId: found.id,
      baseStamp: options.baseVersion,
      content,
      userId: options.actor?.userId ?? null,
    });
    await appendAudit(trx, {
      actorId: options.actor?.userId ?? null,
      action: "regenerate",
      entity: "report",
      entityId: found.id,
      reportId: found.id,
      fromState: "draft",
      toState: "draft",
      details: { origin: "consolidated", sources: sourceIds, fromVersion: options.baseVersion, toVersion: version },
    });
    return found.id;
  });
  return { ...summary, reportId: stored, existing: existingOf(await findCurrentReport(db, key)) };
}
