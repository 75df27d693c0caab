import { z } from "zod";
import { IsoDate } from "./common.js";

export const DueWindow = z
  .enum(["week", "late", "all"])
  .meta({ id: "DueWindow", description: "Đến hạn tuần này, quá hạn, hoặc cả hai / due this week, late, or both" });
export type DueWindow = z.infer<typeof DueWindow>;

export const DueQuery = z.object({
  window: DueWindow.default("all"),
  today: IsoDate.optional().describe("Ngày tính (mặc định hôm nay theo giờ Việt Nam) / reference day"),
});
export type DueQuery = z.infer<typeof DueQuery>;

export const DueItem = z
  .object({
    bucket: z.enum(["week", "late"]).describe("Đến hạn tuần này / quá hạn"),
    regime: z.object({ code: z.string(), name: z.string() }),
    unit: z.object({ code: z.string(), name: z.string() }),
    periodCode: z.string(),
    deadline: z.string().describe("Hạn gửi của cấp đơn vị / deadline of the unit's level"),
    daysLeft: z.number().int().describe("Số ngày còn lại (0: hôm nay) / days left"),
    daysLate: z.number().int().describe("Số ngày quá hạn / days late"),
    state: z
      .enum(["not_started", "draft", "submitted", "issued", "sent"])
      .describe("Chưa lập, đang soạn, đã trình, đã ban hành / where the report stands"),
    reportId: z.number().int().nullable().describe("Báo cáo đã lập, null khi chưa lập / the report, if created"),
  })
  .meta({ id: "DueItem" });
export type DueItem = z.infer<typeof DueItem>;

export const DueResponse = z
  .object({
    today: z.string(),
    week: z.object({ from: z.string(), to: z.string() }).describe("Thứ Hai – Chủ nhật / Monday to Sunday"),
    items: z.array(DueItem),
  })
  .meta({ id: "DueResponse" });
export type DueResponse = z.infer<typeof DueResponse>;
