import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { Command } from "commander";
import type { ExtractedReport, PeriodRef } from "../domain/report.js";
import { extractReport } from "../extract/index.js";

const TEXT_TYPES = new Set([".txt", ".md", ".markdown", ".text"]);

/** A bad input file: the Vietnamese message the CLI prints before exiting with code 2. */
export class ExtractInputError extends Error {}

/** `baocao extract FILE [--json]`: the recovered structure as JSON, or a short Vietnamese summary. */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("Đọc một báo cáo (.txt, .md, .docx) và in cấu trúc trích xuất được")
    .argument("<file>", "tệp báo cáo (.txt, .md hoặc .docx)")
    .option("--json", "in JSON theo định dạng trích xuất")
    .action(async (file: string, options: { json?: boolean }) => {
      try {
        const report = await extractFile(file);
        process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : summarize(file, report));
      } catch (error) {
        if (!(error instanceof ExtractInputError)) throw error;
        process.stderr.write(`baocao extract: ${error.message}\n`);
        process.exitCode = 2;
      }
    });
}

/** Reads and checks one report file, then extracts it; bad input throws ExtractInputError (Vietnamese). */
export async function extractFile(file: string): Promise<ExtractedReport> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new ExtractInputError(`không tìm thấy tệp "${file}".`);
  if (!info.isFile()) throw new ExtractInputError(`"${file}" không phải là một tệp.`);
  const ext = extname(file).toLowerCase();
  if (ext !== ".docx" && !TEXT_TYPES.has(ext)) {
    throw new ExtractInputError(
      `tệp "${file}" có định dạng "${ext || "(không có đuôi)"}" không được hỗ trợ; chỉ nhận .txt, .md hoặc .docx.`,
    );
  }
  const bytes = await readFile(file);
  if (bytes.length === 0) throw new ExtractInputError(`tệp "${file}" rỗng.`);
  if (ext === ".docx") {
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new ExtractInputError(`tệp "${file}" không phải là tệp Word (.docx) hợp lệ.`);
    }
    try {
      return await extractReport({ fileName: file, docx: new Uint8Array(bytes) });
    } catch {
      throw new ExtractInputError(`tệp "${file}" không phải là tệp Word (.docx) hợp lệ hoặc đã bị hỏng.`);
    }
  }
  if (bytes.includes(0)) throw new ExtractInputError(`tệp "${file}" là tệp nhị phân, không phải văn bản.`);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (!text.trim()) throw new ExtractInputError(`tệp "${file}" không có nội dung.`);
  return extractReport({ fileName: file, text });
}

function summarize(file: string, r: ExtractedReport): string {
  const m = r.meta;
  const period = m.period ? periodLabel(m.period) : "không rõ";
  const out = [
    `Tệp: ${file}`,
    `Loại văn bản: ${m.docType ?? "không rõ"}   Số: ${m.number ?? "không có"}`,
    `Trích yếu: ${m.title ?? "không rõ"}`,
    `Địa danh, ngày: ${m.place ?? "?"}, ${m.issueDay ?? "..."}/${m.issueMonth ?? "..."}/${m.issueYear ?? "..."}`,
    `Tỉnh: ${m.province ?? "không rõ"}   Kỳ báo cáo: ${period}   Kỳ kế hoạch: ${m.nextPeriod ? periodLabel(m.nextPeriod) : "không rõ"}`,
    `Người ký: ${[m.signingAuthority, m.signerTitle, m.signerName].filter(Boolean).join(" ") || "không rõ"}`,
    `Nơi nhận: ${m.recipients.length}`,
    `Đề mục: ${r.headings.length}`,
    ...r.headings.map((h) => `${"  ".repeat(h.level)}${h.number ? `${h.number}. ` : ""}${h.title} (dòng ${h.line})`),
    `Văn bản được dẫn: ${r.references.length}`,
    `Số liệu: ${r.figures.length}`,
    `Nhiệm vụ kỳ tới: ${r.tasks.length}   Khó khăn: ${r.difficulties.length}   Kiến nghị: ${r.recommendations.length}`,
  ];
  return `${out.join("\n")}\n`;
}

function periodLabel(p: PeriodRef): string {
  const i = p.index ?? "";
  switch (p.kind) {
    case "month":
      return `tháng ${i}/${p.year}`;
    case "quarter":
      return `quý ${i}/${p.year}`;
    case "half":
      return `6 tháng ${p.index === 2 ? "cuối" : "đầu"} năm ${p.year}`;
    case "year":
      return `năm ${p.year}`;
    case "ytd":
    case "nine_months":
      return `${p.index ?? 9} tháng năm ${p.year}`;
    default:
      return `${p.year}`;
  }
}
