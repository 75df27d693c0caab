import type { Kysely } from "kysely";
import type { UnitName } from "../domain/org-unit.js";
import { notFound, withViolations } from "./db-errors.js";
import type { DB } from "./schema.js";

/** Adds a division under a department (ALREADY_EXISTS on the code field when the code is taken). */
export async function insertDivision(
  db: Kysely<DB>,
  division: { code: string; parentId: number; provinceCode: string | null; validFrom: string; name: UnitName },
): Promise<number> {
  const row = await withViolations({ unique: `Mã đơn vị "${division.code}" đã được sử dụng.`, field: "code" }, () =>
    db
      .insertInto("units")
      .values({
        code: division.code,
        kind: "division",
        parent_id: division.parentId,
        province_code: division.provinceCode,
        valid_from: division.validFrom,
      })
      .returning("id")
      .executeTakeFirstOrThrow(),
  );
  await insertUnitName(db, row.id, division.name);
  return row.id;
}

/** Adds one dated name row of a unit. */
export async function insertUnitName(db: Kysely<DB>, unitId: number, name: UnitName): Promise<void> {
  await withViolations({ unique: `Đơn vị đã có tên bắt đầu từ ngày ${name.validFrom}.`, field: "validFrom" }, () =>
    db
      .insertInto("unit_names")
      .values({
        unit_id: unitId,
        name: name.name.normalize("NFC"),
        short_name: name.shortName?.normalize("NFC") ?? null,
        symbol: name.symbol ?? null,
        valid_from: name.validFrom,
        valid_to: name.validTo ?? null,
      })
      .execute(),
  );
}

/** Sets the last day of the name row that starts on `validFrom`. */
export async function closeUnitName(db: Kysely<DB>, unitId: number, validFrom: string, validTo: string): Promise<void> {
  const result = await db
    .updateTable("unit_names")
    .set({ valid_to: validTo })
    .where("unit_id", "=", unitId)
    .where("valid_from", "=", validFrom)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound(`tên đơn vị từ ngày ${validFrom}`, "validFrom");
}

/** Ends a unit on its last day; its names open after that day end with it. */
export async function endUnit(db: Kysely<DB>, unitId: number, validTo: string): Promise<void> {
  await db.updateTable("units").set({ valid_to: validTo }).where("id", "=", unitId).execute();
  await db
    .updateTable("unit_names")
    .set({ valid_to: validTo })
    .where("unit_id", "=", unitId)
    .where("valid_from", "<=", validTo)
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">", validTo)]))
    .execute();
}

/** The units directly under a unit that are still in force after `day`. */
export async function findChildrenInForceAfter(
  db: Kysely<DB>,
  unitId: number,
  day: string,
): Promise<{ code: string }[]> {
  return db
    .selectFrom("units")
    .select("code")
    .where("parent_id", "=", unitId)
    .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">", day)]))
    .orderBy("code")
    .execute();
}
