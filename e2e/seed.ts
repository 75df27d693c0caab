import { openDatabase } from "../src/storage/database.js";
import { migrate } from "../src/storage/migrate.js";
import { upsertSuccessions } from "../src/storage/units.js";
import { buildDepartment, buildRegime, buildReport, buildUnit } from "../test/factories.js";

export interface SeededData {
  departmentCode: string;
  regimeCode: string;
  reportIds: number[];
  /** The unit the department became on 1 March 2025 (the ministries' merger). */
  successorCode: string;
}

/**
 * Fills an empty data folder with a few records through the storage factories: the demo data of issue 3 is
 * written elsewhere, so the browser test brings its own when the server started empty. Run while no server
 * holds the folder (PGlite allows one process).
 */
export async function seedDataDir(dataDir: string): Promise<SeededData> {
  const database = await openDatabase({ dataDir });
  try {
    await migrate(database);
    const db = database.db;
    const caoBang = await buildDepartment(db, {
      code: "E2E-STTTT-CB",
      name: "Sở Thông tin và Truyền thông tỉnh Cao Bằng",
      validTo: "2025-02-28",
    });
    const successor = await buildUnit(db, {
      code: "E2E-SKHCN-CB",
      name: "Sở Khoa học và Công nghệ tỉnh Cao Bằng",
      validFrom: "2025-03-01",
    });
    await upsertSuccessions(db, [
      { fromCode: caoBang.department.code, toCode: successor.code, effectiveDate: "2025-03-01", kind: "merge" },
    ]);
    await buildUnit(db, {
      code: "E2E-SKHCN-VL",
      name: "Sở Khoa học và Công nghệ tỉnh Vĩnh Long",
      provinceCode: "86",
      validFrom: "2025-07-01",
    });
    await buildUnit(db, {
      code: "E2E-STTTT-TV",
      name: "Sở Thông tin và Truyền thông tỉnh Trà Vinh",
      provinceCode: "84",
      validTo: "2025-02-28",
    });
    const regime = await buildRegime(db);
    const reportIds: number[] = [];
    for (const [periodCode, state] of [
      ["2025-09", "sent"],
      ["2025-10", "issued"],
      ["2025-11", "draft"],
    ] as const) {
      const month = Number(periodCode.slice(5));
      const built = await buildReport(db, {
        department: caoBang,
        regime,
        content: {
          periodCode,
          state,
          title: `Báo cáo kết quả công tác thông tin và truyền thông tháng ${month} năm 2025`,
          nextPeriodCode: `2025-${String(month + 1).padStart(2, "0")}`,
          ...(state === "draft"
            ? {}
            : {
                number: month * 10,
                numberText: `${month * 10}/BC-STTTT`,
                issuedOn: `2025-${String(month).padStart(2, "0")}-15`,
              }),
        },
      });
      reportIds.push(built.report.id);
    }
    return {
      departmentCode: caoBang.department.code,
      regimeCode: regime.code,
      reportIds,
      successorCode: successor.code,
    };
  } finally {
    await database.close();
  }
}
