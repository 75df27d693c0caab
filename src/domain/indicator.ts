/** The indicator catalogue: what a figure means, its unit, and how it combines over units and time. */

export type ValueType = "integer" | "decimal" | "percent" | "money";

/**
 * How values combine: flows `sum`, stocks take the `last` value, `ratio` is recomputed from numerator and
 * denominator (never averaged), `average` for the rare true means, `none` when they do not combine.
 */
export type Aggregation = "sum" | "last" | "average" | "ratio" | "none";

export interface DisaggregationDefinition {
  /** The dimension ("channel", "level", "severity", "holder"). */
  dimension: string;
  /** The category code ("online", "in_person", "level_3", "high"). */
  code: string;
  name: string;
  /** Folded phrases that identify the category next to a figure ("truc tuyen", "muc do cao"). */
  keywords?: string[];
}

export interface IndicatorDefinition {
  code: string;
  name: string;
  /** Division field ("cntt", "vien-thong", "buu-chinh", "attt", "bao-chi", "ttcs", "ttdn", "thanh-tra", ...). */
  field: string;
  unitOfMeasure: string | null;
  valueType: ValueType;
  aggregationUnits: Aggregation;
  aggregationTime: Aggregation;
  /** Derived indicators: arithmetic over other codes, e.g. "DOC_SIGNED / DOC_OUT * 100". */
  formula?: string | null;
  numeratorCode?: string | null;
  denominatorCode?: string | null;
  /** A running total ("lũy kế") carried forward from the previous period. */
  isCumulative?: boolean;
  /** Folded phrases that identify the indicator in a report's text ("van ban ky so"). */
  keywords: string[];
  disaggregations?: DisaggregationDefinition[];
  description?: string | null;
}
