import { Fragment, useState } from "react";
import type { ReportDetail } from "../../../contract/reports.js";
import { headingLabel, headingNumber } from "../../../domain/heading-label.js";
import { api } from "../api.js";
import { SectionBody } from "../components/section-body.js";
import { Empty, ErrorBox, Loading, StateBadge } from "../components/status.js";
import { formatDate, formatNumber, periodLabel } from "../format.js";
import { useI18n } from "../i18n/index.js";
import { Link, navigate, withQuery } from "../router.js";
import { useApi } from "../use-api.js";
import { FiguresForm } from "./report/figures-form.js";
import { SectionEditor } from "./report/section-editor.js";
import { TasksEditor } from "./report/tasks-editor.js";
import { ReturnReason, Timeline, VersionLinks, WorkflowActions, WorkflowDates } from "./report/workflow-panel.js";

type Tab = "figures" | "tasks" | "citations" | "findings";

/**
 * One report: metadata, dates and workflow actions on top, the text on the left (editable sections as editors),
 * figures, tasks, citations, findings and the timeline beside it.
 */
export function ReportPage({ id }: { id: number }) {
  const { t } = useI18n();
  const [reload, setReload] = useState(0);
  const report = useApi((signal) => api.getReport(id, signal), [id, reload]);
  if (report.status === "error") {
    return (
      <div className="page">
        <Breadcrumb />
        <ErrorBox error={report.error} />
      </div>
    );
  }
  if (report.status === "loading" && !report.data) return <Loading />;
  const r = report.data;
  if (!r) return <Loading />;
  const editable = new Set(r.workflow.editableSectionIds);
  const afterTransition = (newId: number) => {
    if (newId !== r.id) navigate(`/reports/${newId}`);
    else setReload((n) => n + 1);
  };
  const closing = r.sections.findIndex((s) => s.level <= 1 && ["tasks", "recommendations"].includes(s.contentKind));
  const difficultiesBefore = r.sections.some((s) => s.contentKind === "difficulties")
    ? -1
    : closing >= 0
      ? closing
      : r.sections.length;
  return (
    <div className="page">
      <Breadcrumb title={r.title || t.reports.untitled} />
      <header className="report-head panel">
        <div className="report-head-top">
          <div>
            <div className="report-number mono">
              {r.numberText && !r.numberText.startsWith("/") ? r.numberText : t.reports.noNumber}
            </div>
            <h1 className="report-title">{r.title || t.reports.untitled}</h1>
            <div className="muted">
              {r.unit.name} · {periodLabel(r.periodCode, t)}
            </div>
          </div>
          <div className="report-head-badges">
            <StateBadge state={r.state} />
            {editable.size === 0 ? <span className="badge badge-quiet">{t.report.readOnly}</span> : null}
            <fieldset className="downloads" aria-label={t.report.download}>
              <a className="button" href={`/api/reports/${r.id}/document?format=docx`} download>
                {t.report.downloadDocx}
              </a>
              <a className="button button-quiet" href={`/api/reports/${r.id}/document?format=pdf`} download>
                PDF
              </a>
            </fieldset>
          </div>
        </div>
        <VersionLinks report={r} />
        <ReturnReason report={r} reload={reload} />
        <Metadata report={r} />
        <WorkflowDates report={r} />
      </header>
      <WorkflowActions report={r} onDone={afterTransition} />
      <div className="grid-report">
        <article className="panel report-body" aria-labelledby="content-title">
          <h2 id="content-title">{t.report.content}</h2>
          {r.sections.length === 0 ? <Empty>{t.report.noSections}</Empty> : null}
          {r.sections.map((s, i) => {
            const Heading = s.level <= 1 ? "h3" : "h4";
            // Difficulties without a section of their own go where reports put them: before the closing parts.
            const difficultiesHere = i === difficultiesBefore;
            const hasChildren = (r.sections[i + 1]?.level ?? 0) > s.level;
            const inline = s.body.trim() ? null : inlineItems(s.contentKind, r);
            return (
              <Fragment key={s.id}>
                {difficultiesHere ? <NoteList title={t.report.difficulties} items={r.difficulties} /> : null}
                <section className={`report-section level-${Math.min(s.level, 4)}`} id={`section-${s.id}`}>
                  <Heading>
                    {s.number ? <span className="section-number">{headingNumber(s.number)}</span> : null}
                    {s.title}
                  </Heading>
                  {editable.has(s.id) ? (
                    <SectionEditor key={`${s.id}-${s.version}`} reportId={r.id} section={s} />
                  ) : inline ? (
                    <ul className="prose">
                      {inline.map((text) => (
                        <li key={text}>{text}</li>
                      ))}
                    </ul>
                  ) : hasChildren && !s.body.trim() ? null : (
                    <SectionBody body={s.body} emptyText={t.report.emptySection} />
                  )}
                </section>
              </Fragment>
            );
          })}
          {difficultiesBefore === r.sections.length ? (
            <NoteList title={t.report.difficulties} items={r.difficulties} />
          ) : null}
          {r.sections.some((s) => s.contentKind === "recommendations") ? null : (
            <NoteList title={t.report.recommendations} items={r.recommendations} />
          )}
        </article>
        <div className="side-column">
          <SidePanel report={r} onChanged={() => setReload((n) => n + 1)} />
          <Timeline reportId={r.id} reload={reload} />
        </div>
      </div>
    </div>
  );
}

/** What an empty tasks / difficulties / recommendations section shows: the items stored apart from its text. */
function inlineItems(kind: ReportDetail["sections"][number]["contentKind"], r: ReportDetail): string[] | null {
  const items =
    kind === "tasks"
      ? r.tasks.map((task) => task.text)
      : kind === "difficulties"
        ? r.difficulties
        : kind === "recommendations"
          ? r.recommendations
          : [];
  return items.length > 0 ? items : null;
}

function Breadcrumb({ title }: { title?: string }) {
  const { t } = useI18n();
  return (
    <nav className="breadcrumb" aria-label="breadcrumb">
      <Link href="/reports">{t.nav.reports}</Link>
      {title ? (
        <>
          <span aria-hidden="true"> › </span>
          <span>{title}</span>
        </>
      ) : null}
    </nav>
  );
}

function Metadata({ report: r }: { report: ReportDetail }) {
  const { t } = useI18n();
  const issued = r.issuedOn ? t.report.issuedDate(r.place, formatDate(r.issuedOn)) : null;
  const signer = [r.signingAuthority, r.signerTitle, r.signerName].filter(Boolean).join(" ");
  const rows: [string, React.ReactNode][] = [
    [
      t.report.unit,
      <Link key="unit" href={withQuery("/reports", { unit: r.unit.code })}>
        {r.unit.name}
      </Link>,
    ],
    [t.report.regime, r.regime?.name ?? t.common.none],
    [t.report.period, periodLabel(r.periodCode, t)],
    [t.report.placeDate, issued ?? t.common.none],
    [t.report.signer, signer || t.common.none],
    [t.report.origin, `${t.origins[r.origin]} · ${t.report.version} ${r.versionNo}`],
  ];
  if (r.deadlineOn) rows.push([t.report.deadline, formatDate(r.deadlineOn)]);
  if (r.nextPeriodCode) rows.push([t.report.nextPeriod, periodLabel(r.nextPeriodCode, t)]);
  if (r.addressee) rows.push([t.report.addressee, r.addressee]);
  if (r.sentAt) rows.push([t.report.sentAt, formatDate(r.sentAt)]);
  return (
    <>
      <dl className="meta-grid">
        {rows.map(([label, value]) => (
          <div key={label} className="meta-item">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {r.recipients.length > 0 ? (
        <div className="recipients">
          <span className="meta-label">{t.report.recipients}:</span>
          <ul>
            {r.recipients.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

function NoteList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <section className="report-section level-1">
      <h3>{title}</h3>
      <ul className="prose">
        {items.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </section>
  );
}

function SidePanel({ report: r, onChanged }: { report: ReportDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const openFindings = r.findings.filter((f) => !f.isDismissed).length;
  const [tab, setTab] = useState<Tab>(openFindings > 0 ? "findings" : "figures");
  const tabs: { key: Tab; label: string; count: number; alert?: boolean }[] = [
    { key: "figures", label: t.report.tabs.figures, count: r.values.length },
    { key: "tasks", label: t.report.tabs.tasks, count: r.tasks.length },
    { key: "citations", label: t.report.tabs.citations, count: r.citations.length },
    { key: "findings", label: t.report.tabs.findings, count: openFindings, alert: openFindings > 0 },
  ];
  return (
    <aside className="panel side-panel" aria-label={t.report.metadata}>
      <div className="tabs" role="tablist">
        {tabs.map((item) => (
          <button
            key={item.key}
            type="button"
            role="tab"
            aria-selected={tab === item.key}
            className={tab === item.key ? "tab active" : "tab"}
            onClick={() => setTab(item.key)}
            title={t.report[item.key]}
          >
            {item.label}
            <span className={item.alert ? "count count-alert" : "count"}>{item.count}</span>
          </button>
        ))}
      </div>
      <div className="tab-body" role="tabpanel">
        {tab === "figures" ? (
          r.regime ? (
            <FiguresForm report={r} onChanged={onChanged} fallback={<FiguresTab report={r} />} />
          ) : (
            <FiguresTab report={r} />
          )
        ) : null}
        {/* Kept mounted while other tabs show, so the tasks editor never drops what was typed. */}
        <div hidden={tab !== "tasks"}>
          <TasksTab report={r} />
        </div>
        {tab === "citations" ? <CitationsTab report={r} /> : null}
        {tab === "findings" ? <FindingsTab report={r} /> : null}
      </div>
    </aside>
  );
}

function FiguresTab({ report: r }: { report: ReportDetail }) {
  const { t, language } = useI18n();
  if (r.values.length === 0) return <Empty>{t.report.noFigures}</Empty>;
  return (
    <table className="table table-dense" data-testid="figures-table">
      <thead>
        <tr>
          <th>{t.report.indicator}</th>
          <th className="num">{t.report.value}</th>
        </tr>
      </thead>
      <tbody>
        {r.values.map((v, i) => {
          // A category row right under its total reads "— Trực tuyến"; alone it needs the indicator's name.
          const underTotal = r.values[i - 1]?.indicatorCode === v.indicatorCode;
          const label = v.disaggregationName
            ? underTotal
              ? `— ${v.disaggregationName}`
              : `${v.indicatorName} — ${v.disaggregationName}`
            : v.indicatorName;
          return (
            <tr
              key={`${v.indicatorCode}/${v.disaggregation}`}
              className={v.disaggregation && underTotal ? "sub-row" : undefined}
            >
              <td>
                <div>{label}</div>
                {v.provenance !== "typed" || v.sourceLine ? (
                  <div className="muted small">
                    {[
                      v.provenance === "typed" ? null : t.provenance[v.provenance],
                      v.sourceLine ? `${t.report.line} ${v.sourceLine}` : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </div>
                ) : null}
              </td>
              <td className="num nowrap">
                {formatNumber(v.value, language)}
                {v.unitOfMeasure ? (
                  <span className="uom">{v.unitOfMeasure === "%" ? "%" : ` ${v.unitOfMeasure}`}</span>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function TasksTab({ report: r }: { report: ReportDetail }) {
  const { t } = useI18n();
  if (r.workflow.canEditContent) {
    return (
      <TasksEditor
        key={`${r.id}-${r.version}`}
        reportId={r.id}
        unitCode={r.unit.code}
        version={r.version}
        tasks={r.tasks}
        nextPeriodCode={r.nextPeriodCode}
      />
    );
  }
  if (r.tasks.length === 0) return <Empty>{t.report.noTasks}</Empty>;
  return (
    <ol className="item-list">
      {r.tasks.map((task) => (
        <li key={task.id}>
          <div>{task.text}</div>
          <div className="item-meta">
            <span className={`badge task-${task.status}`}>{t.taskStatuses[task.status]}</span>
            {task.plannedPeriodCode ? (
              <span className="muted small">
                {t.report.plannedFor}: {periodLabel(task.plannedPeriodCode, t)}
              </span>
            ) : null}
          </div>
          {task.outcomeNote ? <div className="muted small">{task.outcomeNote}</div> : null}
        </li>
      ))}
    </ol>
  );
}

function CitationsTab({ report: r }: { report: ReportDetail }) {
  const { t } = useI18n();
  if (r.citations.length === 0) return <Empty>{t.report.noCitations}</Empty>;
  return (
    <ul className="item-list">
      {r.citations.map((c, i) => (
        <li key={`${c.documentCode}-${c.sourceLine ?? i}`}>
          <div>
            {c.typeWord ? `${c.typeWord} ` : ""}
            <span className="mono strong">{c.documentCode}</span>
            {c.sourceLine ? (
              <span className="muted small">
                {" "}
                · {t.report.line} {c.sourceLine}
              </span>
            ) : null}
          </div>
          <blockquote className="quote">{c.quote}</blockquote>
        </li>
      ))}
    </ul>
  );
}

function FindingsTab({ report: r }: { report: ReportDetail }) {
  const { t } = useI18n();
  if (r.findings.length === 0) return <Empty>{t.report.noFindings}</Empty>;
  // An authored report's findings name their section ("Mục 3. Lĩnh vực …"), which links to it.
  const sectionOf = (id: number | null) => {
    const s = id === null ? undefined : r.sections.find((x) => x.id === id);
    return s ? t.workflow.findingSection(headingLabel(s)) : null;
  };
  return (
    <ul className="item-list">
      {r.findings.map((f) => (
        <li key={f.id} className={f.isDismissed ? "dismissed" : "finding"}>
          <div className="item-meta">
            <span className="badge badge-warn">{t.findingKinds[f.kind]}</span>
            {sectionOf(f.sectionId) ? (
              <a className="small" href={`#section-${f.sectionId}`}>
                {sectionOf(f.sectionId)}
              </a>
            ) : f.sourceLine ? (
              <span className="muted small">
                {t.report.line} {f.sourceLine}
              </span>
            ) : null}
            {f.isDismissed ? <span className="muted small">{t.report.dismissed}</span> : null}
          </div>
          <div>{f.message}</div>
          {f.quote ? <blockquote className="quote">{f.quote}</blockquote> : null}
        </li>
      ))}
    </ul>
  );
}
