import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../commands/context.js";
import { listIndicators } from "../../commands/list-indicators.js";
import { createIndicator, editIndicator, removeIndicator } from "../../commands/manage-indicators.js";
import { ErrorResponse } from "../../contract/error.js";
import {
  CreateIndicatorBody,
  Indicator,
  IndicatorList,
  IndicatorParams,
  ListIndicatorsQuery,
  RemoveIndicatorResult,
  UpdateIndicatorBody,
} from "../../contract/indicators.js";
import { requireAuth } from "../auth.js";
import { presentIndicator } from "../presenters/indicators.js";

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

/** GET /indicators for everyone; creating, changing and removing for administrators. */
export function registerIndicatorRoutes(api: FastifyInstance, ctx: AppContext): void {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.get(
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
  app.post(
    "/indicators",
    {
      schema: {
        tags: ["indicators", "administration"],
        summary: "Thêm chỉ tiêu vào danh mục / add an indicator",
        body: CreateIndicatorBody,
        response: { 201: Indicator, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createIndicator(ctx, requireAuth(request).actor, request.body);
      reply.status(201);
      return presentIndicator(created);
    },
  );
  app.put(
    "/indicators/:code",
    {
      schema: {
        tags: ["indicators", "administration"],
        summary: "Sửa chỉ tiêu (mã không đổi) / edit an indicator",
        params: IndicatorParams,
        body: UpdateIndicatorBody,
        response: { 200: Indicator, ...errors },
      },
    },
    async (request) =>
      presentIndicator(
        await editIndicator(ctx, requireAuth(request).actor, { ...request.body, code: request.params.code }),
      ),
  );
  app.delete(
    "/indicators/:code",
    {
      schema: {
        tags: ["indicators", "administration"],
        summary: "Xoá chỉ tiêu chưa dùng; đã có số liệu thì ngừng sử dụng / delete or deactivate",
        params: IndicatorParams,
        response: { 200: RemoveIndicatorResult, ...errors },
      },
    },
    async (request) => {
      const result = await removeIndicator(ctx, requireAuth(request).actor, request.params.code);
      return { outcome: result.outcome, indicator: result.indicator ? presentIndicator(result.indicator) : null };
    },
  );
}
