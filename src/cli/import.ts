import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { openAppContext } from "../commands/context.js";
import { type ImportReportResult, importReport } from "../commands/import-report.js";
import { loadReferenceData } from "../commands/load-demo-data.js";
import { loadConfig } from "../config.js";
import { isUserError } from "../domain/errors.js";

const EXTENSIONS = new Set([".txt", ".md", ".docx"]);

interface ImportOptions {
  unit?: string;
  period?: string;
  regime?: string;
  spelling?: boolean;
}

/** `baocao import FILE|FOLDER...` — stores each report in its own transaction; one bad file never stops the rest. */
export function registerImport(program: Command): void {
  program
    .command("import")
    .description("Nhập báo cáo (.txt, .md, .docx) vào cơ sở dữ liệu / import report files")
    .argument("<paths...>", "tệp hoặc thư mục")
    .option("--unit <code>", "mã đơn vị viết báo cáo khi tệp không cho biết (vd. SO-04)")
    .option("--period <code>", "mã kỳ báo cáo khi tệp không cho biết (vd. 2020-10, 2020-Q3)")
    .option("--regime <code>", 'mã chế độ báo cáo ("none": không gắn chế độ)')
    .option("--no-spelling", "bỏ qua kiểm tra chính tả")
    .action(async (paths: string[], opts: ImportOptions) => {
      const files = await collectFiles(paths);
      if (files.missing.length) for (const m of files.missing) console.error(`Không tìm thấy: ${m}`);
      if (files.found.length === 0) {
        console.error("Không có tệp báo cáo nào (.txt, .md, .docx) để nhập.");
        process.exitCode = 2;
        return;
      }
      let ctx: Awaited<ReturnType<typeof openAppContext>>;
      try {
        ctx = await openAppContext(loadConfig());
      } catch (error) {
        console.error(`baocao import: ${(error as Error).message}`);
        process.exitCode = 2;
        return;
      }
      try {
        await loadReferenceData(ctx);
        const results = await importAll(ctx, files.found, opts);
        printSummary(results);
        process.exitCode = results.some((r) => r.error) || files.missing.length ? 1 : 0;
      } finally {
        await ctx.database.close();
      }
    });
}

interface FileOutcome {
  file: string;
  result?: ImportReportResult;
  error?: string;
}

async function importAll(
  ctx: Awaited<ReturnType<typeof openAppContext>>,
  files: string[],
  opts: ImportOptions,
): Promise<FileOutcome[]> {
  const bar =
    files.length > 1 && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { format: "Đang nhập [{bar}] {value}/{total} {file}", clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(files.length, 0, { file: "" });
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    bar?.update(outcomes.length, { file: basename(file) });
    try {
      const bytes = new Uint8Array(await readFile(file));
      const result = await importReport(ctx, {
        fileName: file,
        bytes,
        unitCode: opts.unit,
        periodCode: opts.period,
        ...(opts.regime ? { regimeCode: opts.regime === "none" ? null : opts.regime } : {}),
        spelling: opts.spelling !== false,
      });
      outcomes.push({ file, result });
    } catch (error) {
      if (!isUserError(error)) throw error;
      outcomes.push({ file, error: error.message });
    }
  }
  bar?.update(files.length, { file: "" });
  bar?.stop();
  return outcomes;
}

function printSummary(outcomes: FileOutcome[]): void {
  for (const o of outcomes) {
    if (o.error) console.log(`✗ ${o.file}: ${o.error}`);
    else if (o.result?.status === "skipped") console.log(`= ${o.result.message}`);
    else if (o.result) {
      const r = o.result;
      console.log(
        `✓ ${r.message} ${r.figures} số liệu (${r.values} gắn chỉ tiêu), ${r.findings} phát hiện, chế độ ${r.regimeCode ?? "—"}.`,
      );
    }
  }
  const imported = outcomes.filter((o) => o.result?.status === "imported").length;
  const skipped = outcomes.filter((o) => o.result?.status === "skipped").length;
  const failed = outcomes.filter((o) => o.error).length;
  console.log(`\nTổng kết: đã nhập ${imported}, bỏ qua ${skipped} (đã có), lỗi ${failed}.`);
}

async function collectFiles(paths: string[]): Promise<{ found: string[]; missing: string[] }> {
  const found: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) missing.push(p);
    else if (info.isDirectory()) {
      const entries = await readdir(p, { recursive: true });
      for (const e of entries.sort()) if (EXTENSIONS.has(extname(e).toLowerCase())) found.push(join(p, e));
    } else found.push(p);
  }
  return { found, missing };
}
