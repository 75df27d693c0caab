import { readFile, writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Command } from "commander";
import { isUserError, UserError } from "../domain/errors.js";
import { renderableFromJson } from "../render/from-json.js";
import { DOCUMENT_FORMATS, type DocumentFormat, renderDocument } from "../render/render-document.js";

interface RenderOptions {
  format?: string;
  output?: string;
  fromJson?: boolean;
  source?: string;
  agency?: string;
  parentAgency?: string;
  symbol?: string;
}

function formatOf(opts: RenderOptions): DocumentFormat {
  const wanted = (opts.format ?? (opts.output ? extname(opts.output).slice(1) : "docx")).toLowerCase();
  const format = wanted === "markdown" ? "md" : wanted;
  if (!(DOCUMENT_FORMATS as readonly string[]).includes(format)) {
    throw new UserError("RENDER_FORMAT_INVALID", `Định dạng "${wanted}" không hỗ trợ: chọn docx, pdf hoặc md.`, {
      field: "format",
    });
  }
  return format as DocumentFormat;
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new UserError("FILE_NOT_FOUND", `Không đọc được tệp ${file}: ${(error as NodeJS.ErrnoException).code}.`, {
      file,
    });
  }
}

/** `baocao render FILE --format docx|pdf|md -o OUT`: a report file → the Decree 30 document. */
export function registerRender(program: Command): void {
  program
    .command("render")
    .description("Xuất báo cáo theo thể thức Nghị định 30/2020/NĐ-CP (.docx, PDF, Markdown) / render a report")
    .argument("<file>", "tệp JSON (ReportContent hoặc kết quả `baocao extract --json`) / report JSON file")
    .option("-f, --format <format>", "docx | pdf | md (mặc định theo đuôi của -o, hoặc docx)")
    .option("-o, --output <file>", "tệp kết quả; '-' ghi Markdown ra màn hình (mặc định: tên tệp vào + đuôi mới)")
    .option("--from-json", "tệp vào là JSON (ReportContent hoặc ExtractedReport)")
    .option("--source <file>", "văn bản gốc (.txt/.md) của một ExtractedReport, để lấy lại các đoạn văn")
    .option("--agency <name>", 'cơ quan ban hành (mặc định "Sở Thông tin và Truyền thông")')
    .option("--parent-agency <name>", 'cơ quan chủ quản, ví dụ "UBND tỉnh Cao Bằng"')
    .option("--symbol <symbol>", 'ký hiệu cơ quan trong số văn bản (mặc định "STTTT")')
    .action(async (file: string, opts: RenderOptions) => {
      try {
        const format = formatOf(opts);
        const isJson = opts.fromJson || extname(file).toLowerCase() === ".json";
        if (!isJson) {
          // The importer (src/extract) is not part of this build yet: say so instead of guessing the structure.
          throw new UserError(
            "EXTRACT_UNAVAILABLE",
            `Chưa xuất trực tiếp được tệp ${basename(file)}: bộ trích xuất văn bản chưa có trong bản này. Hãy dùng tệp JSON với --from-json (ReportContent, hoặc kết quả "baocao extract --json" kèm --source ${basename(file)}).`,
            { file },
          );
        }
        const text = await readText(file);
        const sourceText = opts.source ? await readText(opts.source) : undefined;
        const report = renderableFromJson(
          text,
          file,
          {
            ...(opts.agency ? { agencyName: opts.agency } : {}),
            ...(opts.parentAgency ? { parentAgencyName: opts.parentAgency } : {}),
            ...(opts.symbol ? { agencySymbol: opts.symbol } : {}),
          },
          sourceText,
        );
        const document = await renderDocument(report, format);
        if (opts.output === "-") {
          process.stdout.write(document.bytes);
          return;
        }
        const output = opts.output ?? `${file.slice(0, file.length - extname(file).length)}.${format}`;
        await writeFile(output, document.bytes);
        console.error(`Đã ghi ${output} (${document.bytes.length} byte).`);
      } catch (error) {
        if (!isUserError(error)) throw error;
        const where = [error.location.file, error.location.line, error.location.field].filter((x) => x !== undefined);
        console.error(`baocao render: ${error.message}${where.length > 0 ? ` [${where.join(":")}]` : ""}`);
        process.exitCode = 2;
      }
    });
}
