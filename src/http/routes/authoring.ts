import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../commands/context.js";
import { createReport } from "../../commands/create-report.js";
import { getReport } from "../../commands/get-report.js";
import { saveSection } from "../../commands/save-section.js";
import { saveTasks } from "../../commands/save-tasks.js";
import { saveValues } from "../../commands/save-values.js";
import { ErrorResponse } from "../../contract/error.js";
import { ReportDetail, ReportParams } from "../../contract/reports.js";
import {
  CreateReportBody,
  SavedSection,
  SavedTasks,
  SavedValues,
  SaveSectionBody,
  SaveTasksBody,
  SaveValuesBody,
  SectionParams,
} from "../../contract/workflow.js";
import { requireAuth } from "../auth.js";
import { presentReportDetail } from "../presenters/reports.js";

const EDIT_ERRORS = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};

/** POST /reports (create a pre-filled draft) and the edits of a draft: sections, values, tasks. */
export function registerAuthoringRoutes(api: FastifyInstance, ctx: AppContext): void {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.post(
    "/reports",
    {
      schema: {
        tags: ["authoring"],
        summary: "Tạo báo cáo (dự thảo) theo chế độ, đơn vị, kỳ / create a pre-filled draft",
        description:
          "Dự thảo có sẵn đề cương của chế độ (mỗi mục giao cho phòng phụ trách), nhiệm vụ kỳ trước chờ báo cáo kết quả và số liệu lũy kế chuyển sang; kèm thời gian chốt số liệu và hạn gửi.",
        body: CreateReportBody,
        response: { 201: ReportDetail, ...EDIT_ERRORS },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const created = await createReport(ctx, actor, {
        regimeCode: request.body.regime,
        unitCode: request.body.unit,
        periodCode: request.body.period,
      });
      const view = await getReport(ctx, { id: created.id, actor });
      reply.status(201);
      return { ...presentReportDetail(view.report, view.regimeNames, view.categoryNames), workflow: view.workflow };
    },
  );
  app.put(
    "/reports/:id/sections/:sectionId",
    {
      schema: {
        tags: ["authoring"],
        summary: "Lưu nội dung một mục / save a section",
        description:
          "baseVersion là phiên bản của mục khi mở; nếu người khác đã lưu sau đó, trả 409 kèm nội dung hiện tại (error.details.current), không ghi đè.",
        params: SectionParams,
        body: SaveSectionBody,
        response: { 200: SavedSection, ...EDIT_ERRORS },
      },
    },
    async (request) => {
      const saved = await saveSection(ctx, requireAuth(request).actor, {
        reportId: request.params.id,
        sectionId: request.params.sectionId,
        text: request.body.text,
        baseVersion: request.body.baseVersion,
      });
      return { id: saved.id, body: saved.body, version: saved.version, updatedAt: saved.updatedAt.toISOString() };
    },
  );
  app.put(
    "/reports/:id/values",
    {
      schema: {
        tags: ["authoring"],
        summary: "Lưu số liệu chỉ tiêu / save figures",
        description:
          "baseVersion là phiên bản báo cáo (version); 409 kèm số liệu hiện tại khi đã cũ. Trả về cảnh báo (phần lớn hơn tổng, tỷ lệ trên 100%, lũy kế giảm) và các tỷ lệ tính tự động.",
        params: ReportParams,
        body: SaveValuesBody,
        response: { 200: SavedValues, ...EDIT_ERRORS },
      },
    },
    async (request) =>
      saveValues(ctx, requireAuth(request).actor, {
        reportId: request.params.id,
        values: request.body.values,
        baseVersion: request.body.baseVersion,
      }),
  );
  app.put(
    "/reports/:id/tasks",
    {
      schema: {
        tags: ["authoring"],
        summary: "Lưu nhiệm vụ kỳ tới và kết quả nhiệm vụ kỳ trước / save tasks and outcomes",
        params: ReportParams,
        body: SaveTasksBody,
        response: { 200: SavedTasks, ...EDIT_ERRORS },
      },
    },
    async (request) => ({
      version: await saveTasks(ctx, requireAuth(request).actor, { reportId: request.params.id, ...request.body }),
    }),
  );
}
