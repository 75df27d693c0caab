import { useI18n } from "../../i18n/index.js";
import { Link } from "../../router.js";
import { ANALYTICS_PATHS } from "./analytics-filters.js";

const CARDS = ["period", "grid", "reminders", "consolidation", "explorer"] as const;

/** What the receiving level opens each morning: who reported and how late, reminders, its summary, the explorer. */
export function AnalyticsPage() {
  const { t } = useI18n();
  const c = t.completeness;
  return (
    <div className="page analytics-page">
      <h1 className="page-title">{c.overviewTitle}</h1>
      <p className="hint">{c.overviewIntro}</p>
      <ul className="analytics-cards" data-testid="analytics-overview">
        {CARDS.map((key) => (
          <li key={key} className="panel analytics-card">
            <h2>
              <Link href={ANALYTICS_PATHS[key]}>{c.pages[key]}</Link>
            </h2>
            <p className="muted">{c.pageHints[key]}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
