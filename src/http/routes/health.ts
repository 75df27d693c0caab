import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../commands/context.js";
import { getHealth } from "../../commands/get-health.js";
import { HealthResponse } from "../../contract/health.js";

export function registerHealthRoutes(api: FastifyInstance, ctx: AppContext): void {
  api.withTypeProvider<ZodTypeProvider>().get(
    "/health",
    {
      config: { public: true },
      schema: { tags: ["system"], summary: "Tình trạng hệ thống / health", response: { 200: HealthResponse } },
    },
    async () => getHealth(ctx),
  );
}
