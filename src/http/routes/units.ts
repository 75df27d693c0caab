import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../commands/context.js";
import { getUnit } from "../../commands/get-unit.js";
import { listUnits } from "../../commands/list-units.js";
import { addDivision, endUnitOn, renameUnit } from "../../commands/manage-units.js";
import { ErrorResponse } from "../../contract/error.js";
import {
  CreateDivisionBody,
  EndUnitBody,
  ListUnitsQuery,
  RenameUnitBody,
  UnitDetail,
  UnitList,
  UnitParams,
  UnitQuery,
} from "../../contract/units.js";
import { requireAuth } from "../auth.js";
import { presentUnit, presentUnitDetail } from "../presenters/units.js";

/** GET /units and /units/:code. */
export function registerUnitRoutes(api: FastifyInstance, ctx: AppContext): void {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/units",
    {
      schema: {
        tags: ["units"],
        summary: "Danh sách đơn vị / list units",
        description: "Lọc theo loại, tên (không phân biệt dấu), ngày hiệu lực và đơn vị cấp trên.",
        querystring: ListUnitsQuery,
        response: { 200: UnitList, 400: ErrorResponse },
      },
    },
    async (request) => {
      const { kind, q, at, parent, limit } = request.query;
      const units = await listUnits(ctx, { kind, q, at, parentCode: parent, limit });
      return { items: units.map(presentUnit) };
    },
  );
  app.get(
    "/units/:code",
    {
      schema: {
        tags: ["units"],
        summary: "Một đơn vị: tên theo thời gian, đơn vị trực thuộc, kế thừa / one unit",
        params: UnitParams,
        querystring: UnitQuery,
        response: { 200: UnitDetail, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => presentUnitDetail(await getUnit(ctx, { code: request.params.code, at: request.query.at })),
  );
  const errors = {
    400: ErrorResponse,
    401: ErrorResponse,
    403: ErrorResponse,
    404: ErrorResponse,
    409: ErrorResponse,
  };
  app.post(
    "/units",
    {
      schema: {
        tags: ["units", "administration"],
        summary: "Thêm phòng vào một Sở / add a division to a department",
        body: CreateDivisionBody,
        response: { 201: UnitDetail, ...errors },
      },
    },
    async (request, reply) => {
      const created = await addDivision(ctx, requireAuth(request).actor, request.body);
      reply.status(201);
      return presentUnitDetail(created);
    },
  );
  app.post(
    "/units/:code/names",
    {
      schema: {
        tags: ["units", "administration"],
        summary: "Đổi tên đơn vị từ một ngày / rename a unit from a date",
        params: UnitParams,
        body: RenameUnitBody,
        response: { 200: UnitDetail, ...errors },
      },
    },
    async (request) =>
      presentUnitDetail(await renameUnit(ctx, requireAuth(request).actor, request.params.code, request.body)),
  );
  app.post(
    "/units/:code/end",
    {
      schema: {
        tags: ["units", "administration"],
        summary: "Kết thúc hoạt động của đơn vị / end a unit on its last day",
        params: UnitParams,
        body: EndUnitBody,
        response: { 200: UnitDetail, ...errors },
      },
    },
    async (request) =>
      presentUnitDetail(await endUnitOn(ctx, requireAuth(request).actor, request.params.code, request.body.validTo)),
  );
}
