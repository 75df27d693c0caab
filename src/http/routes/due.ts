import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../commands/context.js";
import { findDueReports } from "../../commands/find-due-reports.js";
import { DueQuery, DueResponse } from "../../contract/due.js";
import { ErrorResponse } from "../../contract/error.js";
import { requireAuth } from "../auth.js";

/** GET /reports/due: what the user's units must send this week and what is already late. */
export function registerDueRoutes(api: FastifyInstance, ctx: AppContext): void {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/reports/due",
    {
      schema: {
        tags: ["reports"],
        summary: "Báo cáo đến hạn tuần này và quá hạn / due this week and late",
        description:
          "Theo mọi chế độ định kỳ, các báo cáo chưa gửi của đơn vị người dùng: hạn gửi từ hôm nay đến Chủ nhật tuần này (week) " +
          "hoặc đã qua hạn trong vòng một năm (late), kèm số ngày còn lại / quá hạn. Tuần tính từ Thứ Hai theo giờ Việt Nam.",
        querystring: DueQuery,
        response: { 200: DueResponse, 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request) =>
      findDueReports(ctx, requireAuth(request).actor, {
        window: request.query.window,
        today: request.query.today,
      }),
  );
}
