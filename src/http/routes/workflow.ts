import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../commands/context.js";
import { getReportAudit } from "../../commands/get-report-audit.js";
import { listInbox } from "../../commands/list-inbox.js";
import { transitionReport } from "../../commands/transition-report.js";
import { PageQuery, PeriodCode } from "../../contract/common.js";
import { ErrorResponse } from "../../contract/error.js";
import { ReportList, ReportParams } from "../../contract/reports.js";
import { AuditList, TransitionBody, TransitionResult } from "../../contract/workflow.js";
import { requireAuth } from "../auth.js";
import { presentReportSummary } from "../presenters/reports.js";

const InboxQuery = z.object({ period: PeriodCode.optional(), ...PageQuery });

/** POST /reports/:id/transitions, GET /reports/:id/audit and GET /inbox. */
export function registerWorkflowRoutes(api: FastifyInstance, ctx: AppContext): void {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.post(
    "/reports/:id/transitions",
    {
      schema: {
        tags: ["workflow"],
        summary: "Chuyển bước quy trình: nộp, tổng hợp, trả lại, phê duyệt, ban hành, gửi, đính chính / workflow step",
        description:
          "403 khi vai trò không được làm thao tác này, 409 khi trạng thái báo cáo không cho phép, 400 khi trả lại mà không ghi ý kiến.",
        params: ReportParams,
        body: TransitionBody,
        response: {
          200: TransitionResult,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request) =>
      transitionReport(ctx, requireAuth(request).actor, {
        reportId: request.params.id,
        action: request.body.action,
        comment: request.body.comment,
      }),
  );
  app.get(
    "/reports/:id/audit",
    {
      schema: {
        tags: ["workflow"],
        summary: "Nhật ký thao tác của báo cáo / audit timeline",
        params: ReportParams,
        response: { 200: AuditList, 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const events = await getReportAudit(ctx, requireAuth(request).actor, request.params.id);
      return {
        items: events.map((e) => ({
          id: e.id,
          at: e.at.toISOString(),
          actor: e.actorName,
          action: e.action,
          fromState: e.fromState,
          toState: e.toState,
          comment: e.comment,
          details: e.details,
        })),
      };
    },
  );
  app.get(
    "/inbox",
    {
      schema: {
        tags: ["workflow"],
        summary: "Báo cáo gửi đến đơn vị nhận / reports received",
        querystring: InboxQuery,
        response: { 200: ReportList, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request) => {
      const page = await listInbox(ctx, requireAuth(request).actor, {
        limit: request.query.limit,
        offset: request.query.offset,
        periodCode: request.query.period,
      });
      return {
        items: page.items.map((r) => presentReportSummary(r, page.regimeNames)),
        total: page.total,
        limit: page.limit,
        offset: page.offset,
      };
    },
  );
}
