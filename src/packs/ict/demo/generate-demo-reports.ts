import type { ExtractedReference, ReportContent, SectionContent, TaskContent } from "../../../domain/report.js";
import { getIctIndicator } from "../indicators.js";
import { getIctRegime } from "../regimes.js";
import { addDays, parseMonthCode } from "./calendar.js";
import { type DemoSlot, planSlots } from "./demo-slots.js";
import {
  demoDepartments,
  departmentNameOn,
  divisionCodeFor,
  divisionCodeForSuffix,
  MERGE_DATE,
  ministryNameOn,
  RENAME_DATE,
} from "./departments.js";
import type { NarrativeContext } from "./narrative-context.js";
import { createRng, type Rng } from "./prng.js";
import { sectionWriters } from "./section-writers.js";
import { type AreaSeries, SERIES_ORIGIN, simulateArea } from "./series.js";
import { applySlip, demoSlipFor } from "./slip.js";
import { pickIssues, planTasks, STATUS_WORDS, settleTasks } from "./task-pool.js";
import { composeValues, toValueContents } from "./values.js";

export interface DemoOptions {
  /** Province codes of today's units: "04" (Cao Bằng), "86" (Vĩnh Long and the three provinces merged into it). */
  provinces?: string[];
  /** First and last month (YYYY-MM) whose reports are written; defaults 2024-07 and 2026-10. */
  from?: string;
  to?: string;
  seed?: string | number;
}

const PRESS_FIELDS = new Set(["bao-chi", "ttcs", "ttdn"]);
const HEADER_LINES = 14;

/**
 * Writes the demo's monthly and quarterly ICT reports for the chosen provinces and months: realistic Vietnamese
 * text whose figures are the stored values, tasks carried from report to report, names and units as they were at
 * each date. Pure and deterministic: the same options give the same reports.
 */
export function generateDemoReports(options: DemoOptions = {}): ReportContent[] {
  const seed = options.seed ?? "baocao";
  const from = parseMonthCode(options.from ?? "2024-07");
  const to = parseMonthCode(options.to ?? "2026-10");
  if (from < SERIES_ORIGIN + 4) throw new RangeError("Dữ liệu mẫu chỉ bắt đầu từ tháng 5/2023 (from >= 2023-05).");
  if (to < from) throw new RangeError(`Khoảng thời gian không hợp lệ: ${options.from} sau ${options.to}.`);
  const provinces = options.provinces ?? ["04", "86"];
  const departments = demoDepartments.filter(
    (department) => provinces.includes(department.todayProvinceCode) || provinces.includes(department.provinceCode),
  );
  for (const code of provinces) {
    if (!demoDepartments.some((department) => department.provinceCode === code)) {
      throw new RangeError(`Không có dữ liệu mẫu cho tỉnh mã "${code}" (chỉ có 04 Cao Bằng, 86 Vĩnh Long).`);
    }
  }

  const series = new Map<string, AreaSeries>();
  for (const department of departments) {
    for (const area of department.areas) {
      if (!series.has(area.key)) series.set(area.key, simulateArea(area, seed, to));
    }
  }

  const slots = planSlots(departments, from, to, seed);
  // The latest period of each regime is still being written: a draft, without number or issue date.
  const latest = new Map<string, number>();
  for (const slot of slots) latest.set(slot.regimeCode, Math.max(latest.get(slot.regimeCode) ?? 0, slot.periodMonth));
  const isDraft = (slot: DemoSlot) => latest.get(slot.regimeCode) === slot.periodMonth;
  const numbers = assignNumbers(
    slots.filter((slot) => !isDraft(slot)),
    seed,
  );

  const written = new Map<string, ReportContent>();
  const ordered = [...slots].sort((a, b) => a.periodMonth - b.periodMonth);
  for (const slot of ordered) {
    const previous = previousTasks(slot, written);
    const report = writeReport(slot, {
      seed,
      isDraft: isDraft(slot),
      number: isDraft(slot) ? null : (numbers.get(slotKey(slot)) ?? null),
      areaSeries: slot.department.areas.map((area) => series.get(area.key)!),
      previous,
    });
    written.set(slotKey(slot), report);
  }
  return slots.map((slot) => written.get(slotKey(slot))!);
}

const slotKey = (slot: { department: { code: string }; regimeCode: string; periodCode: string }) =>
  `${slot.department.code}|${slot.regimeCode}|${slot.periodCode}`;

/** Report numbers run per department and year in issue order; other reports take the numbers in between. */
function assignNumbers(slots: DemoSlot[], seed: string | number): Map<string, number> {
  const numbers = new Map<string, number>();
  const counters = new Map<string, number>();
  const sorted = [...slots].sort(
    (a, b) => a.issuedOn.localeCompare(b.issuedOn) || a.regimeCode.localeCompare(b.regimeCode),
  );
  for (const slot of sorted) {
    const counterKey = `${slot.department.code}|${slot.issuedOn.slice(0, 4)}`;
    const rng = createRng(seed, slotKey(slot), "number");
    const next = (counters.get(counterKey) ?? 0) + rng.int(1, 5);
    counters.set(counterKey, next);
    numbers.set(slotKey(slot), next);
  }
  return numbers;
}

/** The tasks planned for this period: by the same department, or by its predecessors in the merge month. */
function previousTasks(slot: DemoSlot, written: Map<string, ReportContent>): TaskContent[] {
  const units = [slot.department.code];
  if (slot.department.fromMonth && slot.windowEnd >= MERGE_DATE && slot.windowStart < addDays(MERGE_DATE, 92)) {
    units.push("SO-84", "SO-83", "SO-86");
  }
  const seen = new Set<string>();
  const tasks: TaskContent[] = [];
  for (const unit of units) {
    const report = written.get(`${unit}|${slot.regimeCode}|${slot.previousPeriodCode}`);
    for (const task of report?.tasks ?? []) {
      if (task.status !== "planned" || seen.has(task.text)) continue;
      seen.add(task.text);
      tasks.push({
        ...task,
        // A task carried into the merged department goes to its division of the same kind, or to its office.
        divisionCode: divisionCodeForSuffix(
          slot.department,
          task.divisionCode?.slice(task.divisionCode.lastIndexOf("-") + 1) ?? "VP",
          slot.windowEnd,
        ),
      });
    }
  }
  return tasks;
}

interface WriteOptions {
  seed: string | number;
  isDraft: boolean;
  number: number | null;
  areaSeries: AreaSeries[];
  previous: TaskContent[];
}

function writeReport(slot: DemoSlot, options: WriteOptions): ReportContent {
  const { department } = slot;
  const regime = getIctRegime(slot.regimeCode);
  const rng = createRng(options.seed, slotKey(slot), "text");
  const referenceDate = options.isDraft ? slot.deadline : slot.issuedOn;
  const { name: departmentName, symbol } = departmentNameOn(department, referenceDate);
  const ministry = ministryNameOn(referenceDate);
  const isPressTransferred = slot.windowEnd >= RENAME_DATE;

  const codes = regime.indicators
    .map((ref) => ref.indicatorCode)
    .filter((code) => !(isPressTransferred && PRESS_FIELDS.has(getIctIndicator(code).field)));
  const values = composeValues(options.areaSeries, slot.months, codes);
  const slip = options.isDraft ? null : demoSlipFor(options.seed, department.code, slot.regimeCode, slot.periodCode);
  if (slip) applySlip(values, slip);

  const citeTo = options.isDraft ? slot.windowEnd : minDate(slot.windowEnd, addDays(slot.issuedOn, -1));
  const ctx: NarrativeContext = {
    rng,
    department,
    values,
    periodLabel: slot.periodLabel,
    nextPeriodLabel: slot.nextPeriodLabel,
    isMonthly: slot.regimeCode === "ICT-THANG",
    isPressTransferred,
    references: [],
    citeFrom: slot.windowStart,
    citeTo,
  };

  const outcomes = settleTasks(createRng(options.seed, slotKey(slot), "outcomes"), options.previous, slot.periodCode);
  const carried = outcomes.filter((task) => task.status === "in_progress" || task.status === "carried_over");
  const fresh = planTasks(
    rng,
    department.provinceName,
    slot.nextPeriodLabel,
    isPressTransferred,
    carried.map((task) => task.text),
    Math.max(3, rng.int(6, 8) - carried.length),
  );
  const planned: TaskContent[] = [
    ...carried.map((task) => ({ text: task.text, divisionCode: task.divisionCode ?? null })),
    ...fresh.map((task) => ({ text: task.text, divisionCode: divisionCodeFor(department, task.field, referenceDate) })),
  ].map((task) => ({ ...task, plannedPeriodCode: slot.nextPeriodCode, status: "planned" as const }));
  const { difficulties, recommendations } = pickIssues(rng);

  const sections: SectionContent[] = regime.outline.map((outline) => {
    let items: string[];
    if (outline.contentKind === "task_outcomes") {
      items =
        outcomes.length === 0
          ? ["Không có nhiệm vụ chuyển từ kỳ trước."]
          : outcomes.map((task) =>
              `- ${task.text} Kết quả: ${STATUS_WORDS[task.status ?? "planned"]}. ${task.outcomeNote ?? ""}`.trim(),
            );
    } else if (outline.contentKind === "difficulties") {
      items = difficulties.map((text) => `- ${text}`);
    } else if (outline.contentKind === "recommendations") {
      items = recommendations.map((text) => `- ${text}`);
    } else if (outline.contentKind === "tasks") {
      items = [
        `Trong ${slot.nextPeriodLabel}, ${departmentName} tập trung thực hiện các nhiệm vụ trọng tâm sau:`,
        ...planned.map((task) => `- ${task.text}`),
      ];
    } else if (outline.key === "qlnn") {
      items = [
        `Trong ${slot.periodLabel}, ${departmentName} tập trung triển khai các nhiệm vụ được giao, kết quả cụ thể như sau:`,
      ];
    } else {
      const writer = sectionWriters[outline.key];
      items = writer ? writer(ctx).map((text) => (outline.level > 1 ? `- ${text}` : text)) : [];
    }
    return {
      templateKey: outline.key,
      number: outline.number,
      title: outline.title,
      level: outline.level,
      contentKind: outline.contentKind,
      body: items.join("\n"),
      divisionCode: divisionCodeFor(department, outline.divisionField, referenceDate),
    };
  });

  // A draft shows the blank number it will be issued under ("Số: /BC-SKHCN").
  const numberText = `${options.number === null ? "" : String(options.number).padStart(2, "0")}/BC-${symbol}`;
  const isMonthly = slot.regimeCode === "ICT-THANG";
  const title = isMonthly
    ? referenceDate < RENAME_DATE
      ? `Công tác thông tin và truyền thông ${slot.periodLabel} và kế hoạch công tác ${slot.nextPeriodLabel}`
      : `Kết quả thực hiện nhiệm vụ bưu chính, viễn thông, công nghệ thông tin và chuyển đổi số ${slot.periodLabel} và kế hoạch ${slot.nextPeriodLabel}`
    : `Phục vụ Hội nghị giao ban công tác quản lý nhà nước ${slot.periodLabel.replace("/", " năm ")} của ${ministry.name}`;
  const signer = pickSigner(rng, department.leaders);
  const addressee = isMonthly
    ? `${ministry.name}; Ủy ban nhân dân tỉnh ${department.provinceName}.`
    : `Văn phòng ${ministry.name}.`;

  return {
    regimeCode: slot.regimeCode,
    unitCode: department.code,
    periodCode: slot.periodCode,
    state: options.isDraft ? "draft" : "sent",
    origin: "authored",
    docType: "BC",
    number: options.number,
    numberText,
    title,
    agency: departmentName.replace(/ tỉnh .*$/, "").toLocaleUpperCase("vi"),
    parentAgency: `UBND TỈNH ${department.provinceName.toLocaleUpperCase("vi")}`,
    place: department.provinceName,
    issuedOn: options.isDraft ? null : slot.issuedOn,
    addressee,
    signerName: signer.name,
    signerTitle: signer.title,
    signingAuthority: signer.title === "Phó Giám đốc" ? "KT." : null,
    recipients: [
      "Như trên",
      "Văn phòng Tỉnh ủy",
      "Văn phòng UBND tỉnh",
      "Giám đốc, các Phó Giám đốc Sở",
      "Các phòng, đơn vị thuộc Sở",
      "Lưu: VT, VP.",
    ],
    nextPeriodCode: slot.nextPeriodCode,
    sections,
    values: toValueContents(values),
    tasks: [...outcomes, ...planned],
    difficulties,
    recommendations,
    references: locateReferences(ctx.references, sections),
    findings: [],
    sentAt: options.isDraft ? null : `${slot.issuedOn}T09:30:00.000Z`,
  };
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

function pickSigner(rng: Rng, leaders: { name: string; title: "Giám đốc" | "Phó Giám đốc" }[]) {
  const deputies = leaders.filter((leader) => leader.title === "Phó Giám đốc");
  const director = leaders.find((leader) => leader.title === "Giám đốc");
  return director && rng.chance(0.25) ? director : rng.pick(deputies.length > 0 ? deputies : leaders);
}

/** One reference per type and code, with the line of its first appearance in the plain-text rendering. */
function locateReferences(
  references: Omit<ExtractedReference, "line">[],
  sections: SectionContent[],
): ExtractedReference[] {
  const lines: string[] = [];
  for (const section of sections) {
    lines.push(`${section.number ?? ""}. ${section.title}`);
    lines.push(...section.body.split("\n").filter((line) => line.trim() !== ""));
  }
  const seen = new Set<string>();
  const located: ExtractedReference[] = [];
  for (const reference of references) {
    const key = `${reference.type}|${reference.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const index = lines.findIndex((line) => line.includes(reference.quote));
    located.push({ ...reference, line: HEADER_LINES + (index < 0 ? 0 : index + 1) });
  }
  return located.sort((a, b) => a.line - b.line);
}
