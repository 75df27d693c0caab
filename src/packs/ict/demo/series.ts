import { fromMonthIndex, monthIndex } from "./calendar.js";
import type { DemoArea } from "./departments.js";
import { createRng } from "./prng.js";

/** The first simulated month: every value of a month depends only on the seed, the area and the month. */
export const SERIES_ORIGIN = monthIndex(2023, 1);

/** One area's simulated monthly values, keyed "CODE" or "CODE:category", indexed by month − SERIES_ORIGIN. */
export type AreaSeries = Map<string, number[]>;

// Work slows down around Tết (February) and peaks at the year's end.
const SEASON = [1.05, 0.72, 1.02, 0.98, 1.0, 1.03, 0.97, 0.99, 1.01, 1.04, 1.08, 1.16];

/** Money in million VND keeps one decimal ("12,5 triệu đồng"). */
export const round1 = (value: number) => Math.round(value * 10) / 10;

/** Simulates every base (non-ratio) quantity the demo forms need, month by month up to `lastMonth` included. */
export function simulateArea(area: DemoArea, seed: string | number, lastMonth: number): AreaSeries {
  const rng = createRng(seed, area.key, "series");
  const s = area.scale;
  const series: AreaSeries = new Map();
  const push = (key: string, value: number) => {
    const list = series.get(key) ?? [];
    list.push(value);
    series.set(key, list);
  };
  const previous = (key: string, initial: number) => series.get(key)?.at(-1) ?? initial;

  for (let month = SERIES_ORIGIN; month <= lastMonth; month++) {
    const t = month - SERIES_ORIGIN;
    const season = SEASON[fromMonthIndex(month).month - 1] ?? 1;

    // Postal services.
    push("POSTAL_POINTS", Math.round(110 * s) + Math.floor(t / 8));
    push("POSTAL_ENTERPRISES", Math.round(14 * s) + Math.floor(t / 10));
    push("POSTAL_PUBLIC_DOSSIERS", Math.round(700 * s * season * rng.jitter(0.2)));
    push("POSTAL_REVENUE", Math.round(8500 * s * (1 + 0.006 * t) * rng.jitter(0.06)));

    // Telecommunications.
    const mobile = Math.round(520000 * s * (1 + 0.002 * t) * rng.jitter(0.004));
    push("SUBS_MOBILE", mobile);
    push("SUBS_MOBILE_BROADBAND", Math.round(mobile * Math.min(0.92, 0.72 + 0.005 * t)));
    push("SUBS_FIXED_BROADBAND", Math.round(98000 * s * (1 + 0.007 * t) * rng.jitter(0.005)));
    const bts = Math.round(880 * s * (1 + 0.004 * t));
    push("BTS_TOTAL", bts);
    push("BTS_4G", Math.round(bts * Math.min(0.95, 0.8 + 0.004 * t)));
    // Commercial 5G started in October 2024 (month 21 of the series).
    push("BTS_5G", t < 21 ? 0 : Math.min(bts, Math.round(s * 5 * (t - 20))));
    push("TELECOM_REVENUE", Math.round(92000 * s * (1 + 0.003 * t) * rng.jitter(0.05)));
    push("INTERNET_USERS", Math.round(640000 * s * (1 + 0.003 * t)));

    // IT application and e-government.
    const docOut = Math.round(26000 * s * season * (1 + 0.004 * t) * rng.jitter(0.08));
    push("DOC_OUT", docOut);
    push("DOC_SIGNED", Math.round(docOut * Math.min(0.985, (0.78 + 0.006 * t) * rng.jitter(0.01))));
    push("DMS_USERS", Math.round(4300 * s * (1 + 0.003 * t)) + rng.int(-15, 15));
    const emailNew = Math.max(1, Math.round(45 * s * rng.jitter(0.5)));
    push("EMAIL_NEW", emailNew);
    push("EMAIL_TOTAL", previous("EMAIL_TOTAL", Math.round(5200 * s)) + emailNew);
    const issuedOrg = Math.round(15 * s * rng.jitter(0.6));
    const issuedPersonal = Math.max(1, Math.round(70 * s * rng.jitter(0.5)));
    const revokedOrg = Math.floor(issuedOrg * rng.next() * 0.4);
    const revokedPersonal = Math.floor(issuedPersonal * rng.next() * 0.4);
    push("CERT_ISSUED:organisation", issuedOrg);
    push("CERT_ISSUED:personal", issuedPersonal);
    push("CERT_ISSUED", issuedOrg + issuedPersonal);
    push("CERT_REVOKED", revokedOrg + revokedPersonal);
    const certOrg = previous("CERT_TOTAL:organisation", Math.round(420 * s)) + issuedOrg - revokedOrg;
    const certPersonal = previous("CERT_TOTAL:personal", Math.round(1500 * s)) + issuedPersonal - revokedPersonal;
    push("CERT_TOTAL:organisation", certOrg);
    push("CERT_TOTAL:personal", certPersonal);
    push("CERT_TOTAL", certOrg + certPersonal);
    const services = 1700 + 3 * t + rng.int(0, 20);
    push("PS_TOTAL", services);
    const full = Math.round(services * Math.min(0.62, 0.42 + 0.006 * t));
    const partial = Math.round(services * 0.33 * rng.jitter(0.03));
    push("PS_ONLINE:full", full);
    push("PS_ONLINE:partial", partial);
    push("PS_ONLINE", full + partial);
    const received = Math.round(15000 * s * season * rng.jitter(0.1));
    const online = Math.round(received * Math.min(0.92, (0.45 + 0.012 * t) * rng.jitter(0.04)));
    push("DOSSIER_RECEIVED", received);
    push("DOSSIER_ONLINE", online);
    push("DOSSIER_IN_PERSON", received - online);
    const resolved = Math.round(received * 0.97 * rng.jitter(0.03));
    push("DOSSIER_RESOLVED", resolved);
    push("DOSSIER_ON_TIME", Math.round(resolved * Math.min(0.999, (0.955 + 0.001 * t) * rng.jitter(0.005))));
    push("DOSSIER_PENDING", Math.round(received * 0.55 * rng.jitter(0.15)));
    push("DX_COMMUNITY_TEAMS", Math.round(100 * s));

    // Information security.
    const low = Math.round(28000 * s * rng.jitter(0.5));
    const medium = Math.round(low * 0.004 * rng.jitter(0.5));
    const high = Math.round(low * 0.0006 * rng.jitter(0.6));
    push("MALWARE_ALERTS:low", low);
    push("MALWARE_ALERTS:medium", medium);
    push("MALWARE_ALERTS:high", high);
    push("MALWARE_ALERTS", low + medium + high);
    push("AV_COMPUTERS", Math.round(1450 * s * (1 + 0.004 * t)));
    push("ATTACKS_BLOCKED", Math.round(180 * s * rng.jitter(0.6)));
    const systems = Math.round(55 * s) + Math.floor(t / 12);
    push("SYSTEMS_TOTAL", systems);
    const approved = previous("SYSTEMS_LEVEL_APPROVED", Math.round(systems * 0.5)) + (rng.chance(0.3) ? 1 : 0);
    push("SYSTEMS_LEVEL_APPROVED", Math.min(systems, approved));

    // Press, publishing, grassroots and external information.
    push("PRESS_AGENCIES", s > 1 ? 4 : 3);
    push("PRESS_GUIDANCE_DOCS", rng.int(2, 5));
    push("PORTAL_POSTS", Math.round(380 * s * rng.jitter(0.2)));
    const licencesOnline = rng.int(1, Math.round(14 * s));
    const licencesInPerson = rng.int(0, Math.round(10 * s));
    push("PUBLISHING_LICENCES:online", licencesOnline);
    push("PUBLISHING_LICENCES:in_person", licencesInPerson);
    push("PUBLISHING_LICENCES", licencesOnline + licencesInPerson);
    push(
      "PUBLISHING_LICENCES_TOTAL",
      previous("PUBLISHING_LICENCES_TOTAL", Math.round(150 * s)) + licencesOnline + licencesInPerson,
    );
    const radios = Math.round(95 * s);
    push("COMMUNE_RADIO", radios);
    push("COMMUNE_RADIO_IP", Math.min(radios, Math.round(radios * (0.35 + 0.012 * t))));
    push("FOREIGN_INFO_ITEMS", Math.round(35 * s * rng.jitter(0.4)));

    // Inspection, staff and office.
    push("INSPECTIONS", (rng.chance(0.35) ? 1 : 0) + (rng.chance(0.1) ? 1 : 0));
    push("CHECKS", rng.int(0, 2));
    const violations = rng.chance(0.5) ? rng.int(0, 3) : 0;
    push("VIOLATIONS", violations);
    push("FINES", violations === 0 ? 0 : round1(violations * rng.pick([2.5, 5, 7.5, 10, 12.5, 15])));
    push("CITIZENS_RECEIVED", rng.int(0, 3));
    push("COMPLAINTS", rng.chance(0.15) ? 1 : 0);
    push("DENUNCIATIONS", rng.chance(0.08) ? 1 : 0);
    push("PETITIONS", rng.int(0, 2));
    const courses = rng.int(0, 2);
    push("TRAINING_COURSES", courses);
    push("TRAINEES", courses * rng.int(35, 110));
    push("REPORTS_SUBMITTED", rng.int(18, 35));
  }
  return series;
}

/** The value of `key` in `month` for one area, or undefined when that month or key was not simulated. */
export function seriesValue(series: AreaSeries, key: string, month: number): number | undefined {
  return series.get(key)?.[month - SERIES_ORIGIN];
}
