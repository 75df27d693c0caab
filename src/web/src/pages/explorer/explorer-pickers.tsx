import { useId, useMemo, useState } from "react";
import { type CalendarPeriodKind, formatPeriodCode, periodsInYear } from "../../../../domain/period.js";
import { includesFolded } from "../../../../domain/vn-text.js";
import { periodLabel } from "../../format.js";
import { useI18n } from "../../i18n/index.js";

export interface PickItem {
  code: string;
  name: string;
  /** Shown after the name, quieter (the unit of measure, a department's code). */
  detail?: string | null;
}

const SHOWN = 60;

/**
 * Chooses several items from a long list: the chosen ones as removable chips, a search box that ignores
 * diacritics and case ("ky so" finds "Ký số"), and the matching items as checkboxes.
 */
export function MultiPicker({
  label,
  placeholder,
  empty,
  items,
  selected,
  onChange,
  testId,
}: {
  label: string;
  placeholder: string;
  empty: string;
  items: PickItem[];
  selected: string[];
  onChange: (codes: string[]) => void;
  testId: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState("");
  const id = useId();
  const byCode = useMemo(() => new Map(items.map((i) => [i.code, i])), [items]);
  const matches = useMemo(() => {
    const found = search.trim()
      ? items.filter((i) => includesFolded(i.name, search) || includesFolded(i.code, search))
      : items;
    // The chosen ones first, so that they are in view to be unticked.
    const chosen = new Set(selected);
    return [...found.filter((i) => chosen.has(i.code)), ...found.filter((i) => !chosen.has(i.code))];
  }, [items, search, selected]);
  const toggle = (code: string) =>
    onChange(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code]);
  return (
    <fieldset className="picker" data-testid={testId}>
      <legend>{label}</legend>
      {selected.length > 0 ? (
        <ul className="chips" aria-label={label}>
          {selected.map((code) => {
            const name = byCode.get(code)?.name ?? code;
            return (
              <li key={code} className="chip">
                <span>{name}</span>
                <button type="button" aria-label={t.explorer.remove(name)} onClick={() => toggle(code)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <input
        id={id}
        type="search"
        className="input"
        value={search}
        placeholder={placeholder}
        aria-label={placeholder}
        onChange={(e) => setSearch(e.target.value)}
      />
      <div className="picker-list">
        {matches.length === 0 ? <p className="muted small">{empty}</p> : null}
        {matches.slice(0, SHOWN).map((item) => (
          <label key={item.code} className="picker-item">
            <input type="checkbox" checked={selected.includes(item.code)} onChange={() => toggle(item.code)} />
            <span>{item.name}</span>
            {item.detail ? <span className="uom">{item.detail}</span> : null}
          </label>
        ))}
        {matches.length > SHOWN ? <p className="muted small">…</p> : null}
      </div>
    </fieldset>
  );
}

/** A period of the given kind: a month field for months, a list of the periods of nearby years otherwise. */
export function PeriodInput({
  label,
  kind,
  value,
  onChange,
  years,
}: {
  label: string;
  kind: CalendarPeriodKind;
  value: string;
  onChange: (code: string) => void;
  years: number[];
}) {
  const { t } = useI18n();
  if (kind === "month") {
    return (
      <label className="field narrow">
        <span>{label}</span>
        <input type="month" className="input" value={value} onChange={(e) => onChange(e.target.value)} />
      </label>
    );
  }
  const options = years.flatMap((year) => periodsInYear(kind, year).map(formatPeriodCode));
  if (value && !options.includes(value)) options.unshift(value);
  return (
    <label className="field narrow">
      <span>{label}</span>
      <select className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((code) => (
          <option key={code} value={code}>
            {periodLabel(code, t)}
          </option>
        ))}
      </select>
    </label>
  );
}
