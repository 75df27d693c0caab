import type { ReactElement } from "react";
import { ANALYTICS_PATHS } from "./analytics-filters.js";
import { AnalyticsPage } from "./analytics-page.js";
import { CompletenessPage } from "./completeness-page.js";
import { ConsolidationPage } from "./consolidation-page.js";
import { GridPage } from "./grid-page.js";
import { RemindersPage } from "./reminders-page.js";

/** The completeness and consolidation page at `path`, or null when the path is not one of them. */
export function analyticsPageAt(path: string): ReactElement | null {
  switch (path) {
    case ANALYTICS_PATHS.overview:
      return <AnalyticsPage />;
    case ANALYTICS_PATHS.period:
      return <CompletenessPage />;
    case ANALYTICS_PATHS.grid:
      return <GridPage />;
    case ANALYTICS_PATHS.reminders:
      return <RemindersPage />;
    case ANALYTICS_PATHS.consolidation:
      return <ConsolidationPage />;
    default:
      return null;
  }
}
