import type { Command } from "commander";
import { openAppContext } from "../commands/context.js";
import { loadDemoDataIfEmpty, loadReferenceData } from "../commands/load-demo-data.js";
import { loadConfig } from "../config.js";

/** `baocao seed` — migrates, refreshes reference data and the ICT pack, and loads demo data into an empty database. */
export function registerSeed(program: Command): void {
  program
    .command("seed")
    .description(
      "Nạp/cập nhật dữ liệu danh mục (đơn vị, ngày lễ, chế độ báo cáo, chỉ tiêu) và dữ liệu mẫu / load reference and demo data",
    )
    .option("--reference-only", "chỉ cập nhật danh mục, không nạp báo cáo mẫu / reference data only")
    .action(async (opts: { referenceOnly?: boolean }) => {
      try {
        const ctx = await openAppContext(loadConfig());
        try {
          if (opts.referenceOnly) {
            await loadReferenceData(ctx);
            console.log("Đã cập nhật dữ liệu danh mục.");
          } else {
            const demo = await loadDemoDataIfEmpty(ctx);
            if (!demo.loaded) await loadReferenceData(ctx);
            console.log(demo.loaded ? demo.message : "Cơ sở dữ liệu đã có dữ liệu: chỉ cập nhật danh mục.");
          }
        } finally {
          await ctx.database.close();
        }
      } catch (error) {
        console.error(`baocao seed: ${(error as Error).message}`);
        process.exitCode = 2;
      }
    });
}
