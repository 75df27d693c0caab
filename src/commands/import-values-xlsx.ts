import ExcelJS from "exceljs";
import { UserError } from "../domain/errors.js";
import type { Regime } from "../domain/records.js";
import { parseVnNumber } from "../domain/vn-number.js";
import { type AnalyticsActor, analyticsScope } from "../policies/analytics.js";
import { canEditValueIn } from "../policies/report.js";
import { appendAudit } from "../storage/audit.js";
import { findIndicators } from "../storage/indicators.js";
import { getRegimeByCode } from "../storage/regimes.js";
import { upsertValues, type ValueEdit } from "../storage/report-edits.js";
import { findReports } from "../storage/report-queries.js";
import { inTransaction } from "../storage/transaction.js";
import { getUnitByCode } from "../storage/units.js";
import type { AnalyticsTable } from "./analytics/analytics-table.js";
import type { AppContext } from "./context.js";
import { getVisibleReport } from "./report-access.js";
import { recomputeDerivedValues } from "./save-values.js";

/** The columns of the regime's numeric form as a spreadsheet (what the template has and the import reads). */
const FORM_HEADERS = {
  position: "STT",
  code: "Mã chỉ tiêu",
  name: "Chỉ tiêu",
  category: "Mã phân tổ",
  unit: "Đơn vị tính",
  value: "Giá trị",
} as const;

/** The regime's numeric form as a table to fill: one row per indicator and per category, values empty. */
export async function valuesFormTable(ctx: AppContext, regimeCode: string): Promise<AnalyticsTable> {
  const regime = await getRegimeByCode(ctx.database.db, regimeCode);
  const indicators = new Map(
    (await findIndicators(ctx.database.db, { codes: regime.indicators.map((i) => i.indicatorCode) })).map((i) => [
      i.code,
      i,
    ]),
  );
  const rows: AnalyticsTable["rows"] = [];
  regime.indicators.forEach((ref, n) => {
    const indicator = indicators.get(ref.indicatorCode);
    rows.push({
      position: n + 1,
      code: ref.indicatorCode,
      name: ref.name,
      category: "",
      unit: ref.unitOfMeasure,
      value: null,
    });
    for (const category of indicator?.disaggregations ?? []) {
      rows.push({
        position: null,
        code: ref.indicatorCode,
        name: `— ${category.name}`,
        category: category.code,
        unit: ref.unitOfMeasure,
        value: null,
      });
    }
  });
  return {
    title: `Biểu số liệu — ${regime.name}`,
    sheetName: "Biểu số liệu",
    columns: [
      { key: "position", header: FORM_HEADERS.position, kind: "integer", width: 6 },
      { key: "code", header: FORM_HEADERS.code, kind: "text", width: 26 },
      { key: "name", header: FORM_HEADERS.name, kind: "text", width: 50 },
      { key: "category", header: FORM_HEADERS.category, kind: "text", width: 12 },
      { key: "unit", header: FORM_HEADERS.unit, kind: "text", width: 12 },
      { key: "value", header: FORM_HEADERS.value, kind: "decimal", width: 16 },
    ],
    rows,
  };
}

/** One problem of an imported sheet, naming the cell ("Ô F12: ..."). */
export interface CellError {
  cell: string;
  message: string;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "result" in value) return cellText(value.result as ExcelJS.CellValue);
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "text" in value) return String(value.text);
  return String(value).trim();
}

/**
 * Reads figures from an .xlsx laid out like the regime's form (a header row with "Mã chỉ tiêu" and "Giá trị",
 * optionally "Mã phân tổ"), cell by cell: numbers as numbers or Vietnamese text ("1.234,5"); every problem names
 * its cell. Returns the values and the problems; empty value cells are skipped.
 */
export async function readValuesSheet(
  bytes: Uint8Array,
  regime: Regime,
  categoriesOf: ReadonlyMap<string, readonly string[]>,
  /** Why a figure of this indicator may not be imported (computed, another division's part), null if it may. */
  refusal: (code: string) => string | null = () => null,
): Promise<{ values: ValueEdit[]; errors: CellError[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new UserError("INVALID_INPUT", "Tệp không phải là bảng tính Excel (.xlsx) hợp lệ.", { field: "file" });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UserError("INVALID_INPUT", "Tệp Excel không có trang tính nào.", { field: "file" });
  let headerRow = 0;
  const columns: Partial<Record<keyof typeof FORM_HEADERS, number>> = {};
  for (let r = 1; r <= Math.min(sheet.rowCount, 20) && !headerRow; r++) {
    sheet.getRow(r).eachCell((cell, col) => {
      for (const [key, header] of Object.entries(FORM_HEADERS)) {
        if (cellText(cell.value).toLowerCase() === header.toLowerCase())
          columns[key as keyof typeof FORM_HEADERS] = col;
      }
    });
    if (columns.code && columns.value) headerRow = r;
  }
  if (!headerRow || !columns.code || !columns.value) {
    throw new UserError(
      "INVALID_INPUT",
      `Không tìm thấy dòng tiêu đề có cột "${FORM_HEADERS.code}" và "${FORM_HEADERS.value}" trong 20 dòng đầu của trang "${sheet.name}".`,
      { field: "file" },
    );
  }
  const inForm = new Set(regime.indicators.map((i) => i.indicatorCode));
  const values: ValueEdit[] = [];
  const errors: CellError[] = [];
  const seen = new Map<string, string>();
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const codeCell = row.getCell(columns.code);
    const valueCell = row.getCell(columns.value);
    const code = cellText(codeCell.value);
    const raw = valueCell.value;
    const rawText = cellText(raw);
    if (!code && !rawText) continue;
    if (!code) {
      errors.push({
        cell: codeCell.address,
        message: `Ô ${codeCell.address}: thiếu mã chỉ tiêu cho giá trị '${rawText}'.`,
      });
      continue;
    }
    if (!inForm.has(code)) {
      errors.push({
        cell: codeCell.address,
        message: `Ô ${codeCell.address}: mã chỉ tiêu '${code}' không có trong biểu số liệu của chế độ báo cáo.`,
      });
      continue;
    }
    const categoryCell = columns.category ? row.getCell(columns.category) : null;
    const category = categoryCell ? cellText(categoryCell.value) : "";
    if (category && categoryCell && !(categoriesOf.get(code) ?? []).includes(category)) {
      errors.push({
        cell: categoryCell.address,
        message: `Ô ${categoryCell.address}: chỉ tiêu '${code}' không có phân tổ '${category}'.`,
      });
      continue;
    }
    if (!rawText) continue;
    const refused = refusal(code);
    if (refused) {
      errors.push({ cell: valueCell.address, message: `Ô ${valueCell.address}: ${refused}` });
      continue;
    }
    const value = typeof raw === "number" ? raw : parseVnNumber(rawText);
    if (value === null || !Number.isFinite(value)) {
      errors.push({ cell: valueCell.address, message: `Ô ${valueCell.address}: '${rawText}' không phải là số.` });
      continue;
    }
    const key = `${code}|${category}`;
    const earlier = seen.get(key);
    if (earlier) {
      errors.push({
        cell: valueCell.address,
        message: `Ô ${valueCell.address}: chỉ tiêu '${code}'${category ? ` (${category})` : ""} đã có giá trị ở ô ${earlier}.`,
      });
      continue;
    }
    seen.set(key, valueCell.address);
    values.push({ indicatorCode: code, disaggregation: category, value, provenance: "imported", sourceLine: r });
  }
  return { values, errors };
}

export interface ImportValuesOptions {
  actor: AnalyticsActor | null;
  regimeCode: string;
  unitCode: string;
  periodCode: string;
  bytes: Uint8Array;
}

/**
 * Imports figures from an Excel form into the unit's current report of the regime and period (a draft or a
 * returned report): all or nothing — any cell error refuses the whole file with every error listed.
 */
export async function importValuesXlsx(
  ctx: AppContext,
  options: ImportValuesOptions,
): Promise<{ reportId: number; imported: number; lockVersion: number }> {
  const db = ctx.database.db;
  const regime = await getRegimeByCode(db, options.regimeCode);
  const unit = await getUnitByCode(db, options.unitCode);
  const scope = analyticsScope(options.actor);
  if (!scope.all && !scope.ownUnitIds.includes(unit.id)) {
    throw new UserError("FORBIDDEN", "Bạn không có quyền nhập số liệu cho báo cáo của đơn vị này.", { field: "unit" });
  }
  const [report] = await findReports(db, {
    unitIds: [unit.id],
    regimeCode: regime.code,
    periodCode: options.periodCode,
  });
  if (!report) {
    throw new UserError("NOT_FOUND", `Đơn vị chưa lập báo cáo kỳ ${options.periodCode} theo chế độ "${regime.code}".`, {
      field: "period",
    });
  }
  if (report.state !== "draft" && report.state !== "returned") {
    throw new UserError("CONFLICT", "Báo cáo không còn ở trạng thái soạn thảo nên không nhập số liệu được.", {
      field: "period",
    });
  }
  const indicators = await findIndicators(db, { codes: regime.indicators.map((i) => i.indicatorCode) });
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const categoriesOf = new Map(indicators.map((i) => [i.code, (i.disaggregations ?? []).map((d) => d.code)]));
  // A unit's staff import only what they could type in the form: the sections they may edit, no computed figure.
  // Administrators (who see every unit) keep importing for any unit, as before.
  const access = options.actor && !scope.all ? await getVisibleReport(db, options.actor, report.id) : null;
  const sectionOf = new Map(regime.indicators.map((i) => [i.indicatorCode, i.sectionKey]));
  const refusal = (code: string): string | null => {
    const indicator = byCode.get(code);
    if (indicator?.formula) {
      return `chỉ tiêu '${code}' được tính tự động (${indicator.formula}); để trống ô này và nhập các số liệu thành phần.`;
    }
    if (!access || !options.actor) return null;
    const key = sectionOf.get(code);
    const section = (key && access.stored.sections.find((s) => s.templateKey === key)) || null;
    return canEditValueIn(options.actor, access.facts, section)
      ? null
      : `bạn không được nhập chỉ tiêu '${code}': chỉ tiêu thuộc phần của phòng khác hoặc phần đã nộp.`;
  };
  const { values, errors } = await readValuesSheet(options.bytes, regime, categoriesOf, refusal);
  if (errors.length > 0) {
    throw new UserError(
      "INVALID_INPUT",
      `Tệp có ${errors.length} ô không hợp lệ, chưa nhập số liệu nào:\n${errors.map((e) => e.message).join("\n")}`,
      { field: "file" },
      { errors },
    );
  }
  const userId = options.actor?.userId ?? null;
  const lockVersion = await inTransaction(db, async (trx) => {
    const imported = await upsertValues(trx, {
      reportId: report.id,
      values,
      baseVersion: report.lockVersion,
      userId,
    });
    // Derived ratios follow the imported components, as when the figures are typed.
    const derived = await recomputeDerivedValues(trx, {
      reportId: report.id,
      indicators,
      baseVersion: imported,
      userId,
    });
    await appendAudit(trx, {
      actorId: userId,
      action: "edit-values",
      entity: "values",
      reportId: report.id,
      details: { version: derived.version, source: "xlsx", imported: values.length, computed: derived.changed },
    });
    return derived.version;
  });
  return { reportId: report.id, imported: values.length, lockVersion };
}
