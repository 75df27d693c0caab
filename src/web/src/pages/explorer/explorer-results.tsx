import type { ExplorerResponse } from "../../../../contract/analytics.js";
import { periodLabel } from "../../format.js";
import { useI18n } from "../../i18n/index.js";
import {
  columnChunks,
  combinedSummary,
  type ExplorerCell,
  indicatorTables,
  type RankingEntry,
  rankChangeText,
  valueText,
} from "./explorer-view.js";

type NoteKey = NonNullable<ExplorerCell["note"]>;

/** One cell: the value in the reader's notation, with badges for combined, partial and derived values. */
function ValueCell({
  cell,
  uom,
  contributorNames,
}: {
  cell: ExplorerCell | undefined;
  uom: string | null;
  contributorNames: Record<string, string>;
}) {
  const { t } = useI18n();
  const x = t.explorer;
  if (!cell) return <td className="num muted">—</td>;
  const noteText = cell.note ? x.notes[cell.note] : undefined;
  const names = cell.combinedFrom.map((code) => contributorNames[code] ?? code).join("; ");
  return (
    <td className={`num value-cell${cell.isCombined ? " is-combined" : ""}`} title={noteText}>
      {cell.value === null ? (
        <span className="muted">
          —{cell.note && cell.note !== "no_values" ? <sup className="note-mark">*</sup> : null}
        </span>
      ) : (
        <span className="value">{valueText(cell.value, uom, t.lang === "en" ? "en" : "vi")}</span>
      )}
      {cell.isCombined ? (
        <span className="badge badge-combined" title={x.combinedTitle(names)} data-contributors={names}>
          {x.combined}
        </span>
      ) : null}
      {cell.hasPartial ? (
        <span className="badge badge-warn" title={x.partialTitle}>
          {x.partial}
        </span>
      ) : null}
      {cell.isDerived ? (
        <span className="badge badge-quiet" title={x.derivedTitle}>
          {x.derived}
        </span>
      ) : null}
    </td>
  );
}

/** The figures: a table per indicator (units × periods), then what the marks and notes mean. */
export function ExplorerTables({ response }: { response: ExplorerResponse }) {
  const { t } = useI18n();
  const x = t.explorer;
  const tables = indicatorTables(response, x.total);
  const split = tables.some((table) => table.rows.some((r) => r.category !== ""));
  return (
    <>
      {tables.map(({ indicator, rows }) => {
        const notes = new Set<NoteKey>();
        for (const row of rows) for (const cell of row.cells) if (cell?.note) notes.add(cell.note);
        const combined = combinedSummary(response, indicator.code);
        return (
          <section
            key={indicator.code}
            className="panel explorer-table"
            aria-label={indicator.name}
            data-indicator={indicator.code}
          >
            <div className="panel-head">
              <h2>
                {indicator.name}
                {indicator.unitOfMeasure ? (
                  <span className="uom">
                    {" "}
                    ({x.unitOfMeasure}: {indicator.unitOfMeasure})
                  </span>
                ) : null}
              </h2>
            </div>
            {columnChunks(response.periods.length).map((columns) => (
              <div className="table-wrap" key={columns[0]}>
                <table className="table table-dense">
                  <thead>
                    <tr>
                      <th scope="col">{x.unit}</th>
                      {split ? <th scope="col">{x.category}</th> : null}
                      {columns.map((i) => (
                        <th key={response.periods[i]!.code} scope="col" className="num">
                          {periodLabel(response.periods[i]!.code, t)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr
                        key={`${row.unitCode}|${row.category}`}
                        className={row.category ? "sub-row" : undefined}
                        data-unit={row.unitCode}
                      >
                        {row.category ? <td /> : <th scope="row">{row.unitName}</th>}
                        {split ? <td>{row.categoryName}</td> : null}
                        {columns.map((i) => (
                          <ValueCell
                            key={response.periods[i]!.code}
                            cell={row.cells[i]}
                            uom={indicator.unitOfMeasure}
                            contributorNames={response.contributorNames}
                          />
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
            {combined.length > 0 || notes.size > 0 ? (
              <div className="explorer-legend">
                <h3>{x.legend}</h3>
                <ul>
                  {combined.map((c) => (
                    <li key={`${c.unitName}|${c.contributors.join("|")}`}>
                      <span className="badge badge-combined">{x.combined}</span>{" "}
                      {x.combinedLegend(
                        c.unitName,
                        c.contributors.join("; "),
                        summarisePeriods(c.periods.map((code) => periodLabel(code, t).toLowerCase())),
                        c.periods.length,
                      )}
                    </li>
                  ))}
                  {[...notes].map((note) => (
                    <li key={note}>
                      {note === "no_values" ? "—" : "—*"} {x.notes[note]}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>
        );
      })}
    </>
  );
}

const summarisePeriods = (labels: string[]) =>
  labels.length <= 3 ? labels.join(", ") : `${labels[0]} … ${labels.at(-1)}`;

/** The ranking of one indicator and period: rank, unit, value and how the rank moved. */
export function RankingTable({ entries, uom }: { entries: RankingEntry[]; uom: string | null }) {
  const { t } = useI18n();
  const x = t.explorer;
  const lang = t.lang === "en" ? "en" : "vi";
  const changeTitle = (e: RankingEntry) =>
    e.rank === null
      ? undefined
      : e.change === null
        ? x.changeNew
        : e.change > 0
          ? x.changeUp(e.change)
          : e.change < 0
            ? x.changeDown(-e.change)
            : x.changeSame;
  return (
    <table className="table table-dense ranking-table">
      <thead>
        <tr>
          <th scope="col" className="num">
            {x.rank}
          </th>
          <th scope="col">{x.unit}</th>
          <th scope="col" className="num">
            {x.value}
          </th>
          <th scope="col" className="num">
            {x.previousRank}
          </th>
          <th scope="col" className="num">
            {x.change}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => {
          const change = rankChangeText(e, { newlyRanked: x.newlyRanked });
          const direction = e.change === null ? "" : e.change > 0 ? " up" : e.change < 0 ? " down" : "";
          return (
            <tr key={e.key} data-unit={e.key} className={e.rank === null ? "unranked" : undefined}>
              <td className="num">{e.rank ?? "—"}</td>
              <td>{e.unitName}</td>
              <td className="num">{valueText(e.value, uom, lang)}</td>
              <td className="num">{e.previousRank ?? "—"}</td>
              <td className={`num rank-change${direction}`} title={changeTitle(e)}>
                {change}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
