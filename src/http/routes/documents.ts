import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../commands/context.js";
import { getReport } from "../../commands/get-report.js";
import { renderReport } from "../../commands/render-report.js";
import { DocumentQuery } from "../../contract/documents.js";
import { ErrorResponse } from "../../contract/error.js";
import { ReportParams } from "../../contract/reports.js";
import { requireAuth } from "../auth.js";

/** GET /reports/:id/document — the report as a Decree 30 .docx, PDF or Markdown file. */
export function registerDocumentRoutes(api: FastifyInstance, ctx: AppContext): void {
  api.withTypeProvider<ZodTypeProvider>().get(
    "/reports/:id/document",
    {
      schema: {
        tags: ["reports"],
        summary: "Tải văn bản báo cáo theo thể thức Nghị định 30 (docx, pdf, md) / download the document",
        params: ReportParams,
        querystring: DocumentQuery,
        response: {
          200: z.unknown().describe("Tệp .docx, .pdf hoặc .md"),
          400: ErrorResponse,
          404: ErrorResponse,
          503: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      // Reading the report first applies the same visibility rules as GET /reports/:id.
      await getReport(ctx, { id: request.params.id, actor: requireAuth(request).actor });
      const document = await renderReport(ctx, { reportId: request.params.id, format: request.query.format });
      return reply
        .header("content-type", document.mediaType)
        .header(
          "content-disposition",
          `attachment; filename="${document.fileName}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
        )
        .send(document.bytes);
    },
  );
}
