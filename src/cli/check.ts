import { readFile, stat } from "node:fs/promises";
import type { Command } from "commander";
import { formatFindings } from "../check/format-findings.js";
import { analyzeReportFile } from "../commands/analyze-report-file.js";
import { isUserError } from "../domain/errors.js";

interface CheckOptions {
  json?: boolean;
  spelling?: boolean;
}

/** `baocao check FILE`: the consistency checks of one report file (exit 0 none, 1 some, 2 bad input). */
export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("Kiểm tra báo cáo: số học, tỷ lệ, ký hiệu văn bản, lặp từ, đánh số, kỳ báo cáo, chính tả")
    .argument("<file>", "tệp báo cáo (.txt, .md hoặc .docx)")
    .option("--json", "in kết quả dạng JSON: {findings: [...]}")
    .option("--no-spelling", "bỏ qua kiểm tra chính tả")
    .action(async (file: string, options: CheckOptions) => {
      const bytes = await readBytes(file);
      if (!bytes) {
        process.exitCode = 2;
        return;
      }
      try {
        // The shared core of extract, check and import: validation, extraction, then the checks.
        const { report } = await analyzeReportFile(file, bytes, { spelling: options.spelling !== false });
        if (options.json) console.log(JSON.stringify({ findings: report.findings }, null, 2));
        else console.log(formatFindings(report.findings, file));
        process.exitCode = report.findings.length > 0 ? 1 : 0;
      } catch (error) {
        if (!isUserError(error)) throw error;
        console.error(`Lỗi: ${error.message}`);
        process.exitCode = 2;
      }
    });
}

/** The file's bytes, or null after printing (in Vietnamese) why there are none. */
async function readBytes(file: string): Promise<Uint8Array | null> {
  const info = await stat(file).catch(() => null);
  if (!info) {
    console.error(`Lỗi: không tìm thấy tệp "${file}".`);
    return null;
  }
  if (!info.isFile()) {
    console.error(`Lỗi: "${file}" không phải là một tệp.`);
    return null;
  }
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    console.error(`Lỗi: không đọc được tệp "${file}".`);
    return null;
  }
}
