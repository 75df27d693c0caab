import type { Kysely } from "kysely";
import type { Finding } from "../domain/report.js";
import type { DB } from "./schema.js";
import { chunks } from "./sql-helpers.js";

/**
 * Inserts a report's findings in batches, each tied to the section that holds its line (`sectionAt`) and marked
 * dismissed when `isDismissed` says the same finding was dismissed before.
 */
export async function insertFindings(
  trx: Kysely<DB>,
  reportId: number,
  findings: readonly Finding[],
  sectionAt: (line: number) => number | null,
  isDismissed: (finding: Finding) => boolean = () => false,
): Promise<void> {
  for (const batch of chunks(findings)) {
    await trx
      .insertInto("findings")
      .values(
        batch.map((f) => ({
          report_id: reportId,
          section_id: sectionAt(f.line),
          kind: f.kind,
          message: f.message,
          quote: f.quote,
          source_line: f.line,
          is_dismissed: isDismissed(f),
        })),
      )
      .execute();
  }
}
