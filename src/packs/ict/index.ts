import { ictIndicators } from "./indicators.js";
import { ictRegimes } from "./regimes.js";

export { getIctIndicator, ictIndicators } from "./indicators.js";
export { type IndicatorMatch, matchIndicator } from "./match-indicator.js";
export { getIctRegime, ictRegimes } from "./regimes.js";

/** The ICT sector pack: its report regimes and its indicator catalogue, as data. */
export const ictPack = { regimes: ictRegimes, indicators: ictIndicators };
export { type DemoOptions, demoSuccessions, demoUnitDefinitions, generateDemoReports } from "./demo/index.js";
