/**
 * Stored records as the rest of the application sees them: what storage repositories return. Ids are the
 * database's; every reference to another record also carries its code when that is what people read.
 */
import type { DisaggregationDefinition, IndicatorDefinition, ValueType } from "./indicator.js";
import type { SuccessionKind, UnitDefinition, UnitKind, UnitName } from "./org-unit.js";
import type { Frequency, RegimeDefinition, RegimeIndicatorRef, RegimeKind } from "./regime.js";
import type {
  FigureKind,
  Finding,
  PeriodKind,
  ReportOrigin,
  ReportState,
  SectionContent,
  SigningAuthority,
  TaskStatus,
  ValueProvenance,
} from "./report.js";

/**
 * A stored unit: its definition (so the functions of org-unit.ts apply to it), its id, and the name in force on
 * the date it was read for.
 */
export interface Unit extends UnitDefinition {
  id: number;
  kind: UnitKind;
  parentId: number | null;
  parentCode: string | null;
  provinceCode: string | null;
  validTo: string | null;
  name: string;
  shortName: string | null;
  symbol: string | null;
  names: UnitName[];
}

/** A recorded succession between two units. */
export interface UnitSuccession {
  fromUnitId: number;
  fromCode: string;
  toUnitId: number;
  toCode: string;
  effectiveDate: string;
  kind: SuccessionKind;
  note: string | null;
  /** 1 for a direct successor/predecessor, 2 for the next step of a chain, ... */
  depth: number;
}

export interface Holiday {
  day: string;
  name: string;
}

export type Role = "specialist" | "office" | "leader" | "receiver" | "admin";

export interface UserRole {
  role: Role;
  unitId: number;
  unitCode: string;
  unitKind: UnitKind;
}

export interface User {
  id: number;
  username: string;
  displayName: string;
  locale: "vi" | "en";
  isActive: boolean;
  roles: UserRole[];
}

/** A user with the password hash: only for signing in. */
export interface UserAccount extends User {
  passwordHash: string;
}

export interface Session {
  id: string;
  userId: number;
  csrfToken: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface Indicator extends IndicatorDefinition {
  id: number;
  formula: string | null;
  numeratorCode: string | null;
  denominatorCode: string | null;
  isCumulative: boolean;
  disaggregations: DisaggregationDefinition[];
  description: string | null;
  /** False once deactivated (an indicator with values is never deleted). */
  isActive: boolean;
}

/** One indicator of a regime's form, with what a form needs to show it. */
export interface RegimeIndicator extends RegimeIndicatorRef {
  indicatorId: number;
  name: string;
  unitOfMeasure: string | null;
  valueType: ValueType;
  position: number;
  isRequired: boolean;
}

export interface Regime extends RegimeDefinition {
  id: number;
  indicators: RegimeIndicator[];
}

export interface RegimeSummary {
  id: number;
  code: string;
  name: string;
  kind: RegimeKind;
  frequency: Frequency;
  docType: string;
  validFrom: string;
  validTo: string | null;
}

/** A report as lists show it. `lockVersion` is the version edits of metadata, values and state carry. */
export interface ReportSummary {
  id: number;
  regimeId: number | null;
  regimeCode: string | null;
  unitId: number;
  unitCode: string;
  /** The unit's name when the report was written. */
  unitName: string;
  periodKind: PeriodKind;
  periodYear: number;
  periodIndex: number | null;
  periodCode: string;
  state: ReportState;
  origin: ReportOrigin;
  versionNo: number;
  isCurrent: boolean;
  lockVersion: number;
  docType: string;
  number: number | null;
  numberText: string | null;
  title: string;
  issuedOn: string | null;
  deadlineOn: string | null;
  sentAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Section {
  id: number;
  parentId: number | null;
  position: number;
  templateKey: string | null;
  number: string | null;
  title: string;
  level: number;
  contentKind: NonNullable<SectionContent["contentKind"]>;
  body: string;
  divisionUnitId: number | null;
  divisionCode: string | null;
  /** The version a save of this section must carry. */
  version: number;
  submittedAt: Date | null;
  submittedBy: number | null;
  updatedBy: number | null;
  updatedAt: Date;
  sourceLine: number | null;
}

export interface DataValue {
  id: number;
  indicatorId: number;
  indicatorCode: string;
  indicatorName: string;
  unitOfMeasure: string | null;
  isCumulative: boolean;
  disaggregation: string;
  value: number;
  provenance: ValueProvenance;
  figureId: number | null;
  sourceLine: number | null;
  matchConfidence: number | null;
  enteredBy: number | null;
}

export interface Figure {
  id: number;
  sectionId: number | null;
  position: number;
  value: number;
  kind: FigureKind | "other";
  unit: string | null;
  label: string | null;
  quote: string | null;
  sourceLine: number | null;
  indicatorCode: string | null;
  disaggregation: string;
  matchConfidence: number | null;
}

export interface Task {
  id: number;
  reportId: number;
  sectionId: number | null;
  position: number;
  text: string;
  plannedPeriodCode: string | null;
  status: TaskStatus;
  outcomeNote: string | null;
  outcomeReportId: number | null;
  carriedFromTaskId: number | null;
  divisionUnitId: number | null;
  divisionCode: string | null;
  sourceLine: number | null;
}

export interface ReportNote {
  id: number;
  kind: "difficulty" | "recommendation";
  position: number;
  text: string;
  sourceLine: number | null;
}

/** A document of the cited-document registry (one per code and year). */
export interface CitedDocument {
  id: number;
  key: string;
  code: string;
  typeWord: string | null;
  typeAbbr: string | null;
  issuedOn: string | null;
  year: number | null;
  issuer: string | null;
  subject: string | null;
  citationCount: number;
}

/** One citation inside a report. */
export interface Citation {
  id: number;
  documentId: number;
  documentCode: string;
  sectionId: number | null;
  typeWord: string | null;
  quote: string;
  sourceLine: number | null;
}

/** Where a document is cited: the report, its section and line. */
export interface CitationPlace {
  citationId: number;
  reportId: number;
  reportTitle: string;
  unitCode: string;
  periodCode: string;
  sectionId: number | null;
  sectionTitle: string | null;
  quote: string;
  sourceLine: number | null;
}

export interface CitedDocumentDetail extends CitedDocument {
  citations: CitationPlace[];
}

export interface StoredFinding extends Finding {
  id: number;
  sectionId: number | null;
  isDismissed: boolean;
}

export interface ReportDetail extends ReportSummary {
  place: string | null;
  addressee: string | null;
  signerName: string | null;
  signerTitle: string | null;
  signingAuthority: SigningAuthority | null;
  recipients: string[];
  nextPeriodCode: string | null;
  symbol: string | null;
  previousVersionId: number | null;
  sourceFileId: number | null;
  createdBy: number | null;
  sections: Section[];
  values: DataValue[];
  figures: Figure[];
  tasks: Task[];
  difficulties: ReportNote[];
  recommendations: ReportNote[];
  citations: Citation[];
  findings: StoredFinding[];
}

export interface SourceFile {
  id: number;
  sha256: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedBy: number | null;
  uploadedAt: Date;
}

export interface AuditEvent {
  id: number;
  at: Date;
  actorId: number | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: number | null;
  reportId: number | null;
  fromState: string | null;
  toState: string | null;
  comment: string | null;
  details: Record<string, unknown>;
}
