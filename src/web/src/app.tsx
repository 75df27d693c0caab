import { Layout } from "./components/layout.js";
import { Loading } from "./components/status.js";
import { useI18n } from "./i18n/index.js";
import { adminPage } from "./pages/admin/admin-routes.js";
import { AnalyticsPage } from "./pages/analytics/analytics-page.js";
import { analyticsPageAt } from "./pages/analytics/analytics-routes.js";
import { ExplorerPage } from "./pages/explorer/explorer-page.js";
import { HomePage } from "./pages/home-page.js";
import { ImportPage } from "./pages/import-page.js";
import { InboxPage } from "./pages/inbox-page.js";
import { IndicatorsPage } from "./pages/indicators-page.js";
import { RegimePage } from "./pages/regime-page.js";
import { RegimesPage } from "./pages/regimes-page.js";
import { ReportPage } from "./pages/report-page.js";
import { ReportsPage } from "./pages/reports-page.js";
import { SignInPage } from "./pages/sign-in-page.js";
import { UnitPage } from "./pages/unit-page.js";
import { matchPath, useLocation } from "./router.js";
import { SessionProvider, useSession } from "./session.js";

function Page() {
  const { path } = useLocation();
  const { t } = useI18n();
  if (path === "/") return <HomePage />;
  if (path === "/reports") return <ReportsPage />;
  const report = matchPath("/reports/:id", path);
  if (report && /^\d+$/.test(report.id!)) return <ReportPage id={Number(report.id)} />;
  if (path === "/regimes") return <RegimesPage />;
  const regime = matchPath("/regimes/:code", path);
  if (regime) return <RegimePage code={regime.code!} />;
  if (path === "/indicators") return <IndicatorsPage />;
  if (path === "/analytics") return <AnalyticsPage />;
  const analytics = analyticsPageAt(path);
  if (analytics) return analytics;
  if (path === "/phan-tich/chi-tieu") return <ExplorerPage />;
  if (path === "/nhap-bao-cao") return <ImportPage />;
  if (path === "/hop-thu-den") return <InboxPage />;
  const admin = adminPage(path);
  if (admin) return admin;
  const unit = matchPath("/units/:code", path);
  if (unit) return <UnitPage code={unit.code!} />;
  return <p className="empty">{t.common.notFound}</p>;
}

/** The page when signed in; otherwise the sign-in form (at the same address) or why the server is out of reach. */
function Gate() {
  const { state, recheck } = useSession();
  const { t } = useI18n();
  if (state.status === "checking") return <Loading />;
  if (state.status === "signed-out") return <SignInPage expired={state.expired} />;
  if (state.status === "unreachable") {
    return (
      <div className="alert alert-error" role="alert">
        <strong>{t.session.unreachable}</strong>
        <span>{state.error.message}</span>
        <button type="button" className="button" onClick={recheck}>
          {t.common.retry}
        </button>
      </div>
    );
  }
  return <Page />;
}

/** The single-page app: one layout, pages chosen by the address once the user is signed in. */
export function App() {
  return (
    <SessionProvider>
      <Layout>
        <Gate />
      </Layout>
    </SessionProvider>
  );
}
