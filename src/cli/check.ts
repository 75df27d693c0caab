import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { Command } from "commander";
import { checkReport, emptyExtractedReport } from "../check/check-report.js";
import { formatFindings } from "../check/format-findings.js";
import { loadVietnameseDictionary } from "../check/load-vietnamese-dictionary.js";

const SUPPORTED = [".txt", ".md", ".docx"];

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
      const lines = await readReportLines(file);
      if (!lines) {
        process.exitCode = 2;
        return;
      }
      const dictionary = options.spelling === false ? undefined : await loadVietnameseDictionary();
      // Until the extractor is merged the checks read everything from the lines (period, dates, citations).
      const findings = checkReport({ lines, report: emptyExtractedReport(), dictionary });
      if (options.json) console.log(JSON.stringify({ findings }, null, 2));
      else console.log(formatFindings(findings, file));
      process.exitCode = findings.length > 0 ? 1 : 0;
    });
}

/** The file's lines (for .docx: its paragraphs), or null after printing why it cannot be read. */
async function readReportLines(file: string): Promise<string[] | null> {
  const ext = extname(file).toLowerCase();
  if (!SUPPORTED.includes(ext)) {
    console.error(
      `Lỗi: ${file}: định dạng "${ext || "(không có phần mở rộng)"}" không được hỗ trợ (chỉ nhận .txt, .md, .docx).`,
    );
    return null;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      console.error(`Lỗi: ${file}: không phải là tệp.`);
      return null;
    }
  } catch {
    console.error(`Lỗi: ${file}: không tìm thấy tệp.`);
    return null;
  }
  let text: string;
  try {
    if (ext === ".docx") {
      const mammoth = await import("mammoth");
      const { value } = await mammoth.extractRawText({ path: file });
      text = value.split(/\n{2,}/).join("\n");
    } else text = await readFile(file, "utf8");
  } catch {
    console.error(
      ext === ".docx"
        ? `Lỗi: ${file}: không đọc được tệp .docx (tệp hỏng hoặc không phải định dạng Word .docx).`
        : `Lỗi: ${file}: không đọc được tệp.`,
    );
    return null;
  }
  if (text.trim() === "") {
    console.error(`Lỗi: ${file}: tệp rỗng, không có nội dung để kiểm tra.`);
    return null;
  }
  return text.replace(/^\uFEFF/, "").split(/\r?\n/);
}
