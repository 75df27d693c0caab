import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../commands/context.js";
import { getReport } from "../../commands/get-report.js";
import { listReports } from "../../commands/list-reports.js";
import { ErrorResponse } from "../../contract/error.js";
import { ListReportsQuery, ReportDetail, ReportList, ReportParams } from "../../contract/reports.js";
import { requireAuth } from "../auth.js";
import { presentReportDetail, presentReportSummary } from "../presenters/reports.js";

/** GET /reports and /reports/:id. */
export function registerReportRoutes(api: FastifyInstance, ctx: AppContext): void {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/reports",
    {
      schema: {
        tags: ["reports"],
        summary: "Danh sách báo cáo theo đơn vị, chế độ, kỳ, trạng thái / list reports",
        querystring: ListReportsQuery,
        response: { 200: ReportList, 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { unit, regime, period, state, limit, offset } = request.query;
      const listing = await listReports(ctx, {
        actor: requireAuth(request).actor,
        unitCode: unit,
        regimeCode: regime,
        periodCode: period,
        state,
        limit,
        offset,
      });
      return {
        items: listing.items.map((r) => presentReportSummary(r, listing.regimeNames)),
        total: listing.total,
        limit: listing.limit,
        offset: listing.offset,
      };
    },
  );
  app.get(
    "/reports/:id",
    {
      schema: {
        tags: ["reports"],
        summary: "Một báo cáo: nội dung, số liệu, nhiệm vụ, văn bản dẫn chiếu, kết quả kiểm tra / one report",
        params: ReportParams,
        response: { 200: ReportDetail, 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const view = await getReport(ctx, { id: request.params.id, actor: requireAuth(request).actor });
      return { ...presentReportDetail(view.report, view.regimeNames, view.categoryNames), workflow: view.workflow };
    },
  );
}
