import { lazy, Suspense } from "react";
import type { ReportSection } from "../../../../contract/reports.js";
import { SectionBody } from "../../components/section-body.js";
import { useI18n } from "../../i18n/index.js";

// The rich-text editor (TipTap, ProseMirror) is loaded only when a page shows a section the user may edit.
const RichSectionEditor = lazy(() =>
  import("./rich-section-editor.js").then((module) => ({ default: module.RichSectionEditor })),
);

/** Edits one section's text; until the editor has loaded, the text shows as it reads. */
export function SectionEditor(props: { reportId: number; section: ReportSection }) {
  const { t } = useI18n();
  return (
    <Suspense
      fallback={
        <div className="section-editor section-editor-loading" aria-busy="true">
          <SectionBody body={props.section.body} emptyText={t.report.emptySection} />
        </div>
      }
    >
      <RichSectionEditor {...props} />
    </Suspense>
  );
}
