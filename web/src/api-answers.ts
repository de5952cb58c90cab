// The names the screens use for the API's answers, each inferred from the contract (the type of
// server/api.ts): nothing here copies a response by hand. Written here: only what the screens build
// to send (the audit filter, the fields of multipart uploads) and the details some errors carry.
import type { InferRequestType, InferResponseType } from 'hono/client';
import type { ItemHelp } from '../../domain/catalog/help-schema.ts';
import type { Target } from '../../domain/catalog/labels.ts';
import type { ContactEntryValues } from '../../domain/contacts/chart.ts';
import type { client } from './api-client.ts';

/** How far sign-in has come: 'mfa' and 'enrol' wait for the second factor. */
export type Stage = LoginResult['stage'];

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
export type OrgSummary = Pick<Organization, 'id' | 'slug' | 'name' | 'kind' | 'role'> & {
  /** an institution the user (an office's inspector) reads under its 立入検査の閲覧許可, until then */
  liveUntil?: string;
};

/** An organisation's fields as a form sends them (the slug only when creating). */
export type OrgInput = Omit<InferRequestType<typeof client.api.orgs.$post>['json'], 'slug'> & { slug?: string };

type AuthApi = typeof client.api.auth;

/** The caller's session (the contract: server/features/auth/auth.contract.ts). */
export type Session = InferResponseType<AuthApi['session']['$get'], 200>;

export type LoginResult = InferResponseType<AuthApi['login']['$post'], 200>;

export type Enrolment = InferResponseType<AuthApi['mfa']['enrol']['$post'], 200>;

export type Member = InferResponseType<OrgApi[':orgId']['members']['$get'], 200>['members'][number];

/** An invitation as the organisation's administrators see it: the login ID as typed, nothing of an account. */
export type OrgInvitation = InferResponseType<OrgApi[':orgId']['invitations']['$get'], 200>['invitations'][number];
export type InvitationStatus = OrgInvitation['status'];

/** The answer to an invitation (also to "create a user" with a login ID that is taken). */
export type InviteAnswer = InferResponseType<OrgApi[':orgId']['invitations']['$post'], 202>;

/** An invitation as the person invited sees it. */
export type OwnInvitation = InferResponseType<OrgApi['invitations']['$get'], 200>['invitations'][number];

export type CreatedUser = InferResponseType<typeof client.api.users.$post, 201>;

/** An event of the audit trail; 'metadata' detail: a non-member system administrator sees who, when, what kind and target only. */
export type AuditPage = InferResponseType<typeof client.api.audit.$get, 200>;
export type AuditEvent = AuditPage['events'][number];

export interface AuditQuery {
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/** An evidence file's metadata (the contract: server/features/evidence/evidence.contract.ts). */
export type EvidenceFile = InferResponseType<(typeof client.api.orgs)[':orgId']['evidence']['$get'], 200>['files'][number];

type CatalogApi = typeof client.api.catalog;

/** A checklist version in lists (the contract: server/features/catalog/catalog.contract.ts). */
export type CatalogSummary = InferResponseType<CatalogApi['$get'], 200>['versions'][number];

/** POST /api/catalog/import: the version as stored (or as it would be), and how it differs from its base. */
export type CatalogImportResult = InferResponseType<CatalogApi['import']['$post'], 200 | 201>;

// Mamori's own help for the items of one form (GET /api/catalog/:versionId/help): plain-language
// explanations, never the ministry's wording; `notice` says so wherever it is shown.
export type { ItemHelp };

export type FormHelp = InferResponseType<CatalogApi[':versionId']['help']['$get'], 200>;

// Assessments: one organisation's answers to one checklist form for one fiscal year
// (server/features/assessments).
export type { YesNo } from '../../domain/assessment/types.ts';

// (the contract: server/features/assessments/assessments.contract.ts)
type AssessmentsApi = (typeof client.api.orgs)[':orgId']['assessments'];
type AssessmentApi = AssessmentsApi[':assessmentId'];
type ItemApi = AssessmentApi['answers'][':itemId'];

export type AssessmentSummary = InferResponseType<AssessmentsApi['$get'], 200>['assessments'][number];

/** In full: every item of the form with its answer and evidence, the 手引き gaps, answers set aside. */
export type Assessment = InferResponseType<AssessmentApi['$get'], 200>;

/** An item as answered on the assessment's text: the catalog item, its label, answer and files. */
export type AssessmentItem = Assessment['items'][number];

/** A saved answer: the official columns, what the ledgers said then, its version and who saved it. */
export type Answer = NonNullable<AssessmentItem['answer']>;

/** An evidence file attached to an item's answer (the file itself stays in 証跡ファイル). */
export type AttachedEvidence = AssessmentItem['evidence'][number];

/** Items that need an answer (not 記入不要) and have one. */
export type Progress = AssessmentSummary['progress'];

/** Something the inspection guide would flag, as a Japanese sentence. */
export type Gap = Assessment['gaps'][number];

/** What moving onto a newer text did (labels of items). */
export type TextMoveReport = NonNullable<Assessment['textMove']>;

/** What the client sends to start one; `carryFrom` names an earlier assessment whose answers are carried. */
export type AssessmentInput = InferRequestType<AssessmentsApi['$post']>['json'];
export type AssessmentForm = AssessmentInput['form'];

/** What carrying forward did (item labels). */
export type CarryReport = NonNullable<InferResponseType<AssessmentsApi['$post'], 201>['carryForward']>;

export type AssessmentPatch = InferRequestType<AssessmentApi['$patch']>['json'];

/** What the client sends for one item; dates as YYYY-MM-DD or as typed 和暦 (the server parses). */
export type AnswerInput = InferRequestType<ItemApi['$put']>['json'];

/** The answer to a change of one item: its answer, whether it needs one, the form's progress and gaps. */
export type SavedAnswer = InferResponseType<ItemApi['$put'], 200>;

/** One change of an item, from the audit trail (newest first). */
export type ItemHistoryEntry = InferResponseType<ItemApi['history']['$get'], 200>['events'][number];

/** error.details of a 409 on an answer: what the other person saved. */
export interface AnswerConflict {
  current: Answer;
  updatedBy: string;
}

// The 連絡体制図 (server/features/contacts): who is called, in which order, inside and outside.
export type { ContactSide } from '../../domain/contacts/chart.ts';
export type { ContactEntryValues };

type ContactsApi = (typeof client.api.orgs)[':orgId']['contacts'];

/**
 * The chart (the contract: server/features/contacts/contacts.contract.ts): entries in call order,
 * the paper chart, what keeps it from counting for 3(1) (problems, the 手引き) and Mamori's own
 * advice, and the starter entries not added yet.
 */
export type ContactChart = InferResponseType<ContactsApi['$get'], 200>;
/** An entry; `starter` says where a starter entry's public number or role comes from (null when typed in). */
export type ContactEntry = ContactChart['internal'][number];
export type ContactStarter = ContactChart['starters'][number];

/** What the client sends for one entry; empty optional fields may be left out. */
export type ContactInput = InferRequestType<ContactsApi['$post']>['json'];

/** GET /api/orgs/:orgId/readiness: a fiscal year's readiness for the 立入検査. */
export type Readiness = InferResponseType<(typeof client.api.orgs)[':orgId']['readiness']['$get'], 200>;

// The 機器台帳 (server/features/devices): values as written, plus the OS spelling used for matching.
export type { DeviceValues, Software } from '../../domain/devices/device.ts';

// (the contract: server/features/devices/devices.contract.ts)
type DevicesApi = (typeof client.api.orgs)[':orgId']['devices'];

/** A page of the ledger with the total and the rows per class and status. */
export type DeviceList = InferResponseType<DevicesApi['$get'], 200>;
export type DeviceListQuery = InferRequestType<DevicesApi['$get']>['query'];
export type Device = DeviceList['devices'][number];
export type DeviceHistoryEntry = InferResponseType<DevicesApi[':deviceId']['$get'], 200>['history'][number];

/** What the form sends: the row's values as typed (dates may be 和暦); a change adds its version. */
export type DeviceInput = InferRequestType<DevicesApi['$post']>['json'];

export interface DeviceImportOptions {
  encoding: 'auto' | 'utf8' | 'cp932';
  sheet?: string;
  mapping?: Record<string, string>;
  overrides?: Record<string, Record<string, string>>;
  skipInvalid?: boolean;
}

/** The answer to a ledger file's import or its preview (an upload: web/src/upload.ts). */
export type DeviceImportReport = InferResponseType<DevicesApi['import']['$post'], 200>;
export type ImportRejection = DeviceImportReport['rejected'][number];
/** A cell taken other than as written: an .xlsx formula's saved result (E5 …). */
export type ImportWarning = DeviceImportReport['warnings'][number];

// The 外部接続点 register (server/features/connections).
export type { ConnectionValues } from '../../domain/connections/connection.ts';

type ConnectionsApi = (typeof client.api.orgs)[':orgId']['connections'];

/**
 * A point as the register lists it (the contract: server/features/connections/connections.contract.ts):
 * its values, the ledger device it runs on (deviceLabel) and what is wrong with it (warnings).
 */
export type ConnectionPoint = InferResponseType<ConnectionsApi['$get'], 200>['connections'][number];

/** What a form sends (the rules are the server's: domain/connections/connection.ts); a change adds its version. */
export type ConnectionInput = InferRequestType<ConnectionsApi['$post']>['json'];

// The 事業者 ledger (server/features/vendors, contract: vendors.contract.ts).
type VendorsApi = (typeof client.api.orgs)[':orgId']['vendors'];

/** A vendor with the systems it provides (each with Mamori's advice on what is still to record). */
export type Vendor = InferResponseType<VendorsApi['$get'], 200>['vendors'][number];
export type VendorSystem = Vendor['systems'][number];
/** One vendor with the history of its changes, newest first. */
export type VendorDetail = InferResponseType<VendorsApi[':vendorId']['$get'], 200>;
export type VendorInput = InferRequestType<VendorsApi['$post']>['json'];
export type SystemInput = InferRequestType<VendorsApi[':vendorId']['systems']['$post']>['json'];
/** An MDS/SDS of a system, with its annex answers and their summary. */
export type Disclosure = VendorSystem['disclosures'][number];
export type DisclosureInput = InferRequestType<VendorsApi[':vendorId']['systems'][':systemId']['disclosures']['$post']>['json'];
export type AnnexRead = InferResponseType<VendorsApi['annex-read']['$post'], 200>;
/** An invitation of a person at the vendor to answer the 事業者確認用 (contract: vendor-portal/invitations.contract.ts). */
export type VendorInvitation = InferResponseType<VendorsApi[':vendorId']['invitations']['$get'], 200>['invitations'][number];
export type VendorInvitationInput = InferRequestType<VendorsApi[':vendorId']['invitations']['$post']>['json'];

// Suggested answers from the ledgers (server/features/suggestions).
export type { RowRef, Suggestion } from '../../domain/suggestions/suggest.ts';

// (the contract: server/features/suggestions/suggestions.contract.ts)
type SuggestionApi = (typeof client.api.orgs)[':orgId'];

export type SheetSuggestions = InferResponseType<SuggestionApi['assessments'][':assessmentId']['suggestions']['$get'], 200>;

export type LedgerSettings = InferResponseType<SuggestionApi['ledger-settings']['$get'], 200>;
export type LedgerSettingsInput = InferRequestType<SuggestionApi['ledger-settings']['$put']>['json'];

/** GET …/maintenance-confirmations: the vendors of the ledgers with their confirmation, and the others. */
export type MaintenanceVendors = InferResponseType<SuggestionApi['maintenance-confirmations']['$get'], 200>;
export type MaintenanceConfirmation = InferResponseType<SuggestionApi['maintenance-confirmations']['$put'], 200>;
export type MaintenanceConfirmationInput = InferRequestType<SuggestionApi['maintenance-confirmations']['$put']>['json'];

/** Device candidates from an nmap scan or a GLPI inventory (POST …/devices/scan-import, an upload). */
export type ScanImportReport = InferResponseType<DevicesApi['scan-import']['$post'], 200>;
export type ScanCandidate = ScanImportReport['candidates'][number];

// Findings from the vulnerability and end-of-life data (server/features/feeds).
export type { Finding, Severity } from '../../domain/findings/match.ts';

/** A loaded feed's version (the contract: server/features/feeds/feeds.contract.ts). */
export type FeedVersion = InferResponseType<typeof client.api.feeds.$get, 200>['feeds'][number];

/** An organisation's findings, worst first, with the feeds' versions and warnings. */
export type FindingsReport = InferResponseType<(typeof client.api.orgs)[':orgId']['findings']['$get'], 200>;

/** A finding with the decision that still holds on it (row and feeds unchanged since), or null. */
export type DecidedFinding = FindingsReport['findings'][number];

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
export type WorkbookImportResult = InferResponseType<CatalogApi['workbook']['$post'], 200 | 201>;
