import { generateDemoReports } from "../packs/ict/demo/index.js";
import { ictPack } from "../packs/ict/index.js";
import { holidays, referenceSuccessions, referenceUnits } from "../reference/index.js";
import { upsertIndicators } from "../storage/indicators.js";
import { upsertRegimes } from "../storage/regimes.js";
import { insertReportContent } from "../storage/report-content.js";
import { addReportReceivers } from "../storage/report-receivers.js";
import { inTransaction } from "../storage/transaction.js";
import { unitIdsByCode, upsertHolidays, upsertSuccessions, upsertUnits } from "../storage/units.js";
import { createUser } from "../storage/users.js";
import { generatePassword, hashPassword } from "./auth/password.js";
import type { AppContext } from "./context.js";

export interface DemoDataResult {
  loaded: boolean;
  message: string;
  reports?: number;
}

/** The demo accounts of issue 7 and README: who they are and for which unit they act. */
export const DEMO_ACCOUNTS = [
  { username: "admin", displayName: "Quản trị hệ thống", roles: [{ role: "admin", unitCode: "BO" }] },
  {
    username: "chuyenvien.cntt",
    displayName: "Nguyễn Thị Hoa (Phòng CNTT)",
    roles: [{ role: "specialist", unitCode: "SO-04-CNTT" }],
  },
  {
    username: "vanphong",
    displayName: "Hoàng Văn Minh (Văn phòng Sở)",
    roles: [{ role: "office", unitCode: "SO-04" }],
  },
  // The director signs issued reports in his own name ("GIÁM ĐỐC", no "KT."): the name is printed as written.
  {
    username: "giamdoc",
    displayName: "Nông Văn Thành",
    jobTitle: "Giám đốc",
    roles: [{ role: "leader", unitCode: "SO-04" }],
  },
  {
    username: "bo.tonghop",
    displayName: "Trần Thu Hà (Văn phòng Bộ)",
    // The ministry's office receives the departments' reports and writes its own consolidated one.
    roles: [
      { role: "receiver", unitCode: "BO-VP" },
      { role: "office", unitCode: "BO-VP" },
    ],
  },
  {
    username: "chuyenvien.vinhlong",
    displayName: "Lê Minh Tâm (Sở KH&CN Vĩnh Long)",
    roles: [{ role: "specialist", unitCode: "SO-86-2025-CNTT" }],
  },
] as const;

/** Loads the reference units, holidays and the ICT pack; idempotent (upserts by code). */
export async function loadReferenceData(ctx: AppContext): Promise<void> {
  await inTransaction(ctx.database.db, async (trx) => {
    await upsertUnits(trx, referenceUnits());
    await upsertSuccessions(trx, referenceSuccessions());
    await upsertHolidays(
      trx,
      holidays.map((h) => ({ day: h.date, name: h.name })),
    );
    await upsertIndicators(trx, ictPack.indicators);
    await upsertRegimes(trx, ictPack.regimes);
  });
}

/**
 * On first start with an empty database: reference data, the ICT pack, the demo accounts and two years of demo
 * reports (Cao Bằng; Vĩnh Long and its predecessors across the July 2025 merger). The accounts' password is
 * BAOCAO_DEMO_PASSWORD when set, otherwise a random one returned in the message (printed once).
 */
export async function loadDemoDataIfEmpty(ctx: AppContext): Promise<DemoDataResult> {
  const any = await ctx.database.db.selectFrom("units").select("id").limit(1).executeTakeFirst();
  if (any) return { loaded: false, message: "" };
  await loadReferenceData(ctx);
  const password = ctx.config.demoPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const reports = generateDemoReports();
  await inTransaction(ctx.database.db, async (trx) => {
    for (const account of DEMO_ACCOUNTS) {
      await createUser(trx, { ...account, roles: account.roles.map((r) => ({ ...r })), passwordHash });
    }
    const receivers = await unitIdsByCode(trx, ["BO-VP", "UBND-04", "UBND-86-2025", "UBND-83", "UBND-84", "UBND-86"]);
    for (const content of reports) {
      const { id } = await insertReportContent(trx, content);
      if (content.state === "sent") {
        const province = content.unitCode.replace(/^SO-/, "UBND-");
        const ids = [receivers.get("BO-VP"), receivers.get(province)].filter((x): x is number => x !== undefined);
        await addReportReceivers(trx, id, ids);
      }
    }
  });
  const who = DEMO_ACCOUNTS.map((a) => a.username).join(", ");
  const secret = ctx.config.demoPassword
    ? "mật khẩu là giá trị của BAOCAO_DEMO_PASSWORD"
    : `mật khẩu (chỉ hiện một lần): ${password}`;
  return {
    loaded: true,
    reports: reports.length,
    message: `Đã nạp dữ liệu mẫu: ${reports.length} báo cáo. Tài khoản mẫu: ${who}; ${secret}`,
  };
}
