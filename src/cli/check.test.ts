import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerCheck } from "./check.js";

const dir = mkdtempSync(join(tmpdir(), "baocao-check-"));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function runCheck(args: string[]): Promise<{ code: number | undefined; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((s: string) => void out.push(s));
  const error = vi.spyOn(console, "error").mockImplementation((s: string) => void err.push(s));
  process.exitCode = undefined;
  const program = new Command("baocao");
  registerCheck(program);
  await program.parseAsync(["node", "baocao", "check", ...args]);
  log.mockRestore();
  error.mockRestore();
  const code = process.exitCode === undefined ? undefined : Number(process.exitCode);
  process.exitCode = undefined;
  return { code, out: out.join("\n"), err: err.join("\n") };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe("baocao check FILE", () => {
  it("prints the findings with their line numbers and exits 1", async () => {
    const path = file(
      "thang-10.txt",
      "BÁO CÁO\n\nTrong tháng tiếp nhận 8.452 hồ sơ (6.310 trực tiếp, 2.152 trực tuyến).\n",
    );
    const { code, out } = await runCheck([path, "--no-spelling"]);
    expect(code).toBe(1);
    expect(out).toContain(`${path}:3  [Số học] 6.310 + 2.152 = 8.462, báo cáo ghi 8.452`);
    expect(out).toContain("1 vấn đề cần xem lại");
  });

  it("prints the contract's findings array with --json", async () => {
    const path = file("nq.md", "Thực hiện Nghị quyết 17/NĐ-CP ngày 07/3/2019 của Chính phủ.\n");
    const { code, out } = await runCheck([path, "--json", "--no-spelling"]);
    expect(code).toBe(1);
    const parsed = JSON.parse(out) as { findings: { kind: string; quote: string; line: number }[] };
    expect(parsed.findings).toEqual([
      expect.objectContaining({ kind: "type-mismatch", quote: "Nghị quyết 17/NĐ-CP ngày 07/3/2019", line: 1 }),
    ]);
  });

  it("exits 0 and says so when there is nothing to flag", async () => {
    const path = file("sach.txt", "Trong tháng tiếp nhận 8.462 hồ sơ (6.310 trực tiếp, 2.152 trực tuyến).\n");
    const { code, out } = await runCheck([path]);
    expect(code).toBe(0);
    expect(out).toContain("không phát hiện vấn đề nào");
  });

  it.each([
    ["a missing file", join(dir, "khong-co.txt"), "không tìm thấy tệp"],
    ["an empty file", "EMPTY", "tệp rỗng"],
    ["an unsupported format", "PDF", "không được hỗ trợ"],
    ["a broken .docx", "DOCX", "không đọc được tệp .docx"],
  ])("exits 2 on %s with a Vietnamese message", async (_, which, message) => {
    const path =
      which === "EMPTY"
        ? file("rong.txt", "  \n")
        : which === "PDF"
          ? file("bao-cao.pdf", "%PDF-1.4")
          : which === "DOCX"
            ? file("hong.docx", "not a zip")
            : which;
    const { code, err } = await runCheck([path]);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain(path);
  });
});
