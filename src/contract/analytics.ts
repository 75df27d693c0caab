import { z } from "zod";
import { Code, IsoDate, PeriodCode } from "./common.js";

const Ref = z.object({ code: z.string(), name: z.string() });
const codeList = (description: string) =>
  z
    .string()
    .trim()
    .min(1, "Danh sách mã không được để trống")
    .transform((text) =>
      text
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    )
    .describe(description);

export const CompletenessState = z
  .enum(["not_started", "draft", "submitted", "issued", "sent"])
  .meta({ id: "CompletenessState", description: "Chưa lập, đang soạn, đã trình, đã ban hành, đã gửi" });
export const Timeliness = z
  .enum(["on_time", "late", "overdue", "due", "unknown"])
  .meta({ id: "Timeliness", description: "Đúng hạn, muộn, quá hạn chưa gửi, chưa đến hạn, không rõ ngày gửi" });

export const CompletenessCell = z
  .object({
    unitCode: z.string(),
    unitName: z.string(),
    periodCode: z.string(),
    state: CompletenessState,
    reportId: z.number().int().nullable(),
    sentOn: z.string().nullable().describe("Ngày gửi (giờ Việt Nam) / date sent"),
    deadline: z.string().describe("Hạn gửi của cấp đơn vị / deadline of the unit's level"),
    timeliness: Timeliness,
    daysLate: z.number().int(),
    daysLeft: z.number().int().nullable(),
  })
  .meta({ id: "CompletenessCell" });

export const CompletenessCounts = z
  .object({
    expected: z.number().int(),
    byState: z.record(CompletenessState, z.number().int()),
    onTime: z.number().int(),
    late: z.number().int(),
    overdue: z.number().int(),
    notYetDue: z
      .number()
      .int()
      .describe("Số ô chưa đến hạn (không tính vào tỷ lệ) / not yet due, left out of the rates"),
    sentRate: z.number().nullable().describe("% đã gửi trong số đã đến hạn (null: chưa kỳ nào đến hạn)"),
    onTimeRate: z.number().nullable().describe("% gửi đúng hạn trong số đã đến hạn"),
  })
  .meta({ id: "CompletenessCounts" });

export type CompletenessState = z.infer<typeof CompletenessState>;
export type CompletenessCell = z.infer<typeof CompletenessCell>;
export type CompletenessCounts = z.infer<typeof CompletenessCounts>;

export const CompletenessQuery = z.object({ regime: Code, period: PeriodCode, today: IsoDate.optional() });
export const CompletenessResponse = z
  .object({
    regime: Ref,
    periodCode: z.string(),
    periodLabel: z.string(),
    rows: z.array(CompletenessCell),
    counts: CompletenessCounts,
  })
  .meta({ id: "Completeness" });
export type CompletenessResponse = z.infer<typeof CompletenessResponse>;

export const CompletenessGridQuery = z.object({
  regime: Code,
  year: z.coerce.number().int().min(1990).max(2200),
  today: IsoDate.optional(),
});
export const CompletenessGridResponse = z
  .object({
    regime: Ref,
    year: z.number().int(),
    periods: z.array(z.object({ code: z.string(), label: z.string(), counts: CompletenessCounts })),
    rows: z.array(
      z.object({
        unitCode: z.string(),
        unitName: z.string(),
        cells: z.array(CompletenessCell.nullable()),
        counts: CompletenessCounts,
      }),
    ),
    counts: CompletenessCounts,
  })
  .meta({ id: "CompletenessGrid" });
export type CompletenessGridResponse = z.infer<typeof CompletenessGridResponse>;

export const RemindersQuery = z.object({
  regime: Code,
  withinDays: z.coerce.number().int().min(0).max(90).default(7).describe("Sắp đến hạn trong số ngày / due within"),
  today: IsoDate.optional(),
});
export const RemindersResponse = z.object({ items: z.array(CompletenessCell) }).meta({ id: "Reminders" });

export const ExplorerQuery = z.object({
  regime: Code,
  indicators: codeList('Mã chỉ tiêu, cách nhau bởi dấu phẩy ("DOC_OUT,DOC_SIGNED_RATE")'),
  periods: codeList('Mã kỳ, cách nhau bởi dấu phẩy ("2026-09,2026-10" hoặc "2025")'),
  units: codeList("Mã đơn vị, cách nhau bởi dấu phẩy").optional(),
  level: z.enum(["provinces", "divisions"]).optional().describe("Cả cấp: mọi Sở, hoặc các phòng của một Sở (of)"),
  of: Code.optional().describe("Mã Sở khi level=divisions"),
  asOf: IsoDate.optional().describe("Xem theo đơn vị hành chính của ngày này (mặc định hôm nay; 2025-06-30: 63 tỉnh)"),
  disaggregation: z.enum(["total", "split"]).default("total"),
  order: z.enum(["desc", "asc"]).default("desc").describe("Xếp hạng: lớn trước (desc) hay nhỏ trước (asc)"),
});
export type ExplorerQuery = z.infer<typeof ExplorerQuery>;

export const ExplorerCell = z
  .object({
    indicatorCode: z.string(),
    disaggregation: z.string(),
    unitCode: z.string(),
    periodCode: z.string(),
    value: z.number().nullable(),
    note: z.enum(["no_values", "not_aggregatable", "zero_denominator", "missing_components"]).nullable(),
    combinedFrom: z.array(z.string()).describe("Các đơn vị có số liệu được cộng gộp / units combined"),
    isCombined: z.boolean(),
    hasPartial: z.boolean(),
    isDerived: z.boolean(),
  })
  .meta({ id: "ExplorerCell" });

export const ExplorerResponse = z
  .object({
    regime: Ref,
    asOf: z.string(),
    indicators: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        unitOfMeasure: z.string().nullable(),
        valueType: z.string(),
        categories: z.array(Ref),
      }),
    ),
    units: z.array(Ref),
    periods: z.array(z.object({ code: z.string(), label: z.string() })),
    cells: z.array(ExplorerCell),
    rankings: z.array(
      z.object({
        indicatorCode: z.string(),
        periodCode: z.string(),
        previousPeriodCode: z.string(),
        entries: z.array(
          z.object({
            key: z.string(),
            unitName: z.string(),
            value: z.number().nullable(),
            rank: z.number().int().nullable(),
            previousRank: z.number().int().nullable(),
            change: z.number().int().nullable(),
          }),
        ),
      }),
    ),
    contributorNames: z.record(z.string(), z.string()),
  })
  .meta({ id: "Explorer" });
export type ExplorerResponse = z.infer<typeof ExplorerResponse>;

export const ConsolidationBody = z.object({
  regime: Code,
  unit: Code.describe("Đơn vị nhận báo cáo lập báo cáo tổng hợp / receiving unit"),
  period: PeriodCode,
  indicators: z.array(Code).optional().describe("Chỉ tiêu chủ yếu (mặc định: chỉ tiêu bắt buộc của biểu)"),
  preview: z.boolean().default(false).describe("true: chỉ xem trước, không lưu"),
  baseVersion: z
    .number()
    .int()
    .optional()
    .describe(
      "Lập lại nội dung bản dự thảo tổng hợp đã có (existing.version lúc đọc); 409 nếu đã bị sửa / regenerate the existing draft",
    ),
});
export const ConsolidationResponse = z
  .object({
    reportId: z.number().int().nullable().describe("Báo cáo dự thảo đã lưu (null khi xem trước)"),
    existing: z
      .object({
        reportId: z.number().int(),
        state: z.string(),
        origin: z.string(),
        version: z.number().int().describe("Phiên bản để lập lại (baseVersion)"),
        canRegenerate: z.boolean().describe("Còn là dự thảo tổng hợp: được lập lại"),
      })
      .nullable()
      .describe("Báo cáo hiện có của đơn vị nhận cho kỳ này / the receiving unit's current report"),
    title: z.string(),
    sections: z.array(
      z.object({
        templateKey: z
          .string()
          .nullable()
          .describe("tinh-hinh-gui, so-lieu, noi-bat, kho-khan, kien-nghi; null cho mục của từng địa phương"),
        number: z.string().nullable(),
        title: z.string(),
        level: z.number().int(),
        body: z.string(),
      }),
    ),
    counts: CompletenessCounts,
    late: z.array(CompletenessCell),
    missing: z.array(CompletenessCell),
    highlights: z.array(
      z.object({
        unitCode: z.string(),
        unitName: z.string(),
        reportId: z.number().int(),
        sectionId: z.number().int(),
        sectionTitle: z.string(),
        text: z.string(),
        link: z.string(),
      }),
    ),
  })
  .meta({ id: "Consolidation" });
export type ConsolidationResponse = z.infer<typeof ConsolidationResponse>;

export const ExportTable = z.enum(["completeness", "grid", "indicators", "ranking", "values", "form"]);
export const ExportParams = z.object({ table: ExportTable });
export const ExportQuery = ExplorerQuery.partial()
  .extend({
    regime: Code,
    period: PeriodCode.optional(),
    year: z.coerce.number().int().min(1990).max(2200).optional(),
    today: IsoDate.optional(),
    format: z.enum(["xlsx", "csv"]).default("xlsx"),
  })
  .describe(
    "Bảng: completeness (regime, period), grid (regime, year), indicators/ranking (như /analytics/indicators), values (regime, period), form (regime)",
  );

export const ImportValuesQuery = z.object({ regime: Code, unit: Code, period: PeriodCode });
export const ImportValuesResponse = z
  .object({ reportId: z.number().int(), imported: z.number().int(), version: z.number().int() })
  .meta({ id: "ImportValuesResult" });
