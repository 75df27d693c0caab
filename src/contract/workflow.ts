import { z } from "zod";
import { PeriodCode } from "./common.js";

export const ReportAction = z
  .enum(["submit", "compile", "return", "approve", "issue", "send", "correct"])
  .meta({ id: "ReportAction", description: "Thao tác quy trình / workflow action" });
export type ReportAction = z.infer<typeof ReportAction>;

export const LevelDeadline = z
  .object({
    level: z.string().describe('Cấp phải gửi ("department", "ministry_unit") / level'),
    levelName: z.string(),
    date: z.string(),
    daysLeft: z.number().int().describe("Số ngày còn lại, âm là quá hạn / days left, negative when late"),
  })
  .meta({ id: "LevelDeadline" });

/** Where a report stands for the current user: cut-off window, deadlines and what they may do now. */
export const ReportWorkflowInfo = z
  .object({
    window: z
      .object({ from: z.string(), to: z.string() })
      .nullable()
      .describe("Thời gian chốt số liệu (Nghị định 09/2019/NĐ-CP) / data cut-off window"),
    deadlines: z.array(LevelDeadline),
    allowedActions: z.array(ReportAction),
    editableSectionIds: z.array(z.number().int()),
    editableIndicatorCodes: z
      .array(z.string())
      .describe("Chỉ tiêu của biểu mẫu người dùng được nhập lúc này / form indicators the user may enter now"),
    canEditContent: z.boolean().describe("Được sửa số liệu chung, nhiệm vụ / may edit values and tasks"),
    previousVersionId: z.number().int().nullable().describe("Phiên bản được sửa đổi / the version this corrects"),
    nextVersionId: z
      .number()
      .int()
      .nullable()
      .describe("Bản sửa đổi của phiên bản này (nếu được xem) / the correction of this version, when visible"),
  })
  .meta({ id: "ReportWorkflowInfo" });
export type ReportWorkflowInfo = z.infer<typeof ReportWorkflowInfo>;

export const CreateReportBody = z
  .object({
    regime: z.string().trim().min(1, "Chọn chế độ báo cáo").describe("Mã chế độ báo cáo / regime code"),
    unit: z.string().trim().min(1, "Chọn đơn vị báo cáo").describe("Mã đơn vị / unit code"),
    period: PeriodCode,
  })
  .meta({ id: "CreateReportBody" });
export type CreateReportBody = z.infer<typeof CreateReportBody>;

const BaseVersion = z.number().int().positive().describe("Phiên bản đã dựa vào khi sửa / version the edit is based on");

export const SectionParams = z.object({
  id: z.coerce.number().int().positive(),
  sectionId: z.coerce.number().int().positive(),
});

export const SaveSectionBody = z
  .object({
    text: z.string().max(500_000, "Nội dung mục dài quá 500.000 ký tự"),
    baseVersion: BaseVersion,
  })
  .meta({ id: "SaveSectionBody" });
export type SaveSectionBody = z.infer<typeof SaveSectionBody>;

export const SavedSection = z
  .object({
    id: z.number().int(),
    body: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: "SavedSection" });
export type SavedSection = z.infer<typeof SavedSection>;

export const SaveValuesBody = z
  .object({
    values: z
      .array(
        z.object({
          indicator: z.string().trim().min(1),
          disaggregation: z.string().trim().optional(),
          value: z.number().finite().nullable().describe("null xóa giá trị / null removes the value"),
        }),
      )
      .max(2000),
    baseVersion: BaseVersion,
  })
  .meta({ id: "SaveValuesBody" });
export type SaveValuesBody = z.infer<typeof SaveValuesBody>;

export const ValueWarning = z
  .object({
    indicator: z.string(),
    disaggregation: z.string(),
    kind: z.enum(["part-exceeds-total", "ratio-over-100", "cumulative-decreased", "negative"]),
    message: z.string(),
  })
  .meta({ id: "ValueWarning" });
export type ValueWarning = z.infer<typeof ValueWarning>;

export const SavedValues = z
  .object({
    version: z.number().int(),
    warnings: z.array(ValueWarning),
    computed: z.array(z.object({ indicator: z.string(), value: z.number().nullable() })),
  })
  .meta({ id: "SavedValues" });
export type SavedValues = z.infer<typeof SavedValues>;

export const TaskOutcomeStatus = z
  .enum(["planned", "done", "in_progress", "not_done", "carried_over"])
  .describe("chưa báo cáo, hoàn thành, đang thực hiện, chưa thực hiện, chuyển kỳ sau");

export const SaveTasksBody = z
  .object({
    baseVersion: BaseVersion,
    items: z
      .array(
        z.object({
          text: z.string().trim().min(1, "Nhiệm vụ không được để trống").max(5000),
          division: z.string().trim().optional().describe("Mã phòng phụ trách / division code"),
        }),
      )
      .max(500)
      .optional()
      .describe("Nhiệm vụ kỳ tới (thay toàn bộ) / next period's tasks (replace all)"),
    outcomes: z
      .array(
        z.object({
          taskId: z.number().int().positive(),
          status: TaskOutcomeStatus,
          note: z.string().max(5000).nullable().optional(),
        }),
      )
      .max(500)
      .optional()
      .describe("Kết quả nhiệm vụ kỳ trước / outcomes of carried tasks"),
  })
  .meta({ id: "SaveTasksBody" });
export type SaveTasksBody = z.infer<typeof SaveTasksBody>;

export const SavedTasks = z.object({ version: z.number().int() }).meta({ id: "SavedTasks" });

export const TransitionBody = z
  .object({
    action: ReportAction,
    comment: z.string().trim().max(5000).optional(),
  })
  .meta({ id: "TransitionBody" });
export type TransitionBody = z.infer<typeof TransitionBody>;

export const TransitionResult = z
  .object({
    id: z.number().int().describe("Báo cáo sau thao tác (đính chính: phiên bản mới) / the report after the action"),
    state: z.string(),
    version: z.number().int(),
    numberText: z.string().nullable(),
    issuedOn: z.string().nullable(),
    findings: z.number().int().describe("Số phát hiện khi tổng hợp / findings of the checks"),
    missingParts: z.array(z.string()).describe("Mục chưa nộp khi tổng hợp / sections not submitted"),
  })
  .meta({ id: "TransitionResult" });
export type TransitionResult = z.infer<typeof TransitionResult>;

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string().nullable(),
    action: z.string(),
    fromState: z.string().nullable(),
    toState: z.string().nullable(),
    comment: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "AuditEntry" });

export const AuditList = z.object({ items: z.array(AuditEntry) }).meta({ id: "AuditList" });
export type AuditList = z.infer<typeof AuditList>;
