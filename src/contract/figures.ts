import { z } from "zod";

/** One figure of last period's report that the form compares against (cumulative indicators only). */
export const PreviousValue = z
  .object({
    indicatorCode: z.string(),
    disaggregation: z.string().describe('"" là tổng / "" is the total'),
    value: z.number(),
  })
  .meta({ id: "PreviousValue" });
export type PreviousValue = z.infer<typeof PreviousValue>;

/** Last period's cumulative figures of the same regime and unit, for the "cumulative decreased" warning. */
export const PreviousValues = z
  .object({
    report: z
      .object({ id: z.number().int(), periodCode: z.string(), state: z.string() })
      .nullable()
      .describe("Báo cáo kỳ trước (null nếu chưa có) / last period's report"),
    values: z.array(PreviousValue),
  })
  .meta({ id: "PreviousValues" });
export type PreviousValues = z.infer<typeof PreviousValues>;
