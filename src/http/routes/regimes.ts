import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../commands/context.js";
import { getRegime } from "../../commands/get-regime.js";
import { listRegimes } from "../../commands/list-regimes.js";
import { editRegimeSettings } from "../../commands/manage-regimes.js";
import { ErrorResponse } from "../../contract/error.js";
import { RegimeDetail, RegimeList, RegimeParams, UpdateRegimeSettingsBody } from "../../contract/regimes.js";
import { requireAuth } from "../auth.js";
import { presentRegime, presentRegimeDetail } from "../presenters/regimes.js";

/** GET /regimes and /regimes/:code. */
export function registerRegimeRoutes(api: FastifyInstance, ctx: AppContext): void {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/regimes",
    {
      schema: {
        tags: ["regimes"],
        summary: "Các chế độ báo cáo: tần suất, chốt số liệu, thời hạn / report regimes",
        response: { 200: RegimeList },
      },
    },
    async () => ({ items: (await listRegimes(ctx)).map(presentRegime) }),
  );
  app.get(
    "/regimes/:code",
    {
      schema: {
        tags: ["regimes"],
        summary: "Một chế độ báo cáo với đề cương và biểu mẫu số liệu / one regime with outline and form",
        params: RegimeParams,
        response: { 200: RegimeDetail, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => presentRegimeDetail(await getRegime(ctx, { code: request.params.code })),
  );
  app.put(
    "/regimes/:code/settings",
    {
      schema: {
        tags: ["regimes", "administration"],
        summary: "Sửa thời hạn gửi và ngày ngừng áp dụng / edit deadlines and end date",
        params: RegimeParams,
        body: UpdateRegimeSettingsBody,
        response: {
          200: RegimeDetail,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request) =>
      presentRegimeDetail(await editRegimeSettings(ctx, requireAuth(request).actor, request.params.code, request.body)),
  );
}
