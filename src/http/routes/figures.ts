import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../commands/context.js";
import { getPreviousValues } from "../../commands/get-previous-values.js";
import { ErrorResponse } from "../../contract/error.js";
import { PreviousValues } from "../../contract/figures.js";
import { ReportParams } from "../../contract/reports.js";
import { requireAuth } from "../auth.js";

/** What the figures form needs besides the report: last period's cumulative figures. */
export function registerFiguresRoutes(api: FastifyInstance, ctx: AppContext): void {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/reports/:id/values/previous",
    {
      schema: {
        tags: ["authoring"],
        summary: "Số liệu lũy kế kỳ trước / last period's cumulative figures",
        description:
          "Số liệu các chỉ tiêu lũy kế của báo cáo kỳ trước cùng chế độ, cùng đơn vị, để cảnh báo khi số lũy kế giảm. Ai xem được báo cáo thì xem được.",
        params: ReportParams,
        response: { 200: PreviousValues, 401: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => getPreviousValues(ctx, requireAuth(request).actor, request.params.id),
  );
}
