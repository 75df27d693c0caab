import type { ReportTask } from "../../../../contract/reports.js";
import type { SaveTasksBody } from "../../../../contract/workflow.js";

export type Outcome = ReportTask["status"];

/** One of next period's tasks as edited; `key` only keeps React's rows stable while moving them. */
export interface Item {
  key: number;
  text: string;
  division: string;
}

/** What the editor holds: next period's items and the outcome of each carried task. */
export interface Draft {
  items: Item[];
  outcomes: Record<number, { status: Outcome; note: string }>;
}

let nextKey = 1;

/** A new row key, unique in the page. */
export function newKey(): number {
  return nextKey++;
}

/** The editor's draft of stored tasks: next period's items in order, the outcome of each carried task. */
export function draftOf(tasks: readonly ReportTask[]): Draft {
  const outcomes: Draft["outcomes"] = {};
  for (const task of tasks) {
    if (task.carriedFromTaskId !== null) outcomes[task.id] = { status: task.status, note: task.outcomeNote ?? "" };
  }
  return {
    items: tasks
      .filter((task) => task.carriedFromTaskId === null)
      .map((task) => ({ key: newKey(), text: task.text, division: task.divisionCode ?? "" })),
    outcomes,
  };
}

/** The request body of a draft: blank items are left out (the server refuses empty tasks). */
export function bodyOf(draft: Draft, carried: readonly ReportTask[], baseVersion: number): SaveTasksBody {
  return {
    baseVersion,
    items: draft.items
      .filter((item) => item.text.trim())
      .map((item) =>
        item.division ? { text: item.text.trim(), division: item.division } : { text: item.text.trim() },
      ),
    outcomes: carried.map((task) => {
      const o = draft.outcomes[task.id];
      return { taskId: task.id, status: o?.status ?? task.status, note: o?.note.trim() ? o.note.trim() : null };
    }),
  };
}

/** Comparable text of what a body would store (the version aside). */
export const contentKey = (body: SaveTasksBody) => JSON.stringify([body.items, body.outcomes]);

/** What a 409 STALE_VERSION of PUT /tasks carries: the current version and the tasks as stored now. */
export function staleTasks(errorDetails: unknown): { version: number; tasks: ReportTask[] } | null {
  const details = errorDetails as { currentVersion?: unknown; tasks?: unknown } | undefined;
  if (!details || typeof details.currentVersion !== "number" || !Array.isArray(details.tasks)) return null;
  const tasks = (details.tasks as Partial<ReportTask>[]).map((t) => ({
    id: Number(t.id),
    text: String(t.text ?? ""),
    plannedPeriodCode: t.plannedPeriodCode ?? null,
    status: (t.status ?? "planned") as ReportTask["status"],
    outcomeNote: t.outcomeNote ?? null,
    divisionCode: t.divisionCode ?? null,
    carriedFromTaskId: t.carriedFromTaskId ?? null,
  }));
  return { version: details.currentVersion, tasks };
}

/** Both versions: the user's items and outcomes, then the other person's items the user does not have. */
export function mergeDrafts(mine: Draft, theirs: Draft): Draft {
  const have = new Set(mine.items.map((item) => item.text.trim()));
  return { ...mine, items: [...mine.items, ...theirs.items.filter((item) => !have.has(item.text.trim()))] };
}
