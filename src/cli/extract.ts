import { readFile, stat } from "node:fs/promises";
import type { Command } from "commander";
import { analyzeReportFile } from "../commands/analyze-report-file.js";
import { isUserError } from "../domain/errors.js";
import { periodFromRef, periodLabel } from "../domain/period.js";
import type { ExtractedReport, PeriodRef } from "../domain/report.js";

/** `baocao extract FILE [--json]`: the recovered structure (with the checks' findings) as JSON, or a Vietnamese summary. */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("Đọc một báo cáo (.txt, .md, .docx) và in cấu trúc trích xuất được, kèm các phát hiện kiểm tra")
    .argument("<file>", "tệp báo cáo (.txt, .md hoặc .docx)")
    .option("--json", "in JSON theo định dạng trích xuất")
    .option("--no-spelling", "bỏ qua kiểm tra chính tả")
    .action(async (file: string, options: { json?: boolean; spelling?: boolean }) => {
      try {
        const bytes = await readReportFile(file);
        const { report } = await analyzeReportFile(file, bytes, { spelling: options.spelling !== false });
        process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : summarize(file, report));
      } catch (error) {
        if (!isUserError(error)) throw error;
        process.stderr.write(`baocao extract: ${error.message}\n`);
        process.exitCode = 2;
      }
    });
}

/** Reads a report file for the CLI; a missing path or a folder is a UserError naming the file. */
export async function readReportFile(file: string): Promise<Uint8Array> {
  const { UserError } = await import("../domain/errors.js");
  const info = await stat(file).catch(() => null);
  if (!info) throw new UserError("FILE_NOT_FOUND", `Không tìm thấy tệp "${file}".`, { file });
  if (!info.isFile()) throw new UserError("NOT_A_FILE", `"${file}" không phải là một tệp.`, { file });
  return new Uint8Array(await readFile(file));
}

function summarize(file: string, r: ExtractedReport): string {
  const m = r.meta;
  const period = m.period ? labelOf(m.period) : "không rõ";
  const out = [
    `Tệp: ${file}`,
    `Loại văn bản: ${m.docType ?? "không rõ"}   Số: ${m.number ?? "không có"}`,
    `Trích yếu: ${m.title ?? "không rõ"}`,
    `Địa danh, ngày: ${m.place ?? "?"}, ${m.issueDay ?? "..."}/${m.issueMonth ?? "..."}/${m.issueYear ?? "..."}`,
    `Tỉnh: ${m.province ?? "không rõ"}   Kỳ báo cáo: ${period}   Kỳ kế hoạch: ${m.nextPeriod ? labelOf(m.nextPeriod) : "không rõ"}`,
    `Người ký: ${[m.signingAuthority, m.signerTitle, m.signerName].filter(Boolean).join(" ") || "không rõ"}`,
    `Nơi nhận: ${m.recipients.length}`,
    `Đề mục: ${r.headings.length}`,
    ...r.headings.map((h) => `${"  ".repeat(h.level)}${h.number ? `${h.number}. ` : ""}${h.title} (dòng ${h.line})`),
    `Văn bản được dẫn: ${r.references.length}`,
    `Số liệu: ${r.figures.length}`,
    `Nhiệm vụ kỳ tới: ${r.tasks.length}   Khó khăn: ${r.difficulties.length}   Kiến nghị: ${r.recommendations.length}`,
    `Phát hiện khi kiểm tra: ${r.findings.length}`,
    ...r.findings.map((f) => `  dòng ${f.line} [${f.kind}] ${f.message}`),
  ];
  return `${out.join("\n")}\n`;
}

function labelOf(p: PeriodRef): string {
  const period = periodFromRef(p);
  return period ? periodLabel(period) : `${p.index ?? ""} ${p.kind} ${p.year}`.trim();
}
