import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { Command } from "commander";
import { checkReport } from "../check/check-report.js";
import { formatFindings } from "../check/format-findings.js";
import { loadVietnameseDictionary } from "../check/load-vietnamese-dictionary.js";
import type { ExtractedReport } from "../domain/report.js";
import { docxToLines } from "../extract/docx-lines.js";
import { extractLines, extractText, type SourceLine } from "../extract/index.js";

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
      const input = await readReport(file);
      if (!input) {
        process.exitCode = 2;
        return;
      }
      const dictionary = options.spelling === false ? undefined : await loadVietnameseDictionary();
      const findings = checkReport({ ...input, ...(dictionary ? { dictionary } : {}) });
      if (options.json) console.log(JSON.stringify({ findings }, null, 2));
      else console.log(formatFindings(findings, file));
      process.exitCode = findings.length > 0 ? 1 : 0;
    });
}

/**
 * The file's lines (for .docx: its paragraphs, list numbers included) and what the extractor recovers from them,
 * or null after printing why the file cannot be read.
 */
async function readReport(file: string): Promise<{ lines: string[]; report: ExtractedReport } | null> {
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
  if (ext === ".docx") {
    try {
      const sourceLines = await docxToLines(new Uint8Array(await readFile(file)));
      if (sourceLines.length === 0) {
        console.error(`Lỗi: ${file}: tệp rỗng, không có nội dung để kiểm tra.`);
        return null;
      }
      return { lines: paragraphLines(sourceLines), report: extractLines(sourceLines) };
    } catch {
      console.error(`Lỗi: ${file}: không đọc được tệp .docx (tệp hỏng hoặc không phải định dạng Word .docx).`);
      return null;
    }
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    console.error(`Lỗi: ${file}: không đọc được tệp.`);
    return null;
  }
  if (text.trim() === "") {
    console.error(`Lỗi: ${file}: tệp rỗng, không có nội dung để kiểm tra.`);
    return null;
  }
  text = text.replace(/^\uFEFF/, "");
  return { lines: text.split(/\r?\n/), report: extractText(text) };
}

/** One entry per Word paragraph (line n = paragraph n), headings marked as Markdown so the checks see them. */
function paragraphLines(sourceLines: readonly SourceLine[]): string[] {
  const lines: string[] = [];
  for (const l of sourceLines) {
    const text =
      l.headingLevel > 0 ? `${"#".repeat(Math.min(6, l.headingLevel))} ${l.text}` : l.bold ? `**${l.text}**` : l.text;
    const i = l.no - 1;
    while (lines.length <= i) lines.push("");
    lines[i] = lines[i] ? `${lines[i]} ${l.text}` : text;
  }
  return lines;
}
