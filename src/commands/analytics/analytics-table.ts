import ExcelJS from "exceljs";

/** How a column's values are written: text, or numbers formatted "#,##0", "#,##0.##" or as a percentage. */
export type ColumnKind = "text" | "integer" | "decimal" | "percent";

export interface TableColumn {
  key: string;
  /** Vietnamese header. */
  header: string;
  kind: ColumnKind;
  width?: number;
}

/** A table any analytics view can be exported as. */
export interface AnalyticsTable {
  title: string;
  sheetName: string;
  columns: TableColumn[];
  rows: Record<string, string | number | null>[];
}

// Excel shows these with the reader's separators: "1.234,5" in a Vietnamese locale.
const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  integer: "#,##0",
  decimal: "#,##0.##",
  percent: '#,##0.00"%"',
};

/** The table as an .xlsx workbook: bold Vietnamese header row, frozen, numbers as numbers with formats. */
export async function tableToXlsx(table: AnalyticsTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "baocao";
  workbook.title = table.title;
  // Sheet names: at most 31 characters and none of : \ / ? * [ ].
  const name = table.sheetName.replace(/[:\\/?*[\]]/g, "-").slice(0, 31);
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? (c.kind === "text" ? 32 : 14),
    ...(NUMBER_FORMATS[c.kind] ? { style: { numFmt: NUMBER_FORMATS[c.kind] } } : {}),
  }));
  sheet.addRows(table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.key, row[c.key] ?? null]))));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table as CSV: UTF-8 with a byte-order mark (so Excel reads the diacritics), comma-separated, CRLF lines. */
export function tableToCsv(table: AnalyticsTable): string {
  const lines = [
    table.columns.map((c) => csvField(c.header)).join(","),
    ...table.rows.map((row) => table.columns.map((c) => csvField(row[c.key])).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
