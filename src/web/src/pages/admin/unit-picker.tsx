import { useMemo, useState } from "react";
import type { Unit } from "../../../../contract/units.js";
import { foldText } from "../../../../domain/vn-text.js";
import { useI18n } from "../../i18n/index.js";

/** A unit with what one searches it by: its name, code and the name of the unit above (the province's department). */
export interface PickableUnit {
  code: string;
  label: string;
  folded: string;
}

/** Labels of units for picking: "Phòng Công nghệ thông tin — Sở KH&CN tỉnh Cao Bằng (SO-04-CNTT)". */
export function pickableUnits(units: readonly Unit[]): PickableUnit[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  return units.map((u) => {
    const parent = u.parentCode ? byCode.get(u.parentCode) : undefined;
    const label = `${u.name}${parent ? ` — ${parent.name}` : ""} (${u.code})`;
    return { code: u.code, label, folded: foldText(label) };
  });
}

/** Units whose label holds every word of the query, ignoring diacritics ("cao bang cong nghe"). */
export function matchUnits(units: readonly PickableUnit[], query: string, limit = 60): PickableUnit[] {
  const words = foldText(query).split(" ").filter(Boolean);
  return units.filter((u) => words.every((w) => u.folded.includes(w))).slice(0, limit);
}

/** A search box and a list of the matching units; the chosen unit's code is the value. */
export function UnitPicker({
  units,
  value,
  onChange,
  id,
  invalid,
  describedBy,
}: {
  units: readonly PickableUnit[];
  value: string;
  onChange(code: string): void;
  id: string;
  invalid?: boolean | undefined;
  describedBy?: string | undefined;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState("");
  const options = useMemo(() => {
    const found = matchUnits(units, query);
    const current = units.find((u) => u.code === value);
    return current && !found.includes(current) ? [current, ...found] : found;
  }, [units, query, value]);
  return (
    <span className="unit-picker">
      <input
        type="search"
        className="input"
        placeholder={t.admin.users.unitSearch}
        aria-label={t.admin.users.unitSearch}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <select
        id={id}
        className="input"
        value={value}
        aria-label={t.admin.users.unit}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t.admin.users.chooseUnit}</option>
        {options.map((u) => (
          <option key={u.code} value={u.code}>
            {u.label}
          </option>
        ))}
      </select>
    </span>
  );
}
