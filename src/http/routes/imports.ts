import type { MultipartFile } from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { MAX_FILE_BYTES } from "../../commands/analyze-report-file.js";
import type { AppContext } from "../../commands/context.js";
import { previewImport } from "../../commands/preview-import.js";
import { uploadReport } from "../../commands/upload-report.js";
import { ErrorResponse } from "../../contract/error.js";
import {
  ImportFields,
  ImportPreview,
  ImportResult,
  ImportUploadBody,
  PreviewUploadBody,
} from "../../contract/imports.js";
import { UserError } from "../../domain/errors.js";
import { requireAuth } from "../auth.js";

interface Upload {
  fileName: string;
  bytes: Uint8Array;
  fields: Record<string, string>;
}

const ERRORS = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse };

/** Reads the one file and the text fields of a multipart request; a Vietnamese error naming the file otherwise. */
async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new UserError("UNSUPPORTED_MEDIA_TYPE", 'Hãy gửi tệp báo cáo dạng multipart/form-data trong trường "file".', {
      field: "file",
    });
  }
  let upload: { fileName: string; bytes: Uint8Array } | null = null;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === "file") {
      upload = { fileName: part.filename || "(không tên)", bytes: await fileBytes(part) };
    } else if (typeof part.value === "string") {
      fields[part.fieldname] = part.value;
    }
  }
  if (!upload) throw new UserError("FILE_MISSING", "Chưa chọn tệp báo cáo để tải lên.", { field: "file" });
  return { ...upload, fields };
}

async function fileBytes(part: MultipartFile): Promise<Uint8Array> {
  try {
    return new Uint8Array(await part.toBuffer());
  } catch (error) {
    if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") {
      throw new UserError("PAYLOAD_TOO_LARGE", `Tệp "${part.filename}" vượt giới hạn ${MAX_FILE_BYTES / 1048576} MB.`, {
        file: part.filename,
        field: "file",
      });
    }
    throw error;
  }
}

// The multipart body is read part by part (readUpload) and its fields checked with ImportFields: its schema is
// there for the OpenAPI document only.
const documentedOnly = () => () => true;

/** POST /imports/preview (analyze, store nothing) and POST /imports (store), both multipart with one file. */
export function registerImportRoutes(api: FastifyInstance, ctx: AppContext): void {
  const typed = api.withTypeProvider<ZodTypeProvider>();
  typed.post(
    "/imports/preview",
    {
      schema: {
        tags: ["imports"],
        summary: "Xem trước cấu trúc của tệp báo cáo tải lên, không lưu / preview an upload (multipart: file)",
        consumes: ["multipart/form-data"],
        body: PreviewUploadBody,
        response: { 200: ImportPreview, ...ERRORS },
      },
      validatorCompiler: documentedOnly,
    },
    async (request) => {
      const actor = requireAuth(request).actor;
      const upload = await readUpload(request);
      return previewImport(ctx, { actor, fileName: upload.fileName, bytes: upload.bytes });
    },
  );
  typed.post(
    "/imports",
    {
      schema: {
        tags: ["imports"],
        summary: "Nhập tệp báo cáo (multipart: file, unitCode, periodCode, regimeCode) / import an upload",
        consumes: ["multipart/form-data"],
        body: ImportUploadBody,
        response: { 200: ImportResult, 201: ImportResult, ...ERRORS, 404: ErrorResponse },
      },
      validatorCompiler: documentedOnly,
    },
    async (request, reply) => {
      const actor = requireAuth(request).actor;
      const upload = await readUpload(request);
      const parsed = ImportFields.safeParse(upload.fields);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = String(issue?.path[0] ?? "unitCode");
        throw new UserError("INVALID_REQUEST", issue?.message ?? "Dữ liệu gửi lên không hợp lệ.", { field });
      }
      const result = await uploadReport(ctx, {
        actor,
        fileName: upload.fileName,
        bytes: upload.bytes,
        unitCode: parsed.data.unitCode,
        periodCode: parsed.data.periodCode,
        regimeCode: parsed.data.regimeCode,
      });
      return reply
        .status(result.status === "imported" ? 201 : 200)
        .send({ status: result.status, reportId: result.reportId, message: result.message });
    },
  );
}
