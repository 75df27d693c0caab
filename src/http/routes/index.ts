import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../commands/context.js";
import { registerAuthentication } from "../auth.js";
import { registerAnalyticsRoutes } from "./analytics.js";
import { registerAuthoringRoutes } from "./authoring.js";
import { registerDocumentRoutes } from "./documents.js";
import { registerDueRoutes } from "./due.js";
import { registerFiguresRoutes } from "./figures.js";
import { registerHealthRoutes } from "./health.js";
import { registerImportRoutes } from "./imports.js";
import { registerIndicatorRoutes } from "./indicators.js";
import { registerRegimeRoutes } from "./regimes.js";
import { registerReportRoutes } from "./reports.js";
import { registerSessionRoutes } from "./session.js";
import { registerUnitRoutes } from "./units.js";
import { registerUserRoutes } from "./users.js";
import { registerWorkflowRoutes } from "./workflow.js";

/** Every API route module, mounted under /api. */
export async function registerRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  registerAuthentication(api, ctx);
  registerHealthRoutes(api, ctx);
  await registerSessionRoutes(api, ctx);
  registerUnitRoutes(api, ctx);
  registerRegimeRoutes(api, ctx);
  registerIndicatorRoutes(api, ctx);
  registerDueRoutes(api, ctx);
  registerReportRoutes(api, ctx);
  registerDocumentRoutes(api, ctx);
  registerAuthoringRoutes(api, ctx);
  registerWorkflowRoutes(api, ctx);
  registerImportRoutes(api, ctx);
  registerUserRoutes(api, ctx);
  registerAnalyticsRoutes(api, ctx);
  registerFiguresRoutes(api, ctx);
}
