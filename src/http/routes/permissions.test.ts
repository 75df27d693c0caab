/**
 * The permission matrix: every endpoint of the API against every kind of user, on a draft of Cao Bằng's
 * department (province A), a report it sent, and a draft of Vĩnh Long's (province B). 401 without a session,
 * 404 for a report the user may not see, 403 for one they see but may not act on.
 */
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../../test/app.js";
import { buildWorld, type Who, type World } from "../../../test/workflow-world.js";
import type { ReportDetail, ReportList } from "../../contract/reports.js";

let t: TestApp;
let w: World;
let draftA: ReportDetail;
let sentA: ReportDetail;
let draftB: ReportDetail;

type Actor = Exclude<Who, "officeB"> | "anonymous";
const ACTORS: Actor[] = [
  "specialistA",
  "officeA",
  "leaderA",
  "specialistB",
  "receiverMinistry",
  "receiverProvinceA",
  "admin",
  "anonymous",
];

async function adminView(id: number): Promise<ReportDetail> {
  return (await w.request("admin", "GET", `/api/reports/${id}`)).json<ReportDetail>();
}

async function step(who: Who, id: number, action: string): Promise<void> {
  const res = await w.request(who, "POST", `/api/reports/${id}/transitions`, { action });
  expect(res.statusCode, res.body).toBe(200);
}

beforeAll(async () => {
  t = await openTestApp();
  w = await buildWorld(t.app, t.ctx);
  const create = async (who: Who, unit: string, period: string) => {
    const res = await w.request(who, "POST", "/api/reports", { regime: w.regime.code, unit, period });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<ReportDetail>();
  };
  sentA = await create("officeA", "SO-04", "2026-09");
  for (const [who, action] of [
    ["specialistA", "submit"],
    ["officeA", "compile"],
    ["leaderA", "approve"],
    ["leaderA", "issue"],
    ["officeA", "send"],
  ] as const) {
    await step(who, sentA.id, action);
  }
  draftA = await create("officeA", "SO-04", "2026-10");
  draftB = await create("officeB", "SO-86", "2026-10");
  await buildAdminTargets();
});
afterAll(async () => t?.close());

const cntt = (r: ReportDetail) => r.sections.find((s) => s.divisionCode?.endsWith("-CNTT"))!;
let period = 0;
const nextFreePeriod = () => `2030-${String(++period).padStart(2, "0")}`;

interface Row {
  name: string;
  method: InjectOptions["method"];
  url: () => string;
  body?: () => Promise<unknown>;
  expected: Record<Actor, number>;
}

// Administration: every endpoint is for administrators only (401 anonymous, 403 every other role).
const adminTargets = { userId: 0 };
async function buildAdminTargets(): Promise<void> {
  const res = await w.request("admin", "POST", "/api/users", {
    username: "cv.muctieu",
    displayName: "Ma Thị Mục Tiêu",
    password: "Cao-Bang-2026",
    roles: [{ role: "specialist", unitCode: "SO-04-BCVT" }],
  });
  expect(res.statusCode, res.body).toBe(201);
  adminTargets.userId = res.json<{ id: number }>().id;
}
const adminOnly = (ok: number): Record<Actor, number> => ({
  specialistA: 403,
  officeA: 403,
  leaderA: 403,
  specialistB: 403,
  receiverMinistry: 403,
  receiverProvinceA: 403,
  admin: ok,
  anonymous: 401,
});
const ADMIN_ROWS: Row[] = [
  {
    name: "GET /api/users/:id",
    method: "GET",
    url: () => `/api/users/${adminTargets.userId}`,
    expected: adminOnly(200),
  },
  {
    name: "PATCH /api/users/:id",
    method: "PATCH",
    url: () => `/api/users/${adminTargets.userId}`,
    body: async () => ({ displayName: "Ma Thị Mục Tiêu" }),
    expected: adminOnly(200),
  },
  {
    name: "PUT /api/users/:id/password",
    method: "PUT",
    url: () => `/api/users/${adminTargets.userId}/password`,
    body: async () => ({ password: "Tra-Linh-2027" }),
    expected: adminOnly(200),
  },
  {
    name: "POST /api/indicators",
    method: "POST",
    url: () => "/api/indicators",
    body: async () => ({ ...indicatorBody(), code: `PERM_${++period}` }),
    expected: adminOnly(201),
  },
  {
    name: "PUT /api/indicators/:code",
    method: "PUT",
    url: () => `/api/indicators/${w.indicators.out}`,
    body: async () => indicatorBody(),
    expected: adminOnly(200),
  },
  {
    name: "DELETE /api/indicators/:code",
    method: "DELETE",
    url: () => `/api/indicators/${w.indicators.cumulative}`,
    expected: adminOnly(200),
  },
  {
    name: "POST /api/units (a division of A's department)",
    method: "POST",
    url: () => "/api/units",
    body: async () => ({
      code: `SO-04-CDS${++period}`,
      parentCode: "SO-04",
      name: "Phòng Chuyển đổi số",
      validFrom: "2025-07-01",
    }),
    expected: adminOnly(201),
  },
  {
    name: "POST /api/units/:code/names",
    method: "POST",
    url: () => "/api/units/SO-04-BCVT/names",
    body: async () => ({
      name: "Phòng Bưu chính - Viễn thông",
      validFrom: `${2031 + ++period}-01-01`,
    }),
    expected: adminOnly(200),
  },
  {
    name: "POST /api/units/:code/end",
    method: "POST",
    url: () => "/api/units/SO-04-TT/end",
    body: async () => ({ validTo: "2025-06-30" }),
    expected: adminOnly(200),
  },
  {
    name: "PUT /api/regimes/:code/settings",
    method: "PUT",
    url: () => `/api/regimes/${w.regime.code}/settings`,
    body: async () => ({ deadlines: w.regime.deadlines, validTo: null }),
    expected: adminOnly(200),
  },
];
function indicatorBody() {
  return {
    name: "Tổng số văn bản đi",
    field: "van-phong",
    unitOfMeasure: "văn bản",
    valueType: "integer",
    aggregationUnits: "sum",
    aggregationTime: "sum",
  };
}

const MATRIX: Row[] = [
  {
    name: "GET /api/session",
    method: "GET",
    url: () => "/api/session",
    expected: {
      specialistA: 200,
      officeA: 200,
      leaderA: 200,
      specialistB: 200,
      receiverMinistry: 200,
      receiverProvinceA: 200,
      admin: 200,
      anonymous: 401,
    },
  },
  ...[
    "/api/units?kind=department",
    "/api/units/SO-04",
    "/api/regimes",
    "/api/indicators",
    "/api/reports",
    // Scoped to the user's own units: src/http/routes/due.test.ts checks what each one sees.
    "/api/reports/due",
  ].map(
    (path): Row => ({
      name: `GET ${path}`,
      method: "GET",
      url: () => path,
      expected: {
        specialistA: 200,
        officeA: 200,
        leaderA: 200,
        specialistB: 200,
        receiverMinistry: 200,
        receiverProvinceA: 200,
        admin: 200,
        anonymous: 401,
      },
    }),
  ),
  {
    name: "GET /api/regimes/:code",
    method: "GET",
    url: () => `/api/regimes/${w.regime.code}`,
    expected: {
      specialistA: 200,
      officeA: 200,
      leaderA: 200,
      specialistB: 200,
      receiverMinistry: 200,
      receiverProvinceA: 200,
      admin: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/reports/:id (A's draft)",
    method: "GET",
    url: () => `/api/reports/${draftA.id}`,
    expected: {
      specialistA: 200,
      officeA: 200,
      leaderA: 200,
      specialistB: 404,
      receiverMinistry: 404,
      receiverProvinceA: 404,
      admin: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/reports/:id (A's sent report)",
    method: "GET",
    url: () => `/api/reports/${sentA.id}`,
    expected: {
      specialistA: 200,
      officeA: 200,
      leaderA: 200,
      specialistB: 404,
      receiverMinistry: 200,
      receiverProvinceA: 200,
      admin: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/reports/:id (B's draft)",
    method: "GET",
    url: () => `/api/reports/${draftB.id}`,
    expected: {
      specialistA: 404,
      officeA: 404,
      leaderA: 404,
      specialistB: 200,
      receiverMinistry: 404,
      receiverProvinceA: 404,
      admin: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/reports/:id/audit (A's draft)",
    method: "GET",
    url: () => `/api/reports/${draftA.id}/audit`,
    expected: {
      specialistA: 200,
      officeA: 200,
      leaderA: 200,
      specialistB: 404,
      receiverMinistry: 404,
      receiverProvinceA: 404,
      admin: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/reports/:id/audit (A's sent report)",
    method: "GET",
    url: () => `/api/reports/${sentA.id}/audit`,
    expected: {
      specialistA: 200,
      officeA: 200,
      leaderA: 200,
      specialistB: 404,
      receiverMinistry: 200,
      receiverProvinceA: 200,
      admin: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/inbox",
    method: "GET",
    url: () => "/api/inbox",
    expected: {
      specialistA: 403,
      officeA: 403,
      leaderA: 403,
      specialistB: 403,
      receiverMinistry: 200,
      receiverProvinceA: 200,
      admin: 403,
      anonymous: 401,
    },
  },
  {
    name: "POST /api/reports (unit of A)",
    method: "POST",
    url: () => "/api/reports",
    body: async () => ({ regime: w.regime.code, unit: "SO-04", period: nextFreePeriod() }),
    expected: {
      specialistA: 403,
      officeA: 201,
      leaderA: 201,
      specialistB: 403,
      receiverMinistry: 403,
      receiverProvinceA: 403,
      admin: 403,
      anonymous: 401,
    },
  },
  {
    name: "PUT /api/reports/:id/sections/:sectionId (A's IT section)",
    method: "PUT",
    url: () => `/api/reports/${draftA.id}/sections/${cntt(draftA).id}`,
    body: async () => ({
      text: "Nội dung mục công nghệ thông tin.",
      baseVersion: cntt(await adminView(draftA.id)).version,
    }),
    expected: {
      specialistA: 200,
      officeA: 200,
      leaderA: 403,
      specialistB: 404,
      receiverMinistry: 404,
      receiverProvinceA: 404,
      admin: 403,
      anonymous: 401,
    },
  },
  {
    name: "PUT /api/reports/:id/sections/:sectionId (A's sent report)",
    method: "PUT",
    url: () => `/api/reports/${sentA.id}/sections/${cntt(sentA).id}`,
    body: async () => ({ text: "Sửa báo cáo đã gửi.", baseVersion: cntt(await adminView(sentA.id)).version }),
    expected: {
      specialistA: 403,
      officeA: 403,
      leaderA: 403,
      specialistB: 404,
      receiverMinistry: 403,
      receiverProvinceA: 403,
      admin: 403,
      anonymous: 401,
    },
  },
  {
    name: "PUT /api/reports/:id/values (A's draft, IT figure)",
    method: "PUT",
    url: () => `/api/reports/${draftA.id}/values`,
    body: async () => ({
      values: [{ indicator: w.indicators.signed, value: 16681 }],
      baseVersion: (await adminView(draftA.id)).version,
    }),
    expected: {
      specialistA: 200,
      officeA: 200,
      leaderA: 403,
      specialistB: 404,
      receiverMinistry: 404,
      receiverProvinceA: 404,
      admin: 403,
      anonymous: 401,
    },
  },
  {
    name: "PUT /api/reports/:id/tasks (A's draft)",
    method: "PUT",
    url: () => `/api/reports/${draftA.id}/tasks`,
    body: async () => ({
      items: [{ text: "Rà soát hạ tầng mạng." }],
      baseVersion: (await adminView(draftA.id)).version,
    }),
    expected: {
      specialistA: 200,
      officeA: 200,
      leaderA: 403,
      specialistB: 404,
      receiverMinistry: 404,
      receiverProvinceA: 404,
      admin: 403,
      anonymous: 401,
    },
  },
  {
    name: "POST /api/reports/:id/transitions approve (A's draft)",
    method: "POST",
    url: () => `/api/reports/${draftA.id}/transitions`,
    body: async () => ({ action: "approve" }),
    // The leader's role allows approving, but not a draft: a conflict with the state, not a permission.
    expected: {
      specialistA: 403,
      officeA: 403,
      leaderA: 409,
      specialistB: 404,
      receiverMinistry: 404,
      receiverProvinceA: 404,
      admin: 403,
      anonymous: 401,
    },
  },
  {
    name: "POST /api/reports/:id/transitions send (A's sent report)",
    method: "POST",
    url: () => `/api/reports/${sentA.id}/transitions`,
    body: async () => ({ action: "send" }),
    expected: {
      specialistA: 403,
      officeA: 409,
      leaderA: 403,
      specialistB: 404,
      receiverMinistry: 403,
      receiverProvinceA: 403,
      admin: 403,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/users",
    method: "GET",
    url: () => "/api/users",
    expected: {
      specialistA: 403,
      officeA: 403,
      leaderA: 403,
      specialistB: 403,
      receiverMinistry: 403,
      receiverProvinceA: 403,
      admin: 200,
      anonymous: 401,
    },
  },
  {
    name: "POST /api/users",
    method: "POST",
    url: () => "/api/users",
    body: async () => ({
      username: `cv.moi${++period}`,
      displayName: "Đàm Thị Huyền",
      password: "mat-khau-dai-du",
      roles: [{ role: "specialist", unitCode: "SO-04-BCVT" }],
    }),
    expected: {
      specialistA: 403,
      officeA: 403,
      leaderA: 403,
      specialistB: 403,
      receiverMinistry: 403,
      receiverProvinceA: 403,
      admin: 201,
      anonymous: 401,
    },
  },
  ...ADMIN_ROWS,
  {
    name: "DELETE /api/session",
    method: "DELETE",
    url: () => "/api/session",
    expected: {
      specialistA: 204,
      officeA: 204,
      leaderA: 204,
      specialistB: 204,
      receiverMinistry: 204,
      receiverProvinceA: 204,
      admin: 204,
      anonymous: 401,
    },
  },
];

describe("GET /api/reports lists only what each user may see", () => {
  const ids = async (who: Who, query = "") =>
    (await w.request(who, "GET", `/api/reports?limit=500${query}`)).json<ReportList>().items.map((r) => r.id);

  it.each([
    ["specialistA", ["draftA", "sentA"], ["draftB"]],
    ["officeA", ["draftA", "sentA"], ["draftB"]],
    ["leaderA", ["draftA", "sentA"], ["draftB"]],
    ["specialistB", ["draftB"], ["draftA", "sentA"]],
    ["officeB", ["draftB"], ["draftA", "sentA"]],
    ["receiverMinistry", ["sentA"], ["draftA", "draftB"]],
    ["receiverProvinceA", ["sentA"], ["draftA", "draftB"]],
    ["admin", ["draftA", "sentA", "draftB"], []],
  ] as const)("%s sees %j and not %j", async (who, visible, hidden) => {
    const byName = { draftA, sentA, draftB };
    const listed = await ids(who);
    for (const name of visible) expect(listed).toContain(byName[name].id);
    for (const name of hidden) expect(listed).not.toContain(byName[name].id);
  });

  it("counts only visible reports, even when filtering by the other province's unit", async () => {
    const res = await w.request("specialistA", "GET", "/api/reports?unit=SO-86");
    expect(res.json<ReportList>()).toMatchObject({ items: [], total: 0 });
    const drafts = await w.request("receiverMinistry", "GET", "/api/reports?state=draft");
    expect(drafts.json<ReportList>().total).toBe(0);
  });
});

describe("permission matrix (role × endpoint)", () => {
  const cases = MATRIX.flatMap((row) => ACTORS.map((actor) => [row.name, actor, row.expected[actor], row] as const));
  it.each(cases)("%s as %s → %i", async (_name, actor, expected, row) => {
    const body = row.body ? await row.body() : undefined;
    const res = await w.request(actor === "anonymous" ? null : actor, row.method, row.url(), body);
    expect(res.statusCode, res.body).toBe(expected);
    if (expected >= 400) {
      const error = res.json<{ error: { code: string; message: string } }>().error;
      expect(error.code).toMatch(/^[A-Z_]+$/);
      // Vietnamese messages: at least one letter with a diacritic.
      expect(error.message).toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i);
    }
  });
});
