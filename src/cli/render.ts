import { readFile, writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Command } from "commander";
import { isUserError, UserError } from "../domain/errors.js";
import { extractReport } from "../extract/index.js";
import { fromExtracted } from "../render/from-extracted.js";
import { renderableFromJson } from "../render/from-json.js";
import { DOCUMENT_FORMATS, type DocumentFormat, renderDocument } from "../render/render-document.js";
import type { RenderableReport } from "../render/renderable-report.js";

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

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new UserError("FILE_NOT_FOUND", `Không đọc được tệp ${file}: ${(error as NodeJS.ErrnoException).code}.`, {
      file,
    });
  }
}

/** A .txt/.md/.docx report: extracted first, then laid out again (the text supplies the paragraphs). */
async function renderableFromDocument(file: string, opts: RenderOptions): Promise<RenderableReport> {
  const kind = extname(file).toLowerCase();
  if (![".txt", ".md", ".docx"].includes(kind)) {
    throw new UserError(
      "RENDER_INPUT_INVALID",
      `Không đọc được loại tệp "${kind || basename(file)}": dùng .txt, .md, .docx hoặc .json.`,
      {
        file,
      },
    );
  }
  const bytes = await readBytes(file);
  const fileName = basename(file);
  const text = kind === ".docx" ? undefined : bytes.toString("utf8");
  const extracted = await extractReport(text === undefined ? { fileName, docx: bytes } : { fileName, text });
  return fromExtracted(extracted, text, {
    agencyName: opts.agency ?? null,
    parentAgencyName: opts.parentAgency ?? null,
  });
}

async function readText(file: string): Promise<string> {
  return (await readBytes(file)).toString("utf8");
}

async function renderableFromJsonFile(file: string, opts: RenderOptions): Promise<RenderableReport> {
  const text = await readText(file);
  const sourceText = opts.source ? await readText(opts.source) : undefined;
  return renderableFromJson(
    text,
    file,
    {
      ...(opts.agency ? { agencyName: opts.agency } : {}),
      ...(opts.parentAgency ? { parentAgencyName: opts.parentAgency } : {}),
      ...(opts.symbol ? { agencySymbol: opts.symbol } : {}),
    },
    sourceText,
  );
}

/** `baocao render FILE --format docx|pdf|md -o OUT`: a report file → the Decree 30 document. */
export function registerRender(program: Command): void {
  program
    .command("render")
    .description("Xuất báo cáo theo thể thức Nghị định 30/2020/NĐ-CP (.docx, PDF, Markdown) / render a report")
    .argument(
      "<file>",
      "báo cáo .txt/.md/.docx (trích xuất trước), hoặc tệp JSON (ReportContent / `baocao extract --json`)",
    )
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
        const report = isJson ? await renderableFromJsonFile(file, opts) : await renderableFromDocument(file, opts);
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
