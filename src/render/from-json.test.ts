import { describe, expect, it } from "vitest";
import type { UserError } from "../domain/errors.js";
import { monthlyReportFixture } from "./fixtures/monthly-report.js";
import { quarterlyExtracted, quarterlySource } from "./fixtures/quarterly-source.js";
import { renderableFromJson } from "./from-json.js";

function errorOf(text: string): UserError {
  try {
    renderableFromJson(text, "bao-cao.json");
  } catch (error) {
    return error as UserError;
  }
  throw new Error("no error");
}

describe("renderableFromJson", () => {
  it("reads stored content with the default agency and symbol", () => {
    const report = renderableFromJson(
      JSON.stringify({ ...monthlyReportFixture, numberText: null, number: 3 }),
      "a.json",
    );
    expect(report.header.agency).toBe("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
    expect(report.header.numberLine).toBe("Số: 03/BC-STTTT");
    expect(report.header.parentAgency).toBeNull();
  });

  it("reads an importer's output with its source text", () => {
    const report = renderableFromJson(JSON.stringify(quarterlyExtracted), "q3.json", {}, quarterlySource);
    expect(report.sections.map((s) => s.number)).toEqual(["I", null, "II"]);
    expect(report.preamble).toHaveLength(1);
  });

  it.each([
    ["{not json", undefined, /không phải JSON hợp lệ/],
    ["[1, 2]", "(gốc)", /phải là một đối tượng JSON/],
    ['{"title": "x"}', undefined, /không nhận ra nội dung báo cáo/],
    ['{"sections": [], "title": 5}', "title", /"title" phải là một chuỗi/],
    ['{"sections": [], "title": "x", "docType": "BC", "recipients": "Lưu", "tasks": []}', "recipients", /danh sách/],
    [
      '{"sections": [{"title": "I", "level": 1}], "title": "x", "docType": "BC", "recipients": [], "tasks": []}',
      "sections[0].body",
      /chuỗi/,
    ],
    [
      '{"sections": [{"title": "I", "body": "", "level": "1"}], "title": "x", "docType": "BC", "recipients": [], "tasks": []}',
      "sections[0].level",
      /một số/,
    ],
    ['{"meta": [], "headings": []}', "meta", /đối tượng/],
    ['{"meta": {"recipients": []}, "headings": [{"number": "I"}]}', "headings[0]", /title/],
  ])("refuses %s", (text, field, message) => {
    const error = errorOf(text);
    expect(error.code).toBe("RENDER_INPUT_INVALID");
    expect(error.location.file).toBe("bao-cao.json");
    expect(error.location.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.message).toContain("bao-cao.json");
  });
});
