import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { openAppContext } from "../commands/context.js";
import { loadDemoDataIfEmpty } from "../commands/load-demo-data.js";
import type { Config } from "../config.js";
import { buildApp } from "./app.js";

// dist/src/http/server.js → dist/web (built by `npm run build:web`).
const WEB_ROOT = fileURLToPath(new URL("../../web/", import.meta.url));

/** Opens the database, migrates, loads the demo data into an empty database and listens. */
export async function startServer(config: Config): Promise<FastifyInstance> {
  const ctx = await openAppContext(config);
  const demo = await loadDemoDataIfEmpty(ctx);
  const app = await buildApp(ctx, { logLevel: config.logLevel, webRoot: WEB_ROOT });
  app.addHook("onClose", async () => ctx.database.close());
  await app.listen({ port: config.port, host: config.host });
  console.log(`baocao đang chạy tại http://localhost:${config.port} (cơ sở dữ liệu: ${ctx.database.kind})`);
  if (demo.loaded) console.log(demo.message);
  return app;
}
