import { describe, expect, it } from "vitest";
import type { Role } from "../domain/records.js";
import type { Actor, ActorRole } from "./actor.js";
import { authorizeImport, canImport, canImportFor, importScope } from "./imports.js";

const SO_CB = { id: 10, code: "SO-04" };
const SO_VL = { id: 20, code: "SO-86" };
const CNTT_CB = { id: 11, code: "SO-04-CNTT" };

function role(role: Role, unit: { id: number; code: string }, parentUnitId: number | null = null): ActorRole {
  return {
    role,
    unitId: unit.id,
    unitCode: unit.code,
    unitKind: parentUnitId === null ? "department" : "division",
    parentUnitId,
    provinceCode: unit.code.slice(3, 5),
  };
}

function actor(...roles: ActorRole[]): Actor {
  return { userId: 1, username: "nsd", displayName: "Người sử dụng", roles };
}

describe("import policy", () => {
  const cases: [string, Actor, { id: number; code: string }, boolean][] = [
    ["the department's office, for its department", actor(role("office", SO_CB)), SO_CB, true],
    ["the department's leader, for its department", actor(role("leader", SO_CB)), SO_CB, true],
    ["the department's office, for another province", actor(role("office", SO_CB)), SO_VL, false],
    ["a specialist of a division", actor(role("specialist", CNTT_CB, SO_CB.id)), SO_CB, false],
    ["a specialist of the department itself", actor(role("specialist", SO_CB)), SO_CB, false],
    ["a receiver of the province", actor(role("receiver", { id: 1, code: "UBND-04" })), SO_CB, false],
    ["a leader of a division, for the department above", actor(role("leader", CNTT_CB, SO_CB.id)), SO_CB, true],
    ["an administrator, for any unit", actor(role("admin", { id: 2, code: "BO" })), SO_VL, true],
    ["a specialist here and office there", actor(role("specialist", SO_CB), role("office", SO_VL)), SO_VL, true],
    [
      "a specialist here and office there, for here",
      actor(role("specialist", SO_CB), role("office", SO_VL)),
      SO_CB,
      false,
    ],
    ["nobody with no role", actor(), SO_CB, false],
  ];

  it.each(cases)("%s → %s", (_who, a, unit, allowed) => {
    expect(canImportFor(a, unit.id)).toBe(allowed);
    if (allowed) expect(() => authorizeImport(a, unit)).not.toThrow();
    else expect(() => authorizeImport(a, unit)).toThrow(`cho đơn vị ${unit.code}`);
  });

  it("tells who may import at all, and for which units", () => {
    expect(canImport(actor(role("specialist", SO_CB)))).toBe(false);
    expect(() => authorizeImport(actor(role("specialist", SO_CB)), null)).toThrow("không có quyền nhập báo cáo");
    expect(importScope(actor(role("office", SO_CB), role("leader", SO_CB)))).toEqual({ all: false, unitIds: [10] });
    expect(importScope(actor(role("admin", { id: 2, code: "BO" })))).toEqual({ all: true, unitIds: [] });
  });
});
