import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { type AnalyticsTable, tableToCsv, tableToXlsx } from "../../commands/analytics/analytics-table.js";
import {
  completenessGridTable,
  completenessTable,
  explorerTable,
  rankingTable,
} from "../../commands/analytics/analytics-tables.js";
import { consolidateReports } from "../../commands/consolidate-reports.js";
import type { AppContext } from "../../commands/context.js";
import { exploreIndicators, type UnitSelection } from "../../commands/explore-indicators.js";
import { exportRegimeValues } from "../../commands/export-regime-values.js";
import { findReminders } from "../../commands/find-reminders.js";
import { getCompleteness } from "../../commands/get-completeness.js";
import { getCompletenessGrid } from "../../commands/get-completeness-grid.js";
import { importValuesXlsx, valuesFormTable } from "../../commands/import-values-xlsx.js";
import {
  CompletenessGridQuery,
  CompletenessGridResponse,
  CompletenessQuery,
  CompletenessResponse,
  ConsolidationBody,
  ConsolidationResponse,
  ExplorerQuery,
  ExplorerResponse,
  ExportParams,
  ExportQuery,
  ImportValuesQuery,
  ImportValuesResponse,
  RemindersQuery,
  RemindersResponse,
} from "../../contract/analytics.js";
import { ErrorResponse } from "../../contract/error.js";
import { UserError } from "../../domain/errors.js";
import { requireAuth } from "../auth.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ERRORS = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

function unitSelection(query: {
  units?: string[] | undefined;
  level?: "provinces" | "divisions" | undefined;
  of?: string | undefined;
}): UnitSelection {
  if (query.units && query.units.length > 0) return { codes: query.units };
  if (query.level === "provinces") return { level: "provinces" };
  if (query.level === "divisions" && query.of) return { level: "divisions", of: query.of };
  throw new UserError(
    "INVALID_INPUT",
    'Chọn đơn vị: "units" (danh sách mã), "level=provinces" (mọi Sở) hoặc "level=divisions&of=<mã Sở>".',
    { field: "units" },
  );
}

async function sendTable(reply: FastifyReply, table: AnalyticsTable, format: "xlsx" | "csv", name: string) {
  const file = `${name}.${format}`;
  reply.header("content-disposition", `attachment; filename="${file}"`);
  if (format === "csv") return reply.type("text/csv; charset=utf-8").send(tableToCsv(table));
  return reply.type(XLSX).send(await tableToXlsx(table));
}

/** Analytics for the receiving level and departments: completeness, indicators, summary, exports and import. */
export function registerAnalyticsRoutes(api: FastifyInstance, ctx: AppContext): void {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/analytics/completeness",
    {
      schema: {
        tags: ["analytics"],
        summary: "Tình hình gửi báo cáo một kỳ: trạng thái, ngày gửi, số ngày muộn / completeness of a period",
        querystring: CompletenessQuery,
        response: { 200: CompletenessResponse, ...ERRORS },
      },
    },
    async (request) => {
      const { regime, period, today } = request.query;
      return getCompleteness(ctx, { actor: requireAuth(request).actor, regimeCode: regime, periodCode: period, today });
    },
  );
  app.get(
    "/analytics/completeness/grid",
    {
      schema: {
        tags: ["analytics"],
        summary: "Bảng đơn vị × kỳ trong năm, số lượng và tỷ lệ / year grid",
        querystring: CompletenessGridQuery,
        response: { 200: CompletenessGridResponse, ...ERRORS },
      },
    },
    async (request) => {
      const { regime, year, today } = request.query;
      return getCompletenessGrid(ctx, { actor: requireAuth(request).actor, regimeCode: regime, year, today });
    },
  );
  app.get(
    "/analytics/reminders",
    {
      schema: {
        tags: ["analytics"],
        summary: "Báo cáo sắp đến hạn hoặc đã quá hạn chưa gửi / due and late reports",
        querystring: RemindersQuery,
        response: { 200: RemindersResponse, ...ERRORS },
      },
    },
    async (request) => {
      const { regime, withinDays, today } = request.query;
      const items = await findReminders(ctx, {
        actor: requireAuth(request).actor,
        regimeCode: regime,
        withinDays,
        today,
      });
      return { items };
    },
  );
  app.get(
    "/analytics/indicators",
    {
      schema: {
        tags: ["analytics"],
        summary: "Chỉ tiêu × đơn vị × kỳ, xếp hạng và thay đổi thứ hạng / indicator explorer",
        description:
          "Tính trực tiếp từ số liệu đã lưu theo quy tắc của danh mục (cộng dồn, lấy kỳ cuối, tính lại tỷ lệ). " +
          "Theo đơn vị của ngày asOf: tỉnh sau sáp nhập cộng gộp số liệu các tỉnh cũ (combinedFrom).",
        querystring: ExplorerQuery,
        response: { 200: ExplorerResponse, ...ERRORS },
      },
    },
    async (request) => {
      const q = request.query;
      return exploreIndicators(ctx, {
        actor: requireAuth(request).actor,
        regimeCode: q.regime,
        indicatorCodes: q.indicators,
        units: unitSelection(q),
        periodCodes: q.periods,
        asOf: q.asOf,
        disaggregation: q.disaggregation,
        rankOrder: q.order,
      });
    },
  );
  app.post(
    "/analytics/consolidations",
    {
      schema: {
        tags: ["analytics"],
        summary: "Lập dự thảo báo cáo tổng hợp từ báo cáo đã gửi của cấp dưới / draft a consolidated report",
        body: ConsolidationBody,
        response: { 200: ConsolidationResponse, 409: ErrorResponse, ...ERRORS },
      },
    },
    async (request) => {
      const b = request.body;
      const summary = await consolidateReports(ctx, {
        actor: requireAuth(request).actor,
        regimeCode: b.regime,
        receivingUnitCode: b.unit,
        periodCode: b.period,
        indicatorCodes: b.indicators,
        store: !b.preview,
        baseVersion: b.baseVersion,
      });
      return {
        reportId: summary.reportId,
        existing: summary.existing,
        title: summary.content.title,
        sections: summary.content.sections.map((s) => ({
          templateKey: s.templateKey ?? null,
          number: s.number,
          title: s.title,
          level: s.level,
          body: s.body,
        })),
        counts: summary.counts,
        late: summary.late,
        missing: summary.missing,
        highlights: summary.highlights,
      };
    },
  );
  app.get(
    "/analytics/export/:table",
    {
      schema: {
        tags: ["analytics"],
        summary: "Tải bảng dưới dạng Excel (.xlsx) hoặc CSV (UTF-8 có BOM) / download a table",
        params: ExportParams,
        querystring: ExportQuery,
        response: ERRORS,
      },
    },
    async (request, reply) => {
      const actor = requireAuth(request).actor;
      const q = request.query;
      const need = <T>(value: T | undefined, field: string): T => {
        if (value === undefined) throw new UserError("INVALID_INPUT", `Thiếu tham số "${field}".`, { field });
        return value;
      };
      switch (request.params.table) {
        case "completeness": {
          const view = await getCompleteness(ctx, {
            actor,
            regimeCode: q.regime,
            periodCode: need(q.period, "period"),
            today: q.today,
          });
          return sendTable(reply, completenessTable(view), q.format, `gui-bao-cao-${view.periodCode}`);
        }
        case "grid": {
          const grid = await getCompletenessGrid(ctx, {
            actor,
            regimeCode: q.regime,
            year: need(q.year, "year"),
            today: q.today,
          });
          return sendTable(reply, completenessGridTable(grid), q.format, `gui-bao-cao-nam-${grid.year}`);
        }
        case "indicators":
        case "ranking": {
          const result = await exploreIndicators(ctx, {
            actor,
            regimeCode: q.regime,
            indicatorCodes: need(q.indicators, "indicators"),
            units: unitSelection(q),
            periodCodes: need(q.periods, "periods"),
            asOf: q.asOf,
            disaggregation: q.disaggregation,
            rankOrder: q.order,
          });
          const table = request.params.table === "ranking" ? rankingTable(result) : explorerTable(result);
          return sendTable(
            reply,
            table,
            q.format,
            request.params.table === "ranking" ? "xep-hang" : "so-lieu-chi-tieu",
          );
        }
        case "values": {
          const period = need(q.period, "period");
          const table = await exportRegimeValues(ctx, { actor, regimeCode: q.regime, periodCode: period });
          return sendTable(reply, table, q.format, `so-lieu-${q.regime}-${period}`);
        }
        case "form":
          return sendTable(reply, await valuesFormTable(ctx, q.regime), q.format, `bieu-so-lieu-${q.regime}`);
      }
    },
  );
  // The import takes the .xlsx file itself as the body; its parser is scoped to this route's plugin.
  api.register(async (scope) => {
    scope.addContentTypeParser([XLSX, "application/octet-stream"], { parseAs: "buffer" }, (_request, body, done) =>
      done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      "/analytics/values-import",
      {
        schema: {
          tags: ["analytics"],
          summary: "Nhập số liệu từ tệp Excel theo biểu của chế độ báo cáo / import figures from Excel",
          description: `Thân yêu cầu là tệp .xlsx (Content-Type: ${XLSX}). Lỗi nêu từng ô ("Ô F12: '12,3a' không phải là số").`,
          querystring: ImportValuesQuery,
          response: { 200: ImportValuesResponse, 409: ErrorResponse, ...ERRORS },
        },
      },
      async (request) => {
        if (!Buffer.isBuffer(request.body)) {
          throw new UserError("UNSUPPORTED_MEDIA_TYPE", `Gửi tệp .xlsx với Content-Type ${XLSX}.`, { field: "file" });
        }
        const result = await importValuesXlsx(ctx, {
          actor: requireAuth(request).actor,
          regimeCode: request.query.regime,
          unitCode: request.query.unit,
          periodCode: request.query.period,
          bytes: request.body,
        });
        return { reportId: result.reportId, imported: result.imported, version: result.lockVersion };
      },
    );
  });
}
