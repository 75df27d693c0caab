import { existsSync } from "node:fs";
import fastifyCookie from "@fastify/cookie";
import fastifyMultipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { MAX_FILE_BYTES } from "../commands/analyze-report-file.js";
import type { AppContext } from "../commands/context.js";
import { handleError } from "./errors.js";
import { registerRoutes } from "./routes/index.js";

export interface BuildAppOptions {
  logLevel?: string;
  /** Folder of the built web app (dist/web); not served when absent. */
  webRoot?: string | undefined;
}

/** The Fastify application over an open context: API under /api, OpenAPI at /api/docs, the web app at /. */
export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? "silent" },
    bodyLimit: 25 * 1024 * 1024,
    // Behind a reverse proxy (BAOCAO_TRUST_PROXY): request.protocol follows X-Forwarded-Proto, so the session
    // cookie is Secure when the user's connection is https.
    trustProxy: ctx.config.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  await app.register(fastifyCookie);
  // One report file per request, at most the importer's limit (the importer checks it again with the file's name).
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1 } });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "baocao API",
        description: "Hệ thống thông tin báo cáo ngành thông tin và truyền thông — API JSON",
        version: "0.1.0",
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  await app.register(async (api) => registerRoutes(api, ctx), { prefix: "/api" });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || !options.webRoot) {
      reply.status(404).send({ error: { code: "NOT_FOUND", message: "Không tìm thấy địa chỉ yêu cầu." } });
      return;
    }
    // Client-side routes of the single-page app.
    reply.sendFile("index.html");
  });
  if (options.webRoot && existsSync(options.webRoot)) {
    await app.register(fastifyStatic, { root: options.webRoot, wildcard: false });
  }
  return app;
}
