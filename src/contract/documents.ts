import { z } from "zod";

export const DocumentQuery = z.object({
  format: z.enum(["docx", "pdf", "md"]).default("docx").describe("Định dạng: docx, pdf hoặc md / format"),
});
export type DocumentQuery = z.infer<typeof DocumentQuery>;
