import { z } from "zod";

/** Every API error: a stable code and a Vietnamese message, with the field or place when known. */
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string().describe("Mã lỗi ổn định / stable error code"),
      message: z.string().describe("Thông báo tiếng Việt / Vietnamese message"),
      field: z.string().optional(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error" });
export type ErrorResponse = z.infer<typeof ErrorResponse>;
