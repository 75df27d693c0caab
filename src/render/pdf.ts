import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { UserError } from "../domain/errors.js";

// The only process I/O of the renderer: LibreOffice converts the .docx (its layout engine honours the page
// size, margins, tables and title-page header the .docx declares).
const run = promisify(execFile);
const DEFAULT_COMMAND = "soffice";
const TIMEOUT_MS = 120_000;

/** True when LibreOffice's `soffice` can be started. */
export async function isPdfAvailable(command = DEFAULT_COMMAND): Promise<boolean> {
  try {
    await run(command, ["--version"], { timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/** Converts .docx bytes to PDF bytes with LibreOffice; a UserError PDF_UNAVAILABLE when it is not installed. */
export async function convertDocxToPdf(docx: Uint8Array, command = DEFAULT_COMMAND): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), "baocao-pdf-"));
  try {
    const input = join(dir, "baocao.docx");
    await writeFile(input, docx);
    try {
      // A private profile folder: two conversions at once must not share (and lock) one user profile.
      await run(
        command,
        [
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          input,
        ],
        { timeout: TIMEOUT_MS },
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        throw new UserError(
          "PDF_UNAVAILABLE",
          "Không tạo được tệp PDF: máy chủ chưa cài LibreOffice (lệnh soffice). Cài gói libreoffice-writer-nogui và fonts-liberation2, hoặc xuất định dạng .docx.",
          { field: "format" },
        );
      }
      throw new UserError(
        "PDF_FAILED",
        `LibreOffice không chuyển được tệp .docx sang PDF: ${(error as Error).message}`,
        {
          field: "format",
        },
      );
    }
    return await readFile(join(dir, "baocao.pdf"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
