import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { matchIndicator } from "./match-indicator.js";

const goldDir = join(process.cwd(), "..", "shared", "corpus", "gold");
const hasCorpus = existsSync(goldDir);
if (!hasCorpus) console.warn(`matchIndicator corpus test skipped: ${goldDir} not found`);

interface GoldFigure {
  value: number;
  kind: string;
  unit: string | null;
  quote: string;
}

function goldFigures(file: string): GoldFigure[] {
  return (JSON.parse(readFileSync(join(goldDir, `${file}.json`), "utf8")) as { figures: GoldFigure[] }).figures;
}

/** The quote without the figure's own number: what the importer would keep as the label. */
function labelOf(figure: GoldFigure): string {
  return figure.quote
    .replace(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g, (token) =>
      Number(token.replaceAll(".", "").replace(",", ".")) === figure.value ? " " : token,
    )
    .trim();
}

// Expected indicators of figures in the real reports, chosen by value (the reports' text stays in the corpus).
const expected: [file: string, value: number, code: string][] = [
  ["001_4e80198bc779f610", 29097, "DOC_OUT"],
  ["001_4e80198bc779f610", 16681, "DOC_SIGNED"],
  ["001_4e80198bc779f610", 6909, "DMS_USERS"],
  ["001_4e80198bc779f610", 26, "CERT_REVOKED"],
  ["001_4e80198bc779f610", 95, "CERT_ISSUED"],
  ["001_4e80198bc779f610", 2126, "CERT_TOTAL"],
  ["001_4e80198bc779f610", 474, "CERT_TOTAL:organisation"],
  ["001_4e80198bc779f610", 1652, "CERT_TOTAL:personal"],
  ["001_4e80198bc779f610", 54, "EMAIL_NEW"],
  ["001_4e80198bc779f610", 7368, "EMAIL_TOTAL"],
  ["001_4e80198bc779f610", 1960, "PS_ONLINE"],
  ["001_4e80198bc779f610", 775, "PS_ONLINE:level_3"],
  ["001_4e80198bc779f610", 12914, "DOSSIER_RECEIVED"],
  ["001_4e80198bc779f610", 10769, "DOSSIER_IN_PERSON"],
  ["001_4e80198bc779f610", 2145, "DOSSIER_ONLINE"],
  ["001_4e80198bc779f610", 12339, "DOSSIER_PENDING"],
  ["001_4e80198bc779f610", 14659, "DOSSIER_RESOLVED"],
  ["001_4e80198bc779f610", 4468, "DOSSIER_RECEIVED:level_4"],
  ["001_4e80198bc779f610", 82, "COMMUNE_RADIO"],
  ["001_4e80198bc779f610", 189, "PUBLISHING_LICENCES_TOTAL"],
  ["000_1a04a35b300fad0e", 403758, "MALWARE_ALERTS"],
  ["000_1a04a35b300fad0e", 401809, "MALWARE_ALERTS:low"],
  ["000_1a04a35b300fad0e", 1737, "MALWARE_ALERTS:medium"],
  ["000_1a04a35b300fad0e", 222, "MALWARE_ALERTS:high"],
];

describe.skipIf(!hasCorpus)("matchIndicator on the figures of the real reports", () => {
  it.each(expected)("%s: %d → %s", (file, value, code) => {
    const figure = goldFigures(file).find((each) => each.value === value);
    expect(figure).toBeDefined();
    const match = figure ? matchIndicator(labelOf(figure), figure.unit) : null;
    expect(match && `${match.code}${match.disaggregation ? `:${match.disaggregation}` : ""}`).toBe(code);
  });

  it("maps most counted figures of the monthly report to some indicator", () => {
    const counts = goldFigures("001_4e80198bc779f610").filter((figure) => figure.kind === "count");
    const matched = counts.filter((figure) => matchIndicator(labelOf(figure), figure.unit) !== null);
    console.info(`matchIndicator: ${matched.length}/${counts.length} counted figures of the monthly report mapped`);
    expect(matched.length / counts.length).toBeGreaterThan(0.5);
  });
});
