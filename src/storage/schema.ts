import type { ColumnType, Generated } from "kysely";

// Row types of the tables in migrations/. They stay inside storage/: repositories return domain types.

/** A `timestamptz` column: a Date when read; insertable as Date or ISO string, or omitted when it has a default. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column: ISO "YYYY-MM-DD" both ways. */
type DateText = string;
type Json<T> = ColumnType<T, string, string>;

export interface UnitsTable {
  id: Generated<number>;
  code: string;
  kind: string;
  parent_id: number | null;
  province_code: string | null;
  valid_from: ColumnType<DateText, DateText | undefined, DateText>;
  valid_to: DateText | null;
  created_at: Timestamp;
}
export interface UnitNamesTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  short_name: string | null;
  symbol: string | null;
  valid_from: ColumnType<DateText, DateText | undefined, DateText>;
  valid_to: DateText | null;
}
export interface UnitSuccessionsTable {
  id: Generated<number>;
  from_unit_id: number;
  to_unit_id: number;
  effective_date: DateText;
  kind: string;
  note: string | null;
}
export interface HolidaysTable {
  day: DateText;
  name: string;
}
export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  locale: Generated<string>;
  is_active: Generated<boolean>;
  created_at: Timestamp;
  /** 002: the position printed in a signature block ("Phó Giám đốc"). */
  job_title: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface UserRolesTable {
  user_id: number;
  role: string;
  unit_id: number;
}
export interface SessionsTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}
export interface IndicatorsTable {
  id: Generated<number>;
  code: string;
  name: string;
  field: string | null;
  unit_of_measure: string | null;
  value_type: string;
  aggregation_units: string;
  aggregation_time: string;
  formula: string | null;
  numerator_code: string | null;
  denominator_code: string | null;
  is_cumulative: Generated<boolean>;
  keywords: ColumnType<string[], string[] | undefined, string[]>;
  description: string | null;
  created_at: Timestamp;
  is_active: Generated<boolean>;
}
export interface IndicatorDisaggregationsTable {
  id: Generated<number>;
  indicator_id: number;
  dimension: string;
  code: string;
  name: string;
  position: Generated<number>;
}
export interface RegimesTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: string;
  frequency: string;
  doc_type: Generated<string>;
  content: string | null;
  legal_basis: string | null;
  cutoff_rule: Json<unknown>;
  deadline_rules: Json<unknown>;
  submitting_unit_kinds: string[];
  receiving_unit_kinds: ColumnType<string[], string[] | undefined, string[]>;
  send_method: string | null;
  valid_from: ColumnType<DateText, DateText | undefined, DateText>;
  valid_to: DateText | null;
  created_at: Timestamp;
}
export interface RegimeReceiversTable {
  regime_id: number;
  unit_id: number;
}
export interface RegimeSectionsTable {
  id: Generated<number>;
  regime_id: number;
  key: string;
  parent_key: string | null;
  position: number;
  number: string | null;
  title: string;
  level: number;
  division_field: string | null;
  content_kind: Generated<string>;
  guidance: string | null;
}
export interface RegimeIndicatorsTable {
  regime_id: number;
  indicator_id: number;
  section_key: string | null;
  position: number;
  is_required: Generated<boolean>;
}
export interface SourceFilesTable {
  id: Generated<number>;
  sha256: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  content: Uint8Array;
  uploaded_by: number | null;
  uploaded_at: Timestamp;
}
export interface ReportsTable {
  id: Generated<number>;
  regime_id: number | null;
  unit_id: number;
  period_kind: string;
  period_year: number;
  period_index: number | null;
  period_code: string;
  state: Generated<string>;
  origin: Generated<string>;
  version_no: Generated<number>;
  previous_version_id: number | null;
  is_current: Generated<boolean>;
  lock_version: Generated<number>;
  doc_type: Generated<string>;
  number: number | null;
  symbol: string | null;
  number_text: string | null;
  title: Generated<string>;
  place: string | null;
  issued_on: DateText | null;
  issue_year: number | null;
  issue_month: number | null;
  issue_day: number | null;
  addressee: string | null;
  signer_name: string | null;
  signer_title: string | null;
  signing_authority: string | null;
  recipients: ColumnType<string[], string | undefined, string>;
  next_period_code: string | null;
  deadline_on: DateText | null;
  sent_at: Timestamp | null;
  source_file_id: number | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface ReportReceiversTable {
  report_id: number;
  unit_id: number;
  sent_at: Timestamp;
  read_at: Timestamp | null;
}
export interface ReportSectionsTable {
  id: Generated<number>;
  report_id: number;
  parent_id: number | null;
  position: number;
  template_key: string | null;
  number: string | null;
  title: string;
  level: number;
  content_kind: Generated<string>;
  body: Generated<string>;
  division_unit_id: number | null;
  version: Generated<number>;
  submitted_at: Timestamp | null;
  submitted_by: number | null;
  updated_by: number | null;
  updated_at: Timestamp;
  source_line: number | null;
}
export interface ReportFiguresTable {
  id: Generated<number>;
  report_id: number;
  section_id: number | null;
  position: number;
  value: number;
  kind: string;
  unit: string | null;
  label: string | null;
  quote: string | null;
  source_line: number | null;
  indicator_id: number | null;
  disaggregation: Generated<string>;
  match_confidence: number | null;
}
export interface DataValuesTable {
  id: Generated<number>;
  report_id: number;
  indicator_id: number;
  disaggregation: Generated<string>;
  value: number;
  provenance: string;
  figure_id: number | null;
  source_line: number | null;
  match_confidence: number | null;
  entered_by: number | null;
  entered_at: Timestamp;
}
export interface TasksTable {
  id: Generated<number>;
  report_id: number;
  section_id: number | null;
  position: number;
  text: string;
  planned_period_code: string | null;
  status: Generated<string>;
  outcome_note: string | null;
  outcome_report_id: number | null;
  carried_from_task_id: number | null;
  division_unit_id: number | null;
  source_line: number | null;
}
export interface ReportNotesTable {
  id: Generated<number>;
  report_id: number;
  kind: string;
  position: number;
  text: string;
  source_line: number | null;
}
export interface DocumentsTable {
  id: Generated<number>;
  key: string;
  code: string;
  type_word: string | null;
  type_abbr: string | null;
  issued_on: DateText | null;
  year: number | null;
  issuer: string | null;
  subject: string | null;
  created_at: Timestamp;
}
export interface CitationsTable {
  id: Generated<number>;
  document_id: number;
  report_id: number;
  section_id: number | null;
  type_word: string | null;
  quote: string;
  source_line: number | null;
}
export interface FindingsTable {
  id: Generated<number>;
  report_id: number;
  section_id: number | null;
  kind: string;
  message: string;
  quote: string | null;
  source_line: number | null;
  is_dismissed: Generated<boolean>;
  created_at: Timestamp;
}
export interface AuditEventsTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: number | null;
  action: string;
  entity: string;
  entity_id: number | null;
  report_id: number | null;
  from_state: string | null;
  to_state: string | null;
  comment: string | null;
  details: ColumnType<unknown, string | undefined, string>;
}
export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: Timestamp;
}

export interface DB {
  units: UnitsTable;
  unit_names: UnitNamesTable;
  unit_successions: UnitSuccessionsTable;
  holidays: HolidaysTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  indicators: IndicatorsTable;
  indicator_disaggregations: IndicatorDisaggregationsTable;
  regimes: RegimesTable;
  regime_receivers: RegimeReceiversTable;
  regime_sections: RegimeSectionsTable;
  regime_indicators: RegimeIndicatorsTable;
  source_files: SourceFilesTable;
  reports: ReportsTable;
  report_receivers: ReportReceiversTable;
  report_sections: ReportSectionsTable;
  report_figures: ReportFiguresTable;
  data_values: DataValuesTable;
  tasks: TasksTable;
  report_notes: ReportNotesTable;
  documents: DocumentsTable;
  citations: CitationsTable;
  findings: FindingsTable;
  audit_events: AuditEventsTable;
  schema_migrations: SchemaMigrationsTable;
}
