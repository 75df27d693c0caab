import { z } from "zod";

export const HealthResponse = z
  .object({
    status: z.literal("ok"),
    database: z.enum(["pglite", "postgres"]).describe("Loại cơ sở dữ liệu / database engine"),
    migrationVersion: z.number().int().describe("Phiên bản migration đã áp dụng / applied migration version"),
  })
  .meta({ id: "Health" });
export type HealthResponse = z.infer<typeof HealthResponse>;
