import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { IndicatorDefinition } from "../src/domain/indicator.js";
import type { UnitDefinition, UnitKind } from "../src/domain/org-unit.js";
import type { Regime, ReportDetail, Role, Unit, User } from "../src/domain/records.js";
import type { RegimeDefinition } from "../src/domain/regime.js";
import type { ReportContent } from "../src/domain/report.js";
import { upsertIndicators } from "../src/storage/indicators.js";
import { getRegimeByCode, upsertRegimes } from "../src/storage/regimes.js";
import { insertReportContent } from "../src/storage/report-content.js";
import { getReportDetail } from "../src/storage/report-queries.js";
import type { DB } from "../src/storage/schema.js";
import { getUnitByCode, upsertUnits } from "../src/storage/units.js";
import { createUser } from "../src/storage/users.js";

/** A short random suffix: every factory makes its own codes so tests never collide or need cleaning. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex").toUpperCase();
}

export interface UnitOverrides {
  code?: string;
  kind?: UnitKind;
  name?: string;
  symbol?: string | null;
  parentCode?: string | null;
  provinceCode?: string | null;
  validFrom?: string;
  validTo?: string | null;
  names?: UnitDefinition["names"];
}

/** Creates one unit (a department by default, named after a province) and returns it. */
export async function buildUnit(db: Kysely<DB>, overrides: UnitOverrides = {}): Promise<Unit> {
  const code = overrides.code ?? `U-${uniqueSuffix()}`;
  const def: UnitDefinition = {
    code,
    kind: overrides.kind ?? "department",
    parentCode: overrides.parentCode ?? null,
    provinceCode: overrides.provinceCode ?? "04",
    validFrom: overrides.validFrom ?? "2008-01-01",
    validTo: overrides.validTo ?? null,
    names: overrides.names ?? [
      {
        name: overrides.name ?? `Sở Thông tin và Truyền thông tỉnh Cao Bằng ${code}`,
        symbol: overrides.symbol === undefined ? "STTTT" : overrides.symbol,
        validFrom: overrides.validFrom ?? "2008-01-01",
      },
    ],
  };
  await upsertUnits(db, [def]);
  return getUnitByCode(db, code);
}

/** The divisions a department's report is written by, with the field each one covers. */
export const DIVISION_FIELDS = [
  { field: "van-phong", name: "Văn phòng Sở" },
  { field: "cntt", name: "Phòng Công nghệ thông tin" },
  { field: "buu-chinh-vien-thong", name: "Phòng Bưu chính, Viễn thông" },
] as const;

export interface Department {
  department: Unit;
  /** The divisions by field ("van-phong", "cntt", "buu-chinh-vien-thong"). */
  divisions: Record<(typeof DIVISION_FIELDS)[number]["field"], Unit>;
}

/** Creates a department with its three divisions (office, IT, post and telecommunications). */
export async function buildDepartment(db: Kysely<DB>, overrides: UnitOverrides = {}): Promise<Department> {
  const department = await buildUnit(db, { kind: "department", ...overrides });
  const divisions: Partial<Department["divisions"]> = {};
  for (const d of DIVISION_FIELDS) {
    divisions[d.field] = await buildUnit(db, {
      code: `${department.code}-${d.field.toUpperCase()}`,
      kind: "division",
      name: d.name,
      symbol: null,
      parentCode: department.code,
      provinceCode: department.provinceCode,
    });
  }
  return { department, divisions: divisions as Department["divisions"] };
}

/** The three indicators of the test regimes: documents sent, of which digitally signed, and the signed share. */
export function buildIndicatorDefinitions(suffix: string = uniqueSuffix()): IndicatorDefinition[] {
  const out = `DOC_OUT_${suffix}`;
  const signed = `DOC_SIGNED_${suffix}`;
  return [
    {
      code: out,
      name: "Tổng số văn bản đi",
      field: "van-phong",
      unitOfMeasure: "văn bản",
      valueType: "integer",
      aggregationUnits: "sum",
      aggregationTime: "sum",
      keywords: ["van ban di"],
      disaggregations: [
        { dimension: "channel", code: "online", name: "Gửi qua mạng" },
        { dimension: "channel", code: "paper", name: "Gửi bản giấy" },
      ],
    },
    {
      code: signed,
      name: "Số văn bản đi được ký số",
      field: "cntt",
      unitOfMeasure: "văn bản",
      valueType: "integer",
      aggregationUnits: "sum",
      aggregationTime: "sum",
      isCumulative: false,
      keywords: ["van ban ky so", "ky so"],
    },
    {
      code: `DOC_SIGNED_RATE_${suffix}`,
      name: "Tỷ lệ văn bản đi được ký số",
      field: "cntt",
      unitOfMeasure: "%",
      valueType: "percent",
      aggregationUnits: "ratio",
      aggregationTime: "ratio",
      formula: `${signed} / ${out} * 100`,
      numeratorCode: signed,
      denominatorCode: out,
      keywords: ["ty le ky so"],
    },
  ];
}

/** A monthly regime definition with a small outline (one section per division, tasks, recommendations). */
export function buildRegimeDefinition(indicators: readonly IndicatorDefinition[], code?: string): RegimeDefinition {
  return {
    code: code ?? `BC-THANG-${uniqueSuffix()}`,
    name: "Báo cáo tình hình hoạt động ngành thông tin và truyền thông hằng tháng",
    kind: "periodic",
    frequency: "month",
    docType: "BC",
    content: "Kết quả công tác trong tháng và nhiệm vụ tháng tiếp theo",
    legalBasis: "Thông tư 02/2023/TT-BTTTT",
    cutoff: { startDay: 15, endDay: 14, startInPreviousMonth: true },
    deadlines: [{ level: "department", day: 15, monthOffset: 0, moveToNextWorkingDay: true }],
    submittingUnitKinds: ["department"],
    receivingUnitKinds: ["ministry"],
    sendMethod: "Hệ thống thông tin báo cáo",
    validFrom: "2023-07-01",
    outline: [
      {
        key: "ket-qua",
        number: "I",
        title: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
        level: 1,
        divisionField: null,
        contentKind: "narrative",
      },
      {
        key: "van-phong",
        parentKey: "ket-qua",
        number: "1",
        title: "Công tác văn phòng",
        level: 2,
        divisionField: "van-phong",
        contentKind: "narrative",
      },
      {
        key: "cntt",
        parentKey: "ket-qua",
        number: "2",
        title: "Công nghệ thông tin",
        level: 2,
        divisionField: "cntt",
        contentKind: "narrative",
      },
      {
        key: "nhiem-vu",
        number: "II",
        title: "NHIỆM VỤ THÁNG TIẾP THEO",
        level: 1,
        divisionField: null,
        contentKind: "tasks",
      },
      {
        key: "kien-nghi",
        number: "III",
        title: "ĐỀ XUẤT, KIẾN NGHỊ",
        level: 1,
        divisionField: null,
        contentKind: "recommendations",
      },
    ],
    indicators: indicators.map((ind, i) => ({
      indicatorCode: ind.code,
      sectionKey: ind.field === "cntt" ? "cntt" : "van-phong",
      isRequired: i === 0,
    })),
  };
}

/** Creates the three indicators and a monthly regime using them; returns the stored regime. */
export async function buildRegime(db: Kysely<DB>): Promise<Regime> {
  const indicators = buildIndicatorDefinitions();
  await upsertIndicators(db, indicators);
  const def = buildRegimeDefinition(indicators);
  await upsertRegimes(db, [def]);
  return getRegimeByCode(db, def.code);
}

export interface UserOverrides {
  username?: string;
  displayName?: string;
  role?: Role;
  /** The unit the role is held in; a new department is created when absent. */
  unitCode?: string;
  passwordHash?: string;
}

/** Creates a user holding one role (office by default) in a unit, creating the unit when none is given. */
export async function buildUser(db: Kysely<DB>, overrides: UserOverrides = {}): Promise<User> {
  const unitCode = overrides.unitCode ?? (await buildUnit(db)).code;
  return createUser(db, {
    username: overrides.username ?? `cv-${uniqueSuffix().toLowerCase()}`,
    displayName: overrides.displayName ?? "Nguyễn Thị Hồng Nhung",
    // Not a real hash: tests that sign in hash their own password.
    passwordHash: overrides.passwordHash ?? "$argon2id$v=19$m=19456,t=2,p=1$dGVzdA$dGVzdA",
    roles: [{ role: overrides.role ?? "office", unitCode }],
  });
}

/** A realistic monthly report of `department` under `regime` (as built by buildDepartment and buildRegime). */
export function buildReportContent(
  { department, divisions }: Department,
  regime: Regime,
  overrides: Partial<ReportContent> = {},
): ReportContent {
  const [out, signed, rate] = regime.indicators.map((i) => i.indicatorCode);
  const periodCode = overrides.periodCode ?? "2025-10";
  return {
    regimeCode: regime.code,
    unitCode: department.code,
    periodCode,
    state: "draft",
    origin: "authored",
    docType: "BC",
    number: null,
    numberText: "/BC-STTTT",
    title: `Công tác thông tin và truyền thông tháng ${periodCode}`,
    place: "Cao Bằng",
    issuedOn: null,
    addressee: null,
    signerName: "Nguyễn Văn Chuẩn",
    signerTitle: "Phó Giám đốc",
    signingAuthority: "KT.",
    recipients: ["Bộ Thông tin và Truyền thông (b/c)", "UBND tỉnh (b/c)", "Lưu: VT, VP."],
    nextPeriodCode: "2025-11",
    sections: [
      { templateKey: "ket-qua", number: "I", title: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", level: 1, body: "", sourceLine: 10 },
      {
        templateKey: "van-phong",
        number: "1",
        title: "Công tác văn phòng",
        level: 2,
        body: "Tổng văn bản đi trong tháng: 29.097 văn bản. Thực hiện Công văn số 742/STTTT-VP ngày 27/7/2025.",
        divisionCode: divisions["van-phong"].code,
        sourceLine: 11,
      },
      {
        templateKey: "cntt",
        number: "2",
        title: "Công nghệ thông tin",
        level: 2,
        body: "Ký số 16.681 văn bản (tỷ lệ 57,33%) theo Quyết định số 1519/QĐ-UBND ngày 12/8/2025.",
        divisionCode: divisions.cntt.code,
        sourceLine: 20,
      },
      {
        templateKey: "nhiem-vu",
        number: "II",
        title: "NHIỆM VỤ THÁNG TIẾP THEO",
        level: 1,
        contentKind: "tasks",
        body: "",
        sourceLine: 30,
      },
      {
        templateKey: "kien-nghi",
        number: "III",
        title: "ĐỀ XUẤT, KIẾN NGHỊ",
        level: 1,
        contentKind: "recommendations",
        body: "",
        sourceLine: 40,
      },
    ],
    values: [
      { indicatorCode: out!, value: 29097, provenance: "typed", sourceLine: 12 },
      { indicatorCode: out!, disaggregation: "online", value: 28000, provenance: "typed" },
      { indicatorCode: signed!, value: 16681, provenance: "typed", sourceLine: 21 },
      { indicatorCode: rate!, value: 57.33, provenance: "computed", sourceLine: 21 },
    ],
    figures: [
      {
        value: 29097,
        kind: "count",
        unit: "văn bản",
        label: "văn bản đi",
        quote: "29.097 văn bản",
        line: 12,
        indicatorCode: out!,
      },
      {
        value: 16681,
        kind: "count",
        unit: "văn bản",
        label: "văn bản ký số",
        quote: "Ký số 16.681 văn bản",
        line: 21,
        indicatorCode: signed!,
      },
      { value: 57.33, kind: "percent", unit: "%", label: "tỷ lệ ký số", quote: "tỷ lệ 57,33%", line: 21 },
    ],
    tasks: [
      {
        text: "Xây dựng Kế hoạch phát triển hạ tầng viễn thông thụ động trên địa bàn tỉnh.",
        sourceLine: 31,
        divisionCode: divisions["buu-chinh-vien-thong"].code,
      },
      { text: "Tiếp tục đẩy mạnh ký số văn bản đi trên hệ thống quản lý văn bản.", sourceLine: 32 },
    ],
    difficulties: ["Hạ tầng mạng tại một số xã vùng sâu còn yếu."],
    recommendations: ["Đề nghị Bộ hỗ trợ kinh phí chuyển đổi số cấp xã."],
    references: [
      {
        type: "Công văn",
        code: "742/STTTT-VP",
        date: "2025-07-27",
        issuer: null,
        quote: "Công văn số 742/STTTT-VP ngày 27/7/2025",
        line: 12,
      },
      {
        type: "Quyết định",
        code: "1519/QĐ-UBND",
        date: "2025-08-12",
        issuer: null,
        quote: "Quyết định số 1519/QĐ-UBND ngày 12/8/2025",
        line: 21,
      },
    ],
    findings: [
      { kind: "percent", message: "16.681 / 29.097 = 57,33%, báo cáo ghi 57,33%", quote: "tỷ lệ 57,33%", line: 21 },
    ],
    ...overrides,
  };
}

export interface BuiltReport {
  report: ReportDetail;
  department: Department;
  regime: Regime;
  user: User;
}

/**
 * Creates a report with everything in it, and the parents it needs: a department with divisions, a regime
 * with its indicators, and an office user of the department who created it.
 */
export async function buildReport(
  db: Kysely<DB>,
  options: { department?: Department; regime?: Regime; content?: Partial<ReportContent> } = {},
): Promise<BuiltReport> {
  const department = options.department ?? (await buildDepartment(db));
  const regime = options.regime ?? (await buildRegime(db));
  const user = await buildUser(db, { unitCode: department.department.code, role: "office" });
  const { id } = await insertReportContent(db, buildReportContent(department, regime, options.content), {
    createdBy: user.id,
  });
  return { report: await getReportDetail(db, id), department, regime, user };
}
