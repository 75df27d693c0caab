import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../commands/context.js";
import { listIndicators } from "../../commands/list-indicators.js";
import { ErrorResponse } from "../../contract/error.js";
import { IndicatorList, ListIndicatorsQuery } from "../../contract/indicators.js";
import { presentIndicator } from "../presenters/indicators.js";

/** GET /indicators. */
export function registerIndicatorRoutes(api: FastifyInstance, ctx: AppContext): void {
  api.withTypeProvider<ZodTypeProvider>().get(
    "/indicators",
    {
      schema: {
        tags: ["indicators"],
        summary: "Danh mục chỉ tiêu / indicator catalogue",
        querystring: ListIndicatorsQuery,
        response: { 200: IndicatorList, 400: ErrorResponse },
      },
    },
    async (request) => ({ items: (await listIndicators(ctx, request.query)).map(presentIndicator) }),
  );
}
