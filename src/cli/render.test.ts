import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import JSZip from "jszip";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { monthlyReportFixture } from "../render/fixtures/monthly-report.js";
import { registerRender } from "./render.js";

const dir = mkdtempSync(join(tmpdir(), "baocao-cli-render-"));
const input = join(dir, "bao-cao.json");
writeFileSync(input, JSON.stringify(monthlyReportFixture));

async function run(...args: string[]): Promise<string> {
  const program = new Command("baocao").exitOverride();
  registerRender(program);
  const errors: string[] = [];
  const spy = vi.spyOn(console, "error").mockImplementation((...parts: unknown[]) => {
    errors.push(parts.join(" "));
  });
  try {
    await program.parseAsync(["node", "baocao", "render", ...args]);
  } finally {
    spy.mockRestore();
  }
  return errors.join("\n");
}

afterEach(() => {
  process.exitCode = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("baocao render", () => {
  it("writes a .docx from stored content with the agency given on the command line", async () => {
    const out = join(dir, "bao-cao.docx");
    const log = await run(input, "--parent-agency", "UBND tỉnh Cao Bằng", "-o", out);
    expect(process.exitCode).toBeUndefined();
    expect(log).toContain("Đã ghi");
    const xml = (await (await JSZip.loadAsync(readFileSync(out))).file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("UBND TỈNH CAO BẰNG");
    expect(xml).toContain("Số: 12/BC-STTTT");
  });

  it("takes the format from the output's extension", async () => {
    const out = join(dir, "ban-in.md");
    await run(input, "-o", out);
    expect(readFileSync(out, "utf8")).toMatch(/^\*\*SỞ THÔNG TIN VÀ TRUYỀN THÔNG\*\*\n\nSố: 12\/BC-STTTT/);
  });

  it.each([
    [["-f", "odt"], /Định dạng "odt" không hỗ trợ/],
    [["--from-json", join(dir, "khong-co.json")], /Không đọc được tệp .*khong-co\.json: ENOENT/],
  ])("refuses %j with exit code 2", async (args, message) => {
    const log = await run(...(args[0] === "-f" ? [input, ...args] : [args[1] ?? "", args[0] ?? ""]));
    expect(process.exitCode).toBe(2);
    expect(log).toMatch(message);
  });

  it("extracts a Markdown report and renders it in the official layout", async () => {
    const text = join(dir, "thang-01.md");
    const out = join(dir, "thang-01.docx");
    writeFileSync(text, readFileSync(new URL("../render/fixtures/monthly-report.md", import.meta.url), "utf8"));
    const log = await run(text, "-o", out);
    expect(process.exitCode).toBeUndefined();
    expect(log).toContain("Đã ghi");
    const xml = (await (await JSZip.loadAsync(readFileSync(out))).file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("Số: 12/BC-STTTT");
    expect(xml).toContain("III. NHIỆM VỤ TRỌNG TÂM THÁNG 02/2025");
  });

  it("refuses a file type it cannot read", async () => {
    const odt = join(dir, "bao-cao.odt");
    writeFileSync(odt, "x");
    const log = await run(odt, "-f", "docx");
    expect(process.exitCode).toBe(2);
    expect(log).toMatch(/Không đọc được loại tệp "\.odt"/);
  });
});
