import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ExtractInputError, extractFile, registerExtract } from "./extract.js";

const dir = mkdtempSync(join(tmpdir(), "baocao-extract-"));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const report = [
  "BÁO CÁO",
  "Kết quả công tác tháng 5 năm 2024",
  "",
  "I. KẾT QUẢ",
  "Tiếp nhận 1.204 hồ sơ theo Công văn số 88/STTTT-VP ngày 02/5/2024.",
  "II. NHIỆM VỤ THÁNG 6 NĂM 2024",
  "1. Hoàn thành Kế hoạch chuyển đổi số.",
].join("\n");

async function run(args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    err += String(s);
    return true;
  });
  const program = new Command("baocao").exitOverride();
  registerExtract(program);
  try {
    await program.parseAsync(["node", "baocao", "extract", ...args]);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = process.exitCode === undefined ? undefined : Number(process.exitCode);
  return { out, err, code };
}

describe("baocao extract", () => {
  beforeEach(() => {
    process.exitCode = undefined;
  });
  afterEach(() => {
    process.exitCode = undefined;
  });

  it("prints the contract as JSON with --json", async () => {
    const { out, code } = await run([file("bao-cao.txt", report), "--json"]);
    expect(code).toBeUndefined();
    const json = JSON.parse(out);
    expect(json.meta.period).toEqual({ kind: "month", year: 2024, index: 5 });
    expect(json.references[0].code).toBe("88/STTTT-VP");
    expect(json.figures[0]).toMatchObject({ value: 1204, kind: "count", unit: "hồ sơ" });
    expect(json.tasks).toHaveLength(1);
    expect(json.findings).toEqual([]);
  });

  it("prints a Vietnamese summary without --json", async () => {
    const { out } = await run([file("tom-tat.md", report)]);
    expect(out).toContain("Loại văn bản: BC");
    expect(out).toContain("Đề mục: 2");
    expect(out).toContain("Nhiệm vụ kỳ tới: 1");
  });

  it.each([
    ["a missing file", () => join(dir, "khong-co.txt"), "không tìm thấy tệp"],
    ["an unsupported type", () => file("bang.xlsx", "x"), "không được hỗ trợ"],
    ["an empty file", () => file("rong.txt", ""), "rỗng"],
    ["a blank file", () => file("trang.md", " \n\n "), "không có nội dung"],
    ["a binary file", () => file("nhi-phan.txt", new Uint8Array([0x42, 0x00, 0x01, 0x02])), "nhị phân"],
    ["a .docx that is not a zip", () => file("gia.docx", "không phải Word"), "không phải là tệp Word"],
    ["a zip without a Word document", () => file("zip.docx", zipWithoutDocument()), "không phải là tệp Word"],
  ])("refuses %s with a Vietnamese message and exit code 2", async (_case, path, message) => {
    const { err, code } = await run([path()]);
    expect(code).toBe(2);
    expect(err).toContain(message);
    await expect(extractFile(path())).rejects.toBeInstanceOf(ExtractInputError);
  });
});

/** A valid zip archive (one stored file) that holds no word/document.xml. */
function zipWithoutDocument(): Uint8Array {
  const name = new TextEncoder().encode("a.txt");
  const data = new TextEncoder().encode("hi");
  const crc = crc32(data);
  const local = new Uint8Array(30 + name.length + data.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint32(14, crc, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, data.length, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  local.set(data, 30 + name.length);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint32(16, crc, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, data.length, true);
  cv.setUint16(28, name.length, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length, true);
  const out = new Uint8Array(local.length + central.length + end.length);
  out.set(local, 0);
  out.set(central, local.length);
  out.set(end, local.length + central.length);
  return out;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
