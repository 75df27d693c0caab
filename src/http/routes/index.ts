import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../commands/context.js";
import { registerHealthRoutes } from "./health.js";

/** Every API route module, mounted under /api. */
export async function registerRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  registerHealthRoutes(api, ctx);
}
