/**
 * A small real-looking world for the workflow tests: the ministry and its office, two provinces (Cao Bằng and
 * Vĩnh Long) with their departments and divisions from src/reference, a monthly regime received by the
 * ministry's office and the province, and one account per role, each signed in through POST /api/session.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import type { AppContext } from "../src/commands/context.js";
import { createAccount } from "../src/commands/create-account.js";
import type { IndicatorDefinition } from "../src/domain/indicator.js";
import type { UnitDefinition } from "../src/domain/org-unit.js";
import type { Regime, Role } from "../src/domain/records.js";
import { departmentUnits } from "../src/reference/department.js";
import { ministryUnits } from "../src/reference/ministry.js";
import { upsertIndicators } from "../src/storage/indicators.js";
import { getRegimeByCode, upsertRegimes } from "../src/storage/regimes.js";
import { upsertUnits } from "../src/storage/units.js";
import { buildIndicatorDefinitions, buildRegimeDefinition, uniqueSuffix } from "./factories.js";

export const PASSWORD = "Mat-khau-thu-nghiem-2026";

function province(code: string, provinceCode: string, name: string): UnitDefinition {
  return {
    code,
    kind: "people_committee",
    parentCode: null,
    provinceCode,
    validFrom: "1991-01-01",
    names: [{ name, shortName: name, symbol: "UBND", validFrom: "1991-01-01" }],
  };
}

/** A signed-in user: the cookie and CSRF token to send. */
export interface Client {
  username: string;
  cookie: string;
  csrfToken: string;
}

export type Who =
  | "specialistA"
  | "officeA"
  | "leaderA"
  | "specialistB"
  | "officeB"
  | "receiverMinistry"
  | "receiverProvinceA"
  | "admin";

export interface World {
  regime: Regime;
  indicators: { out: string; signed: string; rate: string; cumulative: string };
  clients: Record<Who, Client>;
  /** Sends a request as `who` (null: anonymous) with its cookie and CSRF token. */
  request(
    who: Who | null,
    method: InjectOptions["method"],
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse>;
}

const ACCOUNTS: { who: Who; role: Role; unit: string; name: string }[] = [
  { who: "specialistA", role: "specialist", unit: "SO-04-CNTT", name: "Hoàng Văn Thắng" },
  { who: "officeA", role: "office", unit: "SO-04", name: "Nông Thị Hường" },
  { who: "leaderA", role: "leader", unit: "SO-04", name: "Lương Văn Chiến" },
  { who: "specialistB", role: "specialist", unit: "SO-86-CNTT", name: "Trần Minh Tâm" },
  { who: "officeB", role: "office", unit: "SO-86", name: "Nguyễn Thị Kim Hoa" },
  { who: "receiverMinistry", role: "receiver", unit: "BO-VP", name: "Phạm Thu Trang" },
  { who: "receiverProvinceA", role: "receiver", unit: "UBND-04", name: "Bế Văn Lâm" },
  { who: "admin", role: "admin", unit: "BO", name: "Quản trị hệ thống" },
];

/** Builds the world in the app's database and signs every account in. */
export async function buildWorld(app: FastifyInstance, ctx: AppContext): Promise<World> {
  const db = ctx.database.db;
  const caoBang = province("UBND-04", "04", "UBND tỉnh Cao Bằng");
  const vinhLong = province("UBND-86", "86", "UBND tỉnh Vĩnh Long");
  await upsertUnits(db, [
    ...ministryUnits(),
    caoBang,
    vinhLong,
    ...departmentUnits(caoBang),
    ...departmentUnits(vinhLong),
  ]);

  const suffix = uniqueSuffix();
  const base = buildIndicatorDefinitions(suffix);
  const cumulative: IndicatorDefinition = {
    code: `CERT_TOTAL_${suffix}`,
    name: "Tổng số chứng thư số đã cấp (lũy kế)",
    field: "cntt",
    unitOfMeasure: "chứng thư",
    valueType: "integer",
    aggregationUnits: "sum",
    aggregationTime: "last",
    isCumulative: true,
    keywords: ["chung thu so"],
  };
  await upsertIndicators(db, [...base, cumulative]);
  const def = buildRegimeDefinition([...base, cumulative]);
  def.receivingUnitKinds = ["ministry_unit", "people_committee"];
  def.outline = [
    ...def.outline.slice(0, 3),
    {
      key: "buu-chinh",
      parentKey: "ket-qua",
      number: "3",
      title: "Bưu chính",
      level: 2,
      divisionField: "buu-chinh",
      contentKind: "narrative",
    },
    {
      key: "thanh-tra",
      parentKey: "ket-qua",
      number: "4",
      title: "Thanh tra, kiểm tra",
      level: 2,
      divisionField: "thanh-tra",
      contentKind: "narrative",
    },
    ...def.outline.slice(3),
  ];
  await upsertRegimes(db, [def]);
  const regime = await getRegimeByCode(db, def.code);

  const clients = {} as Record<Who, Client>;
  for (const a of ACCOUNTS) {
    const username = `${a.who.toLowerCase()}.${suffix.toLowerCase()}`;
    await createAccount(ctx, {
      username,
      displayName: a.name,
      password: PASSWORD,
      roles: [{ role: a.role, unitCode: a.unit }],
    });
    const res = await app.inject({
      method: "POST",
      url: "/api/session",
      payload: { username, password: PASSWORD },
      headers: { cookie: "" },
    });
    if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === "baocao_session");
    clients[a.who] = {
      username,
      cookie: `baocao_session=${cookie?.value}`,
      csrfToken: res.json<{ csrfToken: string }>().csrfToken,
    };
  }
  return {
    regime,
    indicators: {
      out: base[0]!.code,
      signed: base[1]!.code,
      rate: base[2]!.code,
      cumulative: cumulative.code,
    },
    clients,
    request(who, method, url, body) {
      const client = who ? clients[who] : null;
      return app.inject({
        method,
        url,
        headers: client ? { cookie: client.cookie, "x-csrf-token": client.csrfToken } : { cookie: "" },
        ...(body !== undefined ? { payload: body as InjectOptions["payload"] } : {}),
      });
    },
  };
}
