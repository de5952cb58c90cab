// Shapes of the server's JSON responses (see server/features/*/*.present.ts).
import type { InferRequestType, InferResponseType } from 'hono/client';
import type { TextMoveReport } from '../../domain/assessment/text-move.ts';
import type { AnswerValues } from '../../domain/assessment/types.ts';
import type { ItemHelp } from '../../domain/catalog/help-schema.ts';
import type { Target } from '../../domain/catalog/labels.ts';
import type { CatalogItem } from '../../domain/catalog/schema.ts';
import type { ConnectionValues } from '../../domain/connections/connection.ts';
import type { ContactEntryValues, ContactStarter, ContactEntry as DomainContactEntry } from '../../domain/contacts/chart.ts';
import type { DeviceValues } from '../../domain/devices/device.ts';
import type { Finding, Severity } from '../../domain/findings/match.ts';
import type { Suggestion } from '../../domain/suggestions/suggest.ts';
import type { client } from './api-client.ts';

export type Stage = 'full' | 'mfa' | 'enrol';

export interface FieldIssue {
  field: string;
  message: string;
}

/** A user as the server presents it (the contract: server/features/users/users.contract.ts). */
export type User = InferResponseType<typeof client.api.users.$get, 200>['users'][number];

type OrgApi = typeof client.api.orgs;

/** An organisation in full (the contract: server/features/orgs/orgs.contract.ts). */
export type Organization = InferResponseType<OrgApi[':orgId']['$get'], 200>;

/** An organisation the caller may switch to (a system administrator gets full records). */
export type OrgSummary = Pick<Organization, 'id' | 'slug' | 'name' | 'kind' | 'role'>;

/** An organisation's fields as a form sends them (the slug only when creating). */
export type OrgInput = Omit<InferRequestType<typeof client.api.orgs.$post>['json'], 'slug'> & { slug?: string };

export interface Session {
  user: User | null;
  stage: Stage | null;
  csrfToken?: string;
  organizations?: OrgSummary[];
  recoveryCodesLeft?: number | null;
  needsSetup: boolean;
}

export interface LoginResult {
  stage: Stage;
  mustChangePassword: boolean;
}

export interface Enrolment {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

export type Member = InferResponseType<OrgApi[':orgId']['members']['$get'], 200>['members'][number];

/** An invitation as the organisation's administrators see it: the login ID as typed, nothing of an account. */
export type OrgInvitation = InferResponseType<OrgApi[':orgId']['invitations']['$get'], 200>['invitations'][number];
export type InvitationStatus = OrgInvitation['status'];

/** The answer to an invitation (also to "create a user" with a login ID that is taken). */
export type InviteAnswer = InferResponseType<OrgApi[':orgId']['invitations']['$post'], 202>;

/** An invitation as the person invited sees it. */
export type OwnInvitation = InferResponseType<OrgApi['invitations']['$get'], 200>['invitations'][number];

export type CreatedUser = InferResponseType<typeof client.api.users.$post, 201>;

export interface AuditEvent {
  chain: string;
  seq: number;
  organizationId: string | null;
  actor: string;
  actorUserId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  clientAddress: string | null;
  occurredAt: string;
  /** 'metadata': a system administrator who is not a member sees who, when, what kind and target only */
  detail: 'full' | 'metadata';
}

export interface AuditPage {
  events: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditQuery {
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface EvidenceFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  description: string | null;
  uploadedBy: string | null;
  createdAt: string;
}

export interface CatalogSummary {
  id: string;
  revision: number;
  fiscalYear: number;
  label: string;
  released: boolean;
  published: string;
  forms: { form: string; label: string; alsoFor: string[]; items: number; unconfirmed: number }[];
}

/** POST /api/catalog/import: the version as stored (or as it would be), and how it differs from its base. */
export interface CatalogImportResult {
  version: CatalogSummary;
  diff: { base: { id: string; revision: number; label: string } | null; same: boolean };
  /** the differences as sentences */
  lines: string[];
  stored: boolean;
}

// Mamori's own help for the items of one form (GET /api/catalog/:versionId/help): plain-language
// explanations, never the ministry's wording; `notice` says so wherever it is shown.
export type { ItemHelp };

export interface FormHelp {
  /** 「Mamori による解説です。…」 */
  notice: string;
  versionId: string;
  revision: number;
  form: string;
  /** every item of the form, null where Mamori has no help for it */
  items: Record<string, ItemHelp | null>;
}

// Assessments: one organisation's answers to one checklist form for one fiscal year
// (server/features/assessments).
export type { YesNo } from '../../domain/assessment/types.ts';

export interface Answer extends AnswerValues {
  /** what the ledgers said when it was answered */
  suggestion?: Suggestion | null;
  version: number;
  updatedAt: string;
  /** login id of the person who saved it last */
  updatedBy: string | null;
}

/** What the client sends for one item; dates as YYYY-MM-DD or as typed 和暦 (the server parses). */
export interface AnswerInput extends AnswerValues {
  /** the answer's version the client last saw; 0 when it had none */
  version: number;
}

/** Items that need an answer (not 記入不要) and have one. */
export interface Progress {
  answered: number;
  total: number;
}

/** Something the inspection guide would flag, as a Japanese sentence. */
export interface Gap {
  itemId: string | null;
  code: string;
  message: string;
}

export type AssessmentForm = 'institution' | 'pharmacy' | 'vendor';

export interface AssessmentSummary {
  id: string;
  fiscalYear: number;
  fiscalYearLabel: string;
  fiscalYearStart: string;
  fiscalYearEnd: string;
  versionId: string;
  revision: number;
  versionLabel: string;
  /** how the version numbers items: "2(4)" or "2-④" */
  numbering: 'paren' | 'circled';
  /** the form of the version whose items are answered (another form's when the own text is not known) */
  catalogForm: string;
  /** the wording is not all read in the official text */
  provisional: boolean;
  /** "令和7年度版 医療機関確認用" when the items are another form's */
  textSource: string | null;
  /** what the person must know about the text (Japanese sentences) */
  textNotices: string[];
  form: string;
  formLabel: string;
  vendorName: string | null;
  systemName: string | null;
  hasVendorContract: boolean;
  progress: Progress;
  ready: boolean;
  gapCount: number;
  updatedAt: string;
}

export interface AssessmentItem extends CatalogItem {
  /** "2(4) サーバ" */
  label: string;
  /** 記入不要: 2(2)/2(3) without a vendor contract, or everything after a gate answered いいえ */
  exempt: boolean;
  exemptReason: string | null;
  answer: Answer | null;
  /** files of the evidence store attached to this item, oldest first */
  evidence: AttachedEvidence[];
}

/** An evidence file attached to an item's answer (the file itself stays in 証跡ファイル). */
export interface AttachedEvidence {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  attachedAt: string;
}

/** What moving onto a newer text did (labels of items). */
export type { TextMoveReport };

export interface Assessment extends AssessmentSummary {
  textMove: TextMoveReport | null;
  /** answers kept from an earlier text whose items have no counterpart */
  setAside: { itemId: string; label: string; text: string | null; from: string; answer: Answer }[];
  items: AssessmentItem[];
  gaps: Gap[];
  gateAnsweredNo: boolean;
}

export interface AssessmentInput {
  /** 西暦 start year: 2025 = 令和7年度 */
  fiscalYear: number;
  form: AssessmentForm;
  vendorName?: string;
  systemName?: string;
  hasVendorContract?: boolean;
  /** an earlier assessment of the same form whose answers are carried forward */
  carryFrom?: string;
}

export type { CarryReport } from '../../domain/assessment/carry-forward.ts';

export interface AssessmentPatch {
  hasVendorContract?: boolean;
  vendorName?: string;
  systemName?: string;
}

export interface SavedAnswer {
  answer: Answer;
  progress: Progress;
  gaps: Gap[];
  /** after a change of a vendor item's scope: whether it now needs no answer, and why */
  exempt?: boolean;
  exemptReason?: string | null;
}

/** One change of an item, from the audit trail (newest first). */
export interface ItemHistoryEntry {
  at: string;
  actor: string;
  action: string;
  /** 回答を保存, 前年度から引き継ぎ, 証跡ファイルを添付 … (Japanese, from the server) */
  label: string;
  answer: AnswerValues | null;
  file: string | null;
}

/** error.details of a 409 on an answer: what the other person saved. */
export interface AnswerConflict {
  current: Answer;
  updatedBy: string;
}

// The 連絡体制図 (server/features/contacts): who is called, in which order, inside and outside.
export type { ContactSide } from '../../domain/contacts/chart.ts';
export type { ContactEntryValues, ContactStarter };

export interface ContactEntry extends DomainContactEntry {
  /** where a starter entry's public number or role comes from; null for entries typed in */
  starter: { source: string; inferred: boolean } | null;
}

export interface ContactChart {
  /** YYYY-MM-DD */
  confirmedOn: string | null;
  /** login id of who confirmed it */
  confirmedBy: string | null;
  updatedAt: string | null;
  internal: ContactEntry[];
  external: ContactEntry[];
  /** kept on paper: when last confirmed, and the stored scan */
  paper: { confirmedOn: string; evidence: { id: string; fileName: string } | null } | null;
  /** what keeps the chart from counting for 3(1) (the 手引き), as Japanese sentences */
  problems: { entryId: string | null; message: string }[];
  /** Mamori's own advice (numbers on every entry, confirmed within a year): not the 手引き's */
  advice: { entryId: string | null; message: string }[];
  /** starter entries not added yet */
  starters: ContactStarter[];
}

/** What the client sends for one entry; empty optional fields may be left out. */
export type ContactInput = Pick<ContactEntryValues, 'side' | 'category'> & Partial<Omit<ContactEntryValues, 'side' | 'category'>>;

/** GET /api/orgs/:orgId/readiness: a fiscal year's readiness for the 立入検査. */
export interface Readiness {
  fiscalYear: number;
  fiscalYearLabel: string;
  ready: boolean;
  gaps: { assessment: string | null; itemId: string | null; message: string }[];
  assessments: { id: string; title: string; ready: boolean; progress: Progress }[];
  contactChart: { required: boolean; entries: number; confirmedOn: string | null; ready: boolean };
  /** contracted vendors (事業者 of the 連絡体制図 and of the forms): one 事業者確認用 each */
  vendors: { name: string; hasForm: boolean; inChart: boolean }[];
  /** things to know that are not gaps */
  notices: string[];
  /** Mamori's own advice item by item (目標日 passed without 2回目, forms that disagree, the chart): not gaps */
  advice: { kind: 'chart' | 'target_passed' | 'contradiction'; assessment: string | null; itemId: string | null; message: string }[];
}

// The 機器台帳 (server/features/devices): values as written, plus the OS spelling used for matching.
export type { DeviceValues, Software } from '../../domain/devices/device.ts';

export interface Device extends DeviceValues {
  id: string;
  osNormalized: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface DeviceList {
  devices: Device[];
  total: number;
  limit: number;
  offset: number;
  facets: { deviceClass: string; status: string; n: number }[];
}

export interface DeviceHistoryEntry {
  at: string;
  actor: string;
  action: string;
  label: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** What the form sends: the row's values as typed (dates may be 和暦), and the version when changing. */
export type DeviceInput = Partial<Record<keyof DeviceValues, unknown>> & { version?: number };

export interface DeviceImportOptions {
  encoding: 'auto' | 'utf8' | 'cp932';
  sheet?: string;
  mapping?: Record<string, string>;
  overrides?: Record<string, Record<string, string>>;
  skipInvalid?: boolean;
}

export interface ImportRejection {
  row: number;
  column: string | null;
  field: string | null;
  message: string;
}

export interface DeviceImportReport {
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  sheets: string[];
  sheet: string | null;
  headerRow: number;
  columns: { header: string; key: string | null }[];
  available: { key: string; ja: string; en: string; manual: boolean }[];
  summary: { created: number; updated: number; unchanged: number; rejected: number };
  preview: { row: number; action: 'create' | 'update'; values: DeviceValues }[];
  rejected: ImportRejection[];
  /** cells taken other than as written: an .xlsx formula's saved result (E5 …) */
  warnings: ImportWarning[];
  stored: boolean;
}

export interface ImportWarning {
  row: number;
  column: string | null;
  field: string;
  cell: string;
  message: string;
}

// The 外部接続点 register (server/features/connections).
export type { ConnectionValues } from '../../domain/connections/connection.ts';

export interface ConnectionPoint extends ConnectionValues {
  id: string;
  /** 管理番号 and name of the ledger device it runs on */
  deviceLabel: string | null;
  /** what is wrong with it, in words */
  warnings: string[];
  version: number;
  updatedAt: string;
}

export type ConnectionInput = Partial<Record<keyof ConnectionValues, unknown>> & { version?: number };

// Suggested answers from the ledgers (server/features/suggestions).
export type { RowRef, Suggestion } from '../../domain/suggestions/suggest.ts';

export interface SheetSuggestions {
  items: Record<string, Suggestion>;
  ledger: { devices: number; connections: number; reviewedOn: string | null; patchMaxDays: number };
}

export interface LedgerSettings {
  devicesReviewedOn: string | null;
  devicesReviewedBy: string | null;
  patchMaxDays: number;
}

/** Device candidates from an nmap scan or a GLPI inventory (POST …/devices/scan-import). */
export interface ScanCandidate {
  index: number;
  values: DeviceValues;
  match: { id: string; label: string } | null;
  fills: string[];
  exposures: string[];
}

export interface ScanImportReport {
  fileName: string;
  format: 'nmap' | 'glpi';
  hosts: number;
  candidates: ScanCandidate[];
  stored: boolean;
  created: number;
  updated: number;
}

// Findings from the vulnerability and end-of-life data (server/features/feeds).
export type { Finding, Severity } from '../../domain/findings/match.ts';

export interface FeedVersion {
  kind: 'kev' | 'eol' | 'nvd';
  version: string;
  releasedAt: string | null;
  loadedAt: string;
  loadedBy?: string;
  entries: number;
  source?: string;
}

export interface DecidedFinding extends Finding {
  /** a decision that still holds (row and feeds unchanged since), or null */
  decision: { decision: 'confirmed' | 'dismissed'; reason: string; by: string; at: string } | null;
}

export interface FindingsReport {
  /** worst first, at most 500 */
  findings: DecidedFinding[];
  /** dismissed as false positives (left out unless asked for) */
  dismissed: number;
  /** how many match the filter */
  total: number;
  counts: Record<Severity, number>;
  feeds: FeedVersion[];
  warnings: string[];
  /** the form the findings' items are numbered as (this fiscal year's), or null */
  checklist: { label: string; fiscalYear: string } | null;
}

/** A row of a workbook an administrator corrects before the version is stored. */
export interface WorkbookCorrection {
  row: number;
  skip?: boolean;
  section?: string;
  no?: number;
  targets?: Target[];
  status?: 'required' | 'reference';
  text?: string;
  answerType?: 'dated' | 'dated_once' | 'yes_no_only';
}

/** POST /api/catalog/workbook: what was read, row by row, beside the version it replaces. */
export interface WorkbookImportResult {
  file: string;
  sha256: string;
  sheet: string;
  version: CatalogSummary;
  base: { id: string; revision: number; label: string } | null;
  rows: {
    row: number;
    kind: string;
    text: string;
    item: {
      id: string;
      label: string;
      section: string;
      no: number;
      targets: Target[];
      status: string;
      answerType: 'dated' | 'dated_once' | 'yes_no_only';
      text: string;
      change: 'new' | 'changed' | 'same';
      before: string | null;
      corrected: boolean;
    } | null;
  }[];
  dropped: { id: string; label: string; text: string | null }[];
  lines: string[];
  stored: boolean;
  moved: number;
}
