import { z } from "zod";

const Line = z.number().int().describe("Số dòng trong văn bản (từ 1) / 1-based line in `lines`");
const Item = z.object({ text: z.string(), line: Line });
const PeriodRef = z.object({
  kind: z.enum(["month", "quarter", "half", "nine_months", "year", "ytd", "other"]),
  year: z.number().int(),
  index: z.number().int().nullable().optional(),
});

/** What the importer recovered from an uploaded file, for the user to check before storing it. */
export const ImportPreview = z
  .object({
    fileName: z.string(),
    lines: z.array(z.string()).describe("Các dòng văn bản / the text lines items point into"),
    report: z.object({
      meta: z.object({
        docType: z.string().nullable(),
        number: z.string().nullable(),
        title: z.string().nullable(),
        place: z.string().nullable(),
        issueYear: z.number().int().nullable(),
        issueMonth: z.number().int().nullable(),
        issueDay: z.number().int().nullable(),
        province: z.string().nullable(),
        period: PeriodRef.nullable(),
        nextPeriod: PeriodRef.nullable(),
        signerName: z.string().nullable(),
        signerTitle: z.string().nullable(),
        signingAuthority: z.enum(["KT.", "TM.", "Q.", "TL.", "TUQ."]).nullable(),
        recipients: z.array(z.string()),
        agency: z.string().nullable().optional(),
        parentAgency: z.string().nullable().optional(),
        addressees: z.array(z.string()).optional(),
      }),
      headings: z.array(
        z.object({ number: z.string().nullable(), title: z.string(), level: z.number().int(), line: Line }),
      ),
      references: z.array(
        z.object({
          type: z.string().nullable(),
          code: z.string(),
          date: z.string().nullable(),
          issuer: z.string().nullable(),
          quote: z.string(),
          line: Line,
        }),
      ),
      figures: z.array(
        z.object({
          value: z.number(),
          kind: z.enum(["count", "percent", "money", "duration", "rank", "rate"]),
          unit: z.string().nullable(),
          label: z.string(),
          quote: z.string(),
          line: Line,
        }),
      ),
      tasks: z.array(Item),
      difficulties: z.array(Item),
      recommendations: z.array(Item),
      findings: z.array(z.object({ kind: z.string(), message: z.string(), quote: z.string(), line: Line })),
    }),
    proposed: z
      .object({ unitCode: z.string().nullable(), periodCode: z.string().nullable(), regimeCode: z.string().nullable() })
      .describe("Đơn vị, kỳ và chế độ đề xuất từ nội dung tệp / proposed target"),
    units: z
      .array(z.object({ code: z.string(), name: z.string() }))
      .describe("Các đơn vị người dùng được nhập báo cáo / units the user may import for"),
  })
  .meta({ id: "ImportPreview" });
export type ImportPreview = z.infer<typeof ImportPreview>;

/** The multipart fields of POST /imports besides the file. */
export const ImportFields = z.object({
  unitCode: z.string().trim().min(1, "Hãy chọn đơn vị báo cáo").describe("Mã đơn vị viết báo cáo / unit code"),
  periodCode: z
    .string()
    .trim()
    .min(1, "Hãy nhập kỳ báo cáo")
    .describe('Mã kỳ ("2026-10", "2026-Q3", "2026-H1", "2026")'),
  regimeCode: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .describe("Mã chế độ báo cáo, để trống nếu ngoài chế độ / regime code"),
});
export type ImportFields = z.infer<typeof ImportFields>;

export const ImportResult = z
  .object({
    status: z.enum(["imported", "skipped"]),
    reportId: z.number().int(),
    message: z.string().describe("Thông báo tiếng Việt / Vietnamese message"),
  })
  .meta({ id: "ImportResult" });
export type ImportResult = z.infer<typeof ImportResult>;

const FilePart = z.string().meta({ format: "binary" }).describe("Tệp báo cáo .docx, .txt hoặc .md (tối đa 20 MB)");

/** The multipart body of POST /imports/preview, for the OpenAPI document (the route reads the parts itself). */
export const PreviewUploadBody = z.object({ file: FilePart }).meta({ id: "PreviewUploadBody" });

/** The multipart body of POST /imports, for the OpenAPI document. */
export const ImportUploadBody = z
  .object({
    file: FilePart,
    unitCode: z.string(),
    periodCode: z.string(),
    regimeCode: z.string().optional(),
  })
  .meta({ id: "ImportUploadBody" });
