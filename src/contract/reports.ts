import { z } from "zod";
import { Code, PageQuery, PeriodCode } from "./common.js";
import { ReportWorkflowInfo } from "./workflow.js";

export const ReportState = z
  .enum(["draft", "compiled", "returned", "approved", "issued", "sent"])
  .meta({ id: "ReportState", description: "Trạng thái báo cáo / workflow state" });
export type ReportState = z.infer<typeof ReportState>;

export const ReportOrigin = z.enum(["authored", "imported", "consolidated"]).meta({ id: "ReportOrigin" });

const Ref = z.object({ code: z.string(), name: z.string() });

/** A report as listed: who, which regime and period, where it stands. */
export const ReportSummary = z
  .object({
    id: z.number().int(),
    regime: Ref.nullable(),
    unit: Ref,
    periodCode: z.string(),
    state: ReportState,
    origin: ReportOrigin,
    versionNo: z.number().int(),
    numberText: z.string().nullable().describe('Số, ký hiệu ("12/BC-STTTT") / number and symbol'),
    title: z.string(),
    issuedOn: z.string().nullable(),
    deadlineOn: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: "ReportSummary" });
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ListReportsQuery = z.object({
  unit: Code.optional().describe("Mã đơn vị báo cáo / unit code"),
  regime: Code.optional().describe("Mã chế độ báo cáo / regime code"),
  period: PeriodCode.optional(),
  state: ReportState.optional(),
  ...PageQuery,
});
export type ListReportsQuery = z.infer<typeof ListReportsQuery>;

export const ReportList = z
  .object({ items: z.array(ReportSummary), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .meta({ id: "ReportList" });
export type ReportList = z.infer<typeof ReportList>;

export const ReportSection = z
  .object({
    id: z.number().int(),
    number: z.string().nullable(),
    title: z.string(),
    level: z.number().int(),
    contentKind: z.enum(["narrative", "tasks", "difficulties", "recommendations", "task_outcomes"]),
    body: z.string().describe('Đoạn cách nhau bởi dòng trống, mục liệt kê bắt đầu bằng "- " / paragraphs and items'),
    divisionCode: z.string().nullable(),
    version: z.number().int(),
    submittedAt: z.string().nullable(),
  })
  .meta({ id: "ReportSection" });
export type ReportSection = z.infer<typeof ReportSection>;

export const ReportValue = z
  .object({
    indicatorCode: z.string(),
    indicatorName: z.string(),
    unitOfMeasure: z.string().nullable(),
    disaggregation: z.string().describe('"" là tổng / "" is the total'),
    disaggregationName: z.string().nullable().describe('Tên nhóm phân tổ ("Trực tuyến") / category name'),
    value: z.number(),
    provenance: z.enum(["typed", "imported", "carried", "computed"]),
    sourceLine: z.number().int().nullable(),
  })
  .meta({ id: "ReportValue" });
export type ReportValue = z.infer<typeof ReportValue>;

export const ReportTask = z
  .object({
    id: z.number().int(),
    text: z.string(),
    plannedPeriodCode: z.string().nullable(),
    status: z.enum(["planned", "done", "in_progress", "not_done", "carried_over"]),
    outcomeNote: z.string().nullable(),
    divisionCode: z.string().nullable(),
    carriedFromTaskId: z.number().int().nullable().describe("Nhiệm vụ kỳ trước được chuyển sang / carried from"),
  })
  .meta({ id: "ReportTask" });
export type ReportTask = z.infer<typeof ReportTask>;

export const ReportCitation = z
  .object({
    documentCode: z.string(),
    typeWord: z.string().nullable(),
    quote: z.string().describe("Câu trích trong báo cáo / the sentence as cited"),
    sourceLine: z.number().int().nullable(),
  })
  .meta({ id: "ReportCitation" });
export type ReportCitation = z.infer<typeof ReportCitation>;

export const ReportFinding = z
  .object({
    id: z.number().int(),
    kind: z.enum([
      "arithmetic",
      "percent",
      "code",
      "type-mismatch",
      "duplicate-text",
      "numbering",
      "period",
      "spelling",
      "other",
    ]),
    message: z.string(),
    quote: z.string().nullable(),
    sourceLine: z.number().int().nullable(),
    sectionId: z.number().int().nullable().describe("Mục chứa phát hiện / the section it was found in"),
    isDismissed: z.boolean(),
  })
  .meta({ id: "ReportFinding" });
export type ReportFinding = z.infer<typeof ReportFinding>;

/** One report with everything it holds; `version` is what an edit must be based on (issue 7). */
export const ReportDetail = ReportSummary.extend({
  version: z.number().int().describe("Phiên bản để chống ghi đè / optimistic-concurrency version"),
  docType: z.string(),
  place: z.string().nullable(),
  addressee: z.string().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  signingAuthority: z.string().nullable(),
  recipients: z.array(z.string()),
  nextPeriodCode: z.string().nullable(),
  sentAt: z.string().nullable(),
  sections: z.array(ReportSection),
  values: z.array(ReportValue),
  tasks: z.array(ReportTask),
  difficulties: z.array(z.string()),
  recommendations: z.array(z.string()),
  citations: z.array(ReportCitation),
  findings: z.array(ReportFinding),
  workflow: ReportWorkflowInfo.describe(
    "Hạn, thời gian chốt số liệu, thao tác được phép / deadlines and allowed actions",
  ),
}).meta({ id: "ReportDetail" });
export type ReportDetail = z.infer<typeof ReportDetail>;

export const ReportParams = z.object({
  id: z.coerce.number().int("Mã báo cáo phải là số nguyên").positive("Mã báo cáo phải là số dương"),
});
