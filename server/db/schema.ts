// The database schema. Every table that belongs to an organisation carries organization_id and
// leads its keys and indexes with it (see ENGINEERING.md: distribution by organisation).
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ACCOUNT_KINDS, ACCOUNT_SOURCES, ACCOUNT_STATUSES, type AccountSource, type AccountStatus } from '../../domain/accounts/account.ts';
import type { AccountKind } from '../../domain/accounts/ad-export.ts';
import { LOG_LOCATIONS, type LogContent, type LogLocation, TIME_SOURCES, type TimeSource } from '../../domain/accounts/log-list.ts';
import {
  ACCOUNT_REVIEW_DECISIONS,
  ACCOUNT_REVIEW_STATUSES,
  type AccountReviewDecision,
  type AccountReviewStatus,
  type ReviewSnapshot,
} from '../../domain/accounts/review.ts';
import type { TextMoveReport } from '../../domain/assessment/text-move.ts';
import type { YesNo } from '../../domain/assessment/types.ts';
import { FORMS_PER, type FormsPer } from '../../domain/assessment/vendor-forms.ts';
import {
  type BackupScope,
  FREQUENCIES,
  type Frequency,
  ISOLATIONS,
  type Isolation,
  type Place,
  RESTORE_RESULTS,
  type RestoreResult,
} from '../../domain/backups/ledger.ts';
import { EXERCISE_KINDS, type ExerciseKind } from '../../domain/bcp/exercise.ts';
import { FORMS, type FormKind } from '../../domain/catalog/labels.ts';
import { CONNECTION_KINDS, type ConnectionKind, RESTRICTIONS, type Restriction } from '../../domain/connections/connection.ts';
import { CONTACT_SIDES, type ContactSide } from '../../domain/contacts/chart.ts';
import { DEVICE_CLASSES, type DeviceClass, type DeviceStatus, type Software } from '../../domain/devices/device.ts';
import { LEDGER_STATUSES, type LedgerStatus } from '../../domain/devices/status.ts';
import type { EolProduct, KevEntry, NvdRecord } from '../../domain/findings/feeds.ts';
import {
  type Affected,
  ENTRY_KINDS,
  type EntryKind,
  FIRST_STEPS,
  type FirstStep,
  INCIDENT_STATUSES,
  type IncidentStatus,
} from '../../domain/incidents/incident.ts';
import { ORG_KINDS, type OrgKind, OVERSIGHT_KINDS, type OversightKind } from '../../domain/organization.ts';
import { ROLES, type Role } from '../../domain/roles.ts';
import type { Suggestion } from '../../domain/suggestions/types.ts';
import { TRAINING_KINDS, type TrainingKind } from '../../domain/training/training.ts';
import { type AnnexAnswer, DISCLOSURE_KINDS, type DisclosureKind } from '../../domain/vendors/disclosure.ts';
import { REVIEW_STATUSES, type ReviewStatus, USER_KINDS, type UserKind } from '../../domain/vendors/invitation.ts';
import {
  REMOTE_ANSWERS,
  type RemoteAnswer,
  SYSTEM_KINDS,
  type SystemKind,
  UPDATE_RESPONSIBILITIES,
  type UpdateResponsibility,
  VENDOR_STATUSES,
  type VendorStatus,
} from '../../domain/vendors/vendor.ts';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

const YES_NO = ['yes', 'no'] as const;

/** A text column holds one of the domain's values: a CHECK, as its TypeScript type says (NULL passes). */
const oneOf = (name: string, column: AnyPgColumn, values: readonly string[]) =>
  check(name, sql`${column} in (${sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '))})`);

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => ts('created_at').notNull().defaultNow();

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loginId: text('login_id').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    // true when the password is shorter than 13 characters: only allowed while MFA is on (GL 7.0 14.1.1)
    passwordShort: boolean('password_short').notNull().default(false),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    isSystemAdmin: boolean('is_system_admin').notNull().default(false),
    // 'vendor': a person at a vendor who answers through invitations only (domain/vendors/invitation.ts)
    kind: text('kind').$type<UserKind>().notNull().default('staff'),
    totpSecret: text('totp_secret'),
    totpPendingSecret: text('totp_pending_secret'),
    totpEnabledAt: ts('totp_enabled_at'),
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: ts('locked_until'),
    disabledAt: ts('disabled_at'),
    lastLoginAt: ts('last_login_at'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_login_id_key').on(sql`lower(${t.loginId})`), oneOf('users_kind_check', t.kind, USER_KINDS)],
);

export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: ts('used_at'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);

// Every password a user had (the current one included), newest first: the last few may not be set
// again (GL 7.0 システム運用編 14: reuse refused). argon2id hashes, like users.password_hash.
export const passwordHistory = pgTable(
  'password_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    passwordHash: text('password_hash').notNull(),
    setAt: ts('set_at').notNull(),
  },
  (t) => [index('password_history_user_idx').on(t.userId, t.setAt)],
);

// Failed sign-ins per login ID, known or not, keyed by an HMAC of the normalised ID (the typed ID is
// not stored): one lock-out for every ID, so that an unknown ID answers like a known one.
export const signInLoginCounters = pgTable(
  'sign_in_login_counters',
  {
    loginKey: text('login_key').primaryKey(),
    failedAttempts: integer('failed_attempts').notNull(),
    lockedUntil: ts('locked_until'),
    lastFailedAt: ts('last_failed_at').notNull(),
  },
  (t) => [index('sign_in_login_counters_last_idx').on(t.lastFailedAt)],
);

// Failed sign-in attempts per client address and fixed window (throttling); old windows are pruned.
export const signInAddressCounters = pgTable(
  'sign_in_address_counters',
  {
    address: text('address').notNull(),
    windowStart: ts('window_start').notNull(),
    attempts: integer('attempts').notNull(),
  },
  (t) => [primaryKey({ columns: [t.address, t.windowStart] }), index('sign_in_address_counters_window_idx').on(t.windowStart)],
);

/** an audit event's values before and after: a JSON object or list as recorded (secrets redacted) */
export type AuditValues = { [key: string]: unknown } | unknown[];

export const SESSION_STAGES = ['mfa', 'enrol', 'full'] as const;

export const sessions = pgTable(
  'sessions',
  {
    // sha256 of the cookie token: a stolen database does not yield usable sessions
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // 'mfa' = password ok, TOTP still required; 'enrol' = must enrol MFA first; 'full' = signed in
    stage: text('stage').$type<(typeof SESSION_STAGES)[number]>().notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    clientAddress: text('client_address'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), oneOf('sessions_stage_check', t.stage, SESSION_STAGES)],
);

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    kind: text('kind').$type<OrgKind>().notNull(),
    prefecture: text('prefecture'),
    address: text('address'),
    medicalInstitutionCode: text('medical_institution_code'),
    bedCount: integer('bed_count'),
    requireMfa: boolean('require_mfa').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [oneOf('organizations_kind_check', t.kind, ORG_KINDS), uniqueIndex('organizations_slug_key').on(t.slug)],
);

export const memberships = pgTable(
  'memberships',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('memberships_role_check', t.role, ROLES),
    primaryKey({ columns: [t.organizationId, t.userId] }),
    index('memberships_user_idx').on(t.userId),
  ],
);

// An administrator's invitation of a login ID into the organisation; the person becomes a member only
// by accepting it. Keyed by the normalised login ID (NFKC, lower case), whether or not an account has
// it, so that the answer never tells whether the ID exists. At most one open invitation per ID.
export const invitations = pgTable(
  'invitations',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    loginKey: text('login_key').notNull(),
    role: text('role').$type<Role>().notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    acceptedAt: ts('accepted_at'),
    declinedAt: ts('declined_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    oneOf('invitations_role_check', t.role, ROLES),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('invitations_open_key')
      .on(t.organizationId, t.loginKey)
      .where(sql`${t.acceptedAt} is null and ${t.declinedAt} is null and ${t.revokedAt} is null`),
    index('invitations_login_idx').on(t.loginKey),
  ],
);

// One hash chain per organisation (chain_key = organization id, or 'system').
export const auditEvents = pgTable(
  'audit_events',
  {
    chainKey: text('chain_key').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    organizationId: uuid('organization_id'),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    // the values before and after a change, as the use case recorded them (any JSON object)
    before: jsonb('before').$type<AuditValues>(),
    after: jsonb('after').$type<AuditValues>(),
    clientAddress: text('client_address'),
    occurredAt: ts('occurred_at').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    // the audit key's id the hash was made with (HMAC-SHA256); null = an unkeyed sha256 row from before keying
    keyId: text('key_id'),
  },
  (t) => [
    primaryKey({ columns: [t.chainKey, t.seq] }),
    index('audit_events_org_time_idx').on(t.organizationId, t.occurredAt),
    // an item's history (target_id = assessment#item) and an assessment's (prefix match, hence text_pattern_ops)
    index('audit_events_org_target_idx').on(t.organizationId, t.targetType, t.targetId.op('text_pattern_ops')),
  ],
);

// The head of each chain, updated in the same transaction: deleting the newest events is detected too.
export const auditChainHeads = pgTable('audit_chain_heads', {
  chainKey: text('chain_key').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  // the audit key of the newest event (null while the chain holds only unkeyed rows)
  keyId: text('key_id'),
});

export const evidenceBlobs = pgTable(
  'evidence_blobs',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    data: bytea('data').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.sha256] })],
);

export const evidenceFiles = pgTable(
  'evidence_files',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    description: text('description'),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
    deletedAt: ts('deleted_at'),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] }), uniqueIndex('evidence_files_id_key').on(t.id)],
);

// Checklist versions added without code (imported or made in the UI). Never updated in place: a
// correction is a new revision; assessments keep the revision they were answered on.
export const catalogVersions = pgTable(
  'catalog_versions',
  {
    id: text('id').notNull(),
    revision: integer('revision').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    // checked again by the catalog parser whenever it is read (catalog.loader.ts): unknown until then
    content: jsonb('content').$type<unknown>().notNull(),
    createdBy: uuid('created_by'),
    createdByLabel: text('created_by_label').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.id, t.revision] })],
);

// One checklist assessment per organisation, fiscal year and form (and vendor + system for 事業者確認用),
// answered on the catalog version and revision it was started on.
export const assessments = pgTable(
  'assessments',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    fiscalYear: integer('fiscal_year').notNull(),
    catalogVersion: text('catalog_version').notNull(),
    catalogRevision: integer('catalog_revision').notNull(),
    // the form of that version whose items are answered: the assessment's own form, or the one its
    // text falls back to (R7 薬局確認用 on R7's 医療機関確認用, R7 事業者確認用 on R6's)
    catalogForm: text('catalog_form').$type<FormKind>().notNull(),
    form: text('form').$type<FormKind>().notNull(),
    vendorName: text('vendor_name'),
    systemName: text('system_name'),
    hasVendorContract: boolean('has_vendor_contract').notNull().default(true),
    // the last move from provisional text onto a newer one (what was kept, changed, new, set aside)
    textMove: jsonb('text_move').$type<TextMoveReport>(),
    // a 事業者確認用 the vendor answers through an invitation (vendor_invitations.id, same organisation),
    // and where its review stands; the institution's comments per item when it returned it
    invitationId: uuid('invitation_id'),
    reviewStatus: text('review_status').$type<ReviewStatus>(),
    reviewComments: jsonb('review_comments').$type<Record<string, string>>().notNull().default({}),
    submittedAt: ts('submitted_at'),
    reviewedAt: ts('reviewed_at'),
    reviewedBy: text('reviewed_by'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('assessments_form_check', t.form, FORMS),
    oneOf('assessments_catalog_form_check', t.catalogForm, FORMS),
    oneOf('assessments_review_status_check', t.reviewStatus, REVIEW_STATUSES),
    index('assessments_invitation_idx').on(t.organizationId, t.invitationId),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('assessments_id_key').on(t.id),
    uniqueIndex('assessments_identity_key').on(
      t.organizationId,
      t.fiscalYear,
      t.form,
      sql`coalesce(${t.vendorName}, '')`,
      sql`coalesce(${t.systemName}, '')`,
    ),
  ],
);

// The official answer columns per item: 1回目 はい/いいえ + date, 目標日, 2回目 はい/いいえ + date.
export const assessmentAnswers = pgTable(
  'assessment_answers',
  {
    organizationId: uuid('organization_id').notNull(),
    assessmentId: uuid('assessment_id').notNull(),
    itemId: text('item_id').notNull(),
    firstAnswer: text('first_answer').$type<YesNo>(),
    firstDate: date('first_date', { mode: 'string' }),
    targetDate: date('target_date', { mode: 'string' }),
    secondAnswer: text('second_answer').$type<YesNo>(),
    secondDate: date('second_date', { mode: 'string' }),
    note: text('note').notNull().default(''),
    // 事業者確認用: outside this vendor's contract (手引き: another form answers it)
    outOfScope: boolean('out_of_scope').notNull().default(false),
    // what the ledgers said about the item when it was answered (はい/いいえ/判断できない and why)
    suggestion: jsonb('suggestion').$type<Suggestion>(),
    // optimistic concurrency: two people editing the same item do not overwrite each other unseen
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('assessment_answers_first_answer_check', t.firstAnswer, YES_NO),
    oneOf('assessment_answers_second_answer_check', t.secondAnswer, YES_NO),
    primaryKey({ columns: [t.organizationId, t.assessmentId, t.itemId] }),
    foreignKey({
      name: 'assessment_answers_assessment_fk',
      columns: [t.organizationId, t.assessmentId],
      foreignColumns: [assessments.organizationId, assessments.id],
    }).onDelete('cascade'),
  ],
);

// Evidence files attached to one item's answer (the files stay in the organisation's evidence store).
export const answerEvidence = pgTable(
  'answer_evidence',
  {
    organizationId: uuid('organization_id').notNull(),
    assessmentId: uuid('assessment_id').notNull(),
    itemId: text('item_id').notNull(),
    evidenceId: uuid('evidence_id').notNull(),
    attachedBy: uuid('attached_by'),
    attachedAt: ts('attached_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'answer_evidence_pk', columns: [t.organizationId, t.assessmentId, t.itemId, t.evidenceId] }),
    foreignKey({
      name: 'answer_evidence_assessment_fk',
      columns: [t.organizationId, t.assessmentId],
      foreignColumns: [assessments.organizationId, assessments.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'answer_evidence_file_fk',
      columns: [t.organizationId, t.evidenceId],
      foreignColumns: [evidenceFiles.organizationId, evidenceFiles.id],
    }).onDelete('cascade'),
  ],
);

// The 連絡体制図 (incident contact chart): one per organisation, with the date it was last confirmed.
export const contactCharts = pgTable('contact_charts', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  confirmedOn: date('confirmed_on', { mode: 'string' }),
  confirmedBy: uuid('confirmed_by'),
  // the institution keeps its chart on paper (3(1) asks only that it exists and is shown): when it
  // was last confirmed, and optionally a scan in the evidence store
  paperConfirmedOn: date('paper_confirmed_on', { mode: 'string' }),
  paperEvidenceId: uuid('paper_evidence_id'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

// Its entries: internal roles (医療情報システム安全管理責任者 …) and external bodies (事業者, 厚生労働省,
// 警察 …), each side in call order (position).
export const contactEntries = pgTable(
  'contact_entries',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    side: text('side').$type<ContactSide>().notNull(),
    category: text('category').notNull(),
    organizationName: text('organization_name').notNull().default(''),
    personName: text('person_name').notNull().default(''),
    phone: text('phone').notNull().default(''),
    hours: text('hours').notNull().default(''),
    url: text('url').notNull().default(''),
    note: text('note').notNull().default(''),
    // a 事業者 that provides a medical information system: one 事業者確認用 is due from it (a cleaning company is not one)
    providesMedicalSystem: boolean('provides_medical_system').notNull().default(true),
    starterKey: text('starter_key'),
    position: integer('position').notNull(),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('contact_entries_side_check', t.side, CONTACT_SIDES),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('contact_entries_id_key').on(t.id),
    index('contact_entries_order_idx').on(t.organizationId, t.side, t.position),
  ],
);

// The 機器台帳 (device ledger): the manual's 12 columns, then class, vendor, remote maintenance,
// support end, last patch, USB restriction, services review. Values are kept as written; os_normalized
// and search_text are derived at write time for matching and search. Retired rows stay (status).
export const devices = pgTable(
  'devices',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    assetNo: text('asset_no'),
    maker: text('maker').notNull().default(''),
    os: text('os').notNull().default(''),
    osNormalized: text('os_normalized').notNull().default(''),
    software: jsonb('software').$type<Software[]>().notNull().default([]),
    ipAddress: text('ip_address').notNull().default(''),
    hostname: text('hostname').notNull().default(''),
    location: text('location').notNull().default(''),
    userName: text('user_name').notNull().default(''),
    registeredOn: date('registered_on', { mode: 'string' }),
    status: text('status').$type<DeviceStatus>().notNull().default('active'),
    description: text('description').notNull().default(''),
    deviceClass: text('device_class').$type<DeviceClass>().notNull().default('other'),
    model: text('model').notNull().default(''),
    mac: text('mac').notNull().default(''),
    segment: text('segment').notNull().default(''),
    vendorName: text('vendor_name').notNull().default(''),
    remoteMaintenance: boolean('remote_maintenance'),
    // the connection point the vendor maintains it through (checked to be the organisation's; no FK,
    // since connection points refer to devices too)
    remoteVia: uuid('remote_via'),
    supportEnd: date('support_end', { mode: 'string' }),
    lastPatch: date('last_patch', { mode: 'string' }),
    usbRestricted: boolean('usb_restricted'),
    servicesReviewedOn: date('services_reviewed_on', { mode: 'string' }),
    medicalSystem: boolean('medical_system').notNull().default(false),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    searchText: text('search_text').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('devices_status_check', t.status, LEDGER_STATUSES),
    oneOf('devices_device_class_check', t.deviceClass, DEVICE_CLASSES),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('devices_id_key').on(t.id),
    uniqueIndex('devices_asset_no_key').on(t.organizationId, t.assetNo).where(sql`${t.assetNo} is not null`),
    index('devices_host_idx').on(t.organizationId, t.ipAddress, t.hostname),
    // the list's default order (asset number, then id) read from the index, a page at a time
    index('devices_sort_asset_idx').on(t.organizationId, t.assetNo, t.id),
  ],
);

// The 外部接続点 register: every connection between the institution's network and the outside.
export const connectionPoints = pgTable(
  'connection_points',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').$type<ConnectionKind>().notNull(),
    deviceId: uuid('device_id'),
    vendorName: text('vendor_name').notNull().default(''),
    purpose: text('purpose').notNull().default(''),
    carrier: text('carrier').notNull().default(''),
    sourceRestriction: text('source_restriction').$type<Restriction>().notNull().default('unknown'),
    allowedSources: jsonb('allowed_sources').$type<string[]>().notNull().default([]),
    timeWindow: text('time_window').notNull().default(''),
    geoRestriction: text('geo_restriction').notNull().default(''),
    mfa: boolean('mfa'),
    firmware: text('firmware').notNull().default(''),
    confirmedBy: text('confirmed_by').notNull().default(''),
    confirmedOn: date('confirmed_on', { mode: 'string' }),
    status: text('status').notNull().default('active'),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('connection_points_kind_check', t.kind, CONNECTION_KINDS),
    oneOf('connection_points_source_restriction_check', t.sourceRestriction, RESTRICTIONS),
    oneOf('connection_points_status_check', t.status, LEDGER_STATUSES),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('connection_points_id_key').on(t.id),
    foreignKey({
      name: 'connection_points_device_fk',
      columns: [t.organizationId, t.deviceId],
      foreignColumns: [devices.organizationId, devices.id],
    }),
  ],
);

// The 事業者 ledger (domain/vendors/vendor.ts): each vendor once per organisation by its folded name,
// and its 24-hour contact as a reference to its entry in the 連絡体制図 (one record, not two).
export const vendors = pgTable(
  'vendors',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    status: text('status').$type<VendorStatus>().notNull().default('active'),
    contactEntryId: uuid('contact_entry_id'),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('vendors_status_check', t.status, VENDOR_STATUSES),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('vendors_id_key').on(t.id),
    uniqueIndex('vendors_name_key').on(t.organizationId, t.nameKey),
    foreignKey({
      name: 'vendors_contact_entry_fk',
      columns: [t.organizationId, t.contactEntryId],
      foreignColumns: [contactEntries.organizationId, contactEntries.id],
    }).onDelete('set null'),
  ],
);

// A medical information system a vendor provides: contract, remote maintenance as confirmed with the
// vendor (2(2)), who applies security updates (保守委託機関編), and the ledger rows it uses (ids,
// checked to be the organisation's when written).
export const vendorSystems = pgTable(
  'vendor_systems',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    vendorId: uuid('vendor_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<SystemKind>().notNull(),
    currentVersion: text('current_version').notNull().default(''),
    contractFrom: date('contract_from', { mode: 'string' }),
    contractTo: date('contract_to', { mode: 'string' }),
    maintenanceContract: boolean('maintenance_contract'),
    remoteMaintenance: text('remote_maintenance').$type<RemoteAnswer>().notNull().default('unknown'),
    remoteConfirmedBy: text('remote_confirmed_by').notNull().default(''),
    remoteConfirmedOn: date('remote_confirmed_on', { mode: 'string' }),
    remoteDocumentedAs: text('remote_documented_as').notNull().default(''),
    securityUpdates: text('security_updates').$type<UpdateResponsibility>().notNull().default('unknown'),
    securityUpdatesClause: text('security_updates_clause').notNull().default(''),
    deviceIds: jsonb('device_ids').$type<string[]>().notNull().default([]),
    connectionIds: jsonb('connection_ids').$type<string[]>().notNull().default([]),
    disclosureRequestedOn: date('disclosure_requested_on', { mode: 'string' }),
    status: text('status').$type<VendorStatus>().notNull().default('active'),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('vendor_systems_kind_check', t.kind, SYSTEM_KINDS),
    oneOf('vendor_systems_remote_check', t.remoteMaintenance, REMOTE_ANSWERS),
    oneOf('vendor_systems_updates_check', t.securityUpdates, UPDATE_RESPONSIBILITIES),
    oneOf('vendor_systems_status_check', t.status, VENDOR_STATUSES),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('vendor_systems_id_key').on(t.id),
    index('vendor_systems_vendor_idx').on(t.organizationId, t.vendorId),
    foreignKey({
      name: 'vendor_systems_vendor_fk',
      columns: [t.organizationId, t.vendorId],
      foreignColumns: [vendors.organizationId, vendors.id],
    }).onDelete('cascade'),
  ],
);

// An MDS/SDS a vendor gave for one of its systems (domain/vendors/disclosure.ts): the document in the
// evidence store, its JAHIS version and date, the product version it describes, and the guideline
// 第7.0版 annex answers by item number. Several per system: the latest of each kind counts.
export const vendorDisclosures = pgTable(
  'vendor_disclosures',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    vendorId: uuid('vendor_id').notNull(),
    systemId: uuid('system_id').notNull(),
    kind: text('kind').$type<DisclosureKind>().notNull(),
    jahisVersion: text('jahis_version').notNull().default(''),
    issuedOn: date('issued_on', { mode: 'string' }),
    productVersion: text('product_version').notNull().default(''),
    evidenceId: uuid('evidence_id'),
    answers: jsonb('answers').$type<Record<string, AnnexAnswer>>().notNull().default({}),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('vendor_disclosures_kind_check', t.kind, DISCLOSURE_KINDS),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('vendor_disclosures_id_key').on(t.id),
    index('vendor_disclosures_system_idx').on(t.organizationId, t.systemId),
    foreignKey({
      name: 'vendor_disclosures_system_fk',
      columns: [t.organizationId, t.systemId],
      foreignColumns: [vendorSystems.organizationId, vendorSystems.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'vendor_disclosures_evidence_fk',
      columns: [t.organizationId, t.evidenceId],
      foreignColumns: [evidenceFiles.organizationId, evidenceFiles.id],
    }),
  ],
);

// An invitation of a person at a vendor to answer the 事業者確認用 of one fiscal year (and some of the
// vendor's systems) through a link: the link's random token is kept only as its sha256; it expires, can
// be revoked, and is used once to set up (or join) the person's vendor account.
export const vendorInvitations = pgTable(
  'vendor_invitations',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    vendorId: uuid('vendor_id').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    systemIds: jsonb('system_ids').$type<string[]>().notNull().default([]),
    personName: text('person_name').notNull(),
    email: text('email').notNull().default(''),
    tokenHash: text('token_hash').notNull(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
    acceptedAt: ts('accepted_at'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    // the last e-mail reminder (one a day at most, decided by a conditional update) and how many were sent
    remindedAt: ts('reminded_at'),
    reminders: integer('reminders').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('vendor_invitations_id_key').on(t.id),
    uniqueIndex('vendor_invitations_token_key').on(t.tokenHash),
    index('vendor_invitations_user_idx').on(t.userId),
    index('vendor_invitations_vendor_idx').on(t.organizationId, t.vendorId),
    foreignKey({
      name: 'vendor_invitations_vendor_fk',
      columns: [t.organizationId, t.vendorId],
      foreignColumns: [vendors.organizationId, vendors.id],
    }).onDelete('cascade'),
  ],
);

// Per organisation: how the 事業者確認用 are counted (one per vendor, or one per vendor and system).
export const vendorSettings = pgTable(
  'vendor_settings',
  {
    organizationId: uuid('organization_id')
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    formsPer: text('forms_per').$type<FormsPer>().notNull().default('vendor'),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [oneOf('vendor_settings_forms_per_check', t.formsPer, FORMS_PER)],
);

// Per organisation: when the 機器台帳 was last reviewed as a whole (2(1)), and how many days without a
// patch still count as patched (2(7) and successors).
export const ledgerSettings = pgTable('ledger_settings', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  devicesReviewedOn: date('devices_reviewed_on', { mode: 'string' }),
  devicesReviewedBy: text('devices_reviewed_by'),
  patchMaxDays: integer('patch_max_days').notNull().default(90),
  // an account not used for longer than this is 'dormant' (利用者台帳; Mamori's default 90)
  dormantDays: integer('dormant_days').notNull().default(90),
  // the institution's own address ranges (CIDR): a logon from outside them is from outside
  addressRanges: jsonb('address_ranges').$type<string[]>().notNull().default([]),
  // the 権限規程 (or 運用管理規程): a file of the organisation's evidence store (アクセス権限)
  accessPolicyEvidenceId: uuid('access_policy_evidence_id'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

// Per organisation and maintenance vendor (its name folded as the 事業者確認用 rules fold it): someone
// asked the vendor whether it maintains any device remotely — the answer, who asked, whom at the
// vendor, when, and how it is documented (checklist 2(2) / 2-②).
export const maintenanceConfirmations = pgTable(
  'maintenance_confirmations',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    vendorKey: text('vendor_key').notNull(),
    vendorName: text('vendor_name').notNull(),
    remoteFound: boolean('remote_found').notNull(),
    confirmedBy: text('confirmed_by').notNull(),
    vendorContact: text('vendor_contact').notNull(),
    confirmedOn: date('confirmed_on', { mode: 'string' }).notNull(),
    documentedAs: text('documented_as').notNull(),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.vendorKey] })],
);

// A header mapping an organisation confirmed for an import kind, offered again for the same headers.
export const importMappings = pgTable(
  'import_mappings',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** normalised header → column key (or '' for a header left out) */
    mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.kind] })],
);

// The data the ledgers are checked against (not an organisation's): which version of each feed is
// loaded, and its entries. A load replaces a feed whole, in one transaction.
export const FEED_KINDS = ['kev', 'eol', 'nvd'] as const;

export const feedVersions = pgTable(
  'feed_versions',
  {
    kind: text('kind').$type<(typeof FEED_KINDS)[number]>().primaryKey(),
    version: text('version').notNull(),
    releasedAt: text('released_at'),
    loadedAt: ts('loaded_at').notNull(),
    loadedBy: text('loaded_by').notNull(),
    sha256: text('sha256').notNull(),
    entries: integer('entries').notNull(),
    source: text('source').notNull(),
  },
  (t) => [oneOf('feed_versions_kind_check', t.kind, FEED_KINDS)],
);

// each entry as the loader checked it (domain/findings/feeds.ts)
export const feedKev = pgTable('feed_kev', { cveId: text('cve_id').primaryKey(), entry: jsonb('entry').$type<KevEntry>().notNull() });
export const feedEol = pgTable('feed_eol', {
  product: text('product').primaryKey(),
  entry: jsonb('entry').$type<EolProduct>().notNull(),
});
export const feedNvd = pgTable('feed_nvd', {
  cveId: text('cve_id').primaryKey(),
  ranges: jsonb('ranges').$type<NvdRecord['ranges']>().notNull(),
});

export const FINDING_DECISIONS = ['confirmed', 'dismissed'] as const;

// A person's decision on a finding (確認した / 誤検知として除外, with the reason). It holds while the
// row and the feeds are as they were when decided (stamps); after a change the finding shows again.
export const findingDecisions = pgTable(
  'finding_decisions',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    findingId: text('finding_id').notNull(),
    decision: text('decision').$type<(typeof FINDING_DECISIONS)[number]>().notNull(),
    reason: text('reason').notNull().default(''),
    rowStamp: text('row_stamp').notNull(),
    feedStamp: text('feed_stamp').notNull(),
    decidedBy: text('decided_by').notNull(),
    decidedAt: ts('decided_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.findingId] }),
    oneOf('finding_decisions_decision_check', t.decision, FINDING_DECISIONS),
  ],
);

// This installation's own spellings of makers and products (ﾌｫｰﾁｹﾞｰﾄ → fortigate), used when ledger
// values are matched to the feeds. Kept in matching form (searchForm).
export const siteAliases = pgTable('site_aliases', {
  alias: text('alias').primaryKey(),
  canonical: text('canonical').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: ts('created_at').notNull(),
});

// 利用者台帳: the institution's systems whose accounts are kept (a Windows domain, the 電子カルテ …),
// named once per organisation (folded name), optionally the 事業者台帳's system it is.
export const accountSystems = pgTable(
  'account_systems',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    source: text('source').$type<AccountSource>().notNull(),
    // the 事業者台帳's system (checked to be the organisation's when written)
    vendorSystemId: uuid('vendor_system_id'),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('account_systems_source_check', t.source, ACCOUNT_SOURCES),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('account_systems_id_key').on(t.id),
    uniqueIndex('account_systems_name_key').on(t.organizationId, t.nameKey),
  ],
);

// One account of a system: matched on re-import by its ID (case-insensitive, account_key); the values
// as read, and the row as the file had it (raw) for what Mamori does not read.
export const accounts = pgTable(
  'accounts',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    systemId: uuid('system_id').notNull(),
    accountId: text('account_id').notNull(),
    accountKey: text('account_key').notNull(),
    name: text('name').notNull().default(''),
    nameKana: text('name_kana').notNull().default(''),
    nameKey: text('name_key').notNull().default(''),
    employeeId: text('employee_id').notNull().default(''),
    jobType: text('job_type').notNull().default(''),
    department: text('department').notNull().default(''),
    role: text('role').notNull().default(''),
    isAdmin: boolean('is_admin'),
    shared: boolean('shared'),
    kind: text('kind').$type<AccountKind>().notNull().default('person'),
    status: text('status').$type<AccountStatus>().notNull().default('active'),
    createdOn: ts('created_on'),
    lastLogonAt: ts('last_logon_at'),
    passwordLastSetAt: ts('password_last_set_at'),
    passwordNeverExpires: boolean('password_never_expires'),
    mfa: boolean('mfa'),
    expiresAt: ts('expires_at'),
    leftOn: date('left_on', { mode: 'string' }),
    note: text('note').notNull().default(''),
    raw: jsonb('raw').$type<Record<string, string>>().notNull().default({}),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('accounts_kind_check', t.kind, ACCOUNT_KINDS),
    oneOf('accounts_status_check', t.status, ACCOUNT_STATUSES),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('accounts_id_key').on(t.id),
    uniqueIndex('accounts_account_key').on(t.organizationId, t.systemId, t.accountKey),
    foreignKey({
      name: 'accounts_system_fk',
      columns: [t.organizationId, t.systemId],
      foreignColumns: [accountSystems.organizationId, accountSystems.id],
    }).onDelete('cascade'),
  ],
);

// Personnel's leavers list (退職者一覧), per organisation: one row per person, keyed by 職員番号 (or by
// the folded name when the list has none); matched to the accounts of every system when read.
export const leavers = pgTable(
  'leavers',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    leaverKey: text('leaver_key').notNull(),
    name: text('name').notNull().default(''),
    nameKey: text('name_key').notNull().default(''),
    employeeId: text('employee_id').notNull().default(''),
    leftOn: date('left_on', { mode: 'string' }).notNull(),
    department: text('department').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('leavers_id_key').on(t.id),
    uniqueIndex('leavers_leaver_key').on(t.organizationId, t.leaverKey),
  ],
);

// A 棚卸し of one system's accounts: started by a 担当者 with every account as it then was, each kept /
// disabled / removed with a reason, signed off by the 企画管理者 (the decisions then applied to the
// ledger) with the next review's date. At most one open review per system.
export const accountReviews = pgTable(
  'account_reviews',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    systemId: uuid('system_id').notNull(),
    status: text('status').$type<AccountReviewStatus>().notNull().default('open'),
    reviewer: text('reviewer').notNull(),
    startedBy: uuid('started_by'),
    startedAt: ts('started_at').notNull().defaultNow(),
    signedBy: text('signed_by'),
    signedByUser: uuid('signed_by_user'),
    signedAt: ts('signed_at'),
    nextReviewOn: date('next_review_on', { mode: 'string' }),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('account_reviews_status_check', t.status, ACCOUNT_REVIEW_STATUSES),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('account_reviews_id_key').on(t.id),
    uniqueIndex('account_reviews_one_open').on(t.organizationId, t.systemId).where(sql`status = 'open'`),
    foreignKey({
      name: 'account_reviews_system_fk',
      columns: [t.organizationId, t.systemId],
      foreignColumns: [accountSystems.organizationId, accountSystems.id],
    }).onDelete('cascade'),
  ],
);

// One account in a 棚卸し: the account as it was when the review started (its values then), and the
// decision with its reason, who decided and when.
export const accountReviewEntries = pgTable(
  'account_review_entries',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    reviewId: uuid('review_id').notNull(),
    accountId: uuid('account_id').notNull(),
    snapshot: jsonb('snapshot').$type<ReviewSnapshot>().notNull(),
    decision: text('decision').$type<AccountReviewDecision>(),
    reason: text('reason').notNull().default(''),
    decidedBy: text('decided_by'),
    decidedAt: ts('decided_at'),
  },
  (t) => [
    oneOf('account_review_entries_decision_check', t.decision, ACCOUNT_REVIEW_DECISIONS),
    primaryKey({ columns: [t.organizationId, t.reviewId, t.accountId] }),
    foreignKey({
      name: 'account_review_entries_review_fk',
      columns: [t.organizationId, t.reviewId],
      foreignColumns: [accountReviews.organizationId, accountReviews.id],
    }).onDelete('cascade'),
  ],
);

// The ログリスト: one log of one system (a system may keep several), what it records, where, how long,
// on which clock, who looks at it and every how many months.
export const logSources = pgTable(
  'log_sources',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    systemId: uuid('system_id').notNull(),
    name: text('name').notNull(),
    contents: jsonb('contents').$type<LogContent[]>().notNull().default([]),
    location: text('location').$type<LogLocation>().notNull(),
    retentionMonths: integer('retention_months'),
    timeSource: text('time_source').$type<TimeSource>().notNull().default('unknown'),
    reviewer: text('reviewer').notNull().default(''),
    reviewEveryMonths: integer('review_every_months').notNull(),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('log_sources_location_check', t.location, LOG_LOCATIONS),
    oneOf('log_sources_time_source_check', t.timeSource, TIME_SOURCES),
    check('log_sources_review_every_check', sql`${t.reviewEveryMonths} between 1 and 60`),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('log_sources_id_key').on(t.id),
    foreignKey({
      name: 'log_sources_system_fk',
      columns: [t.organizationId, t.systemId],
      foreignColumns: [accountSystems.organizationId, accountSystems.id],
    }).onDelete('cascade'),
  ],
);

// One look at a log: the period it covered, who looked, when, and what was found (kept as recorded).
export const logReviews = pgTable(
  'log_reviews',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    logSourceId: uuid('log_source_id').notNull(),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    reviewer: text('reviewer').notNull(),
    found: text('found').notNull().default(''),
    recordedBy: text('recorded_by').notNull(),
    // the logon events read for this look (its evidence), if any
    logonImportId: uuid('logon_import_id'),
    // a file of the evidence store (a vendor's log report, a printout), if any
    evidenceId: uuid('evidence_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('log_reviews_id_key').on(t.id),
    foreignKey({
      name: 'log_reviews_source_fk',
      columns: [t.organizationId, t.logSourceId],
      foreignColumns: [logSources.organizationId, logSources.id],
    }).onDelete('cascade'),
  ],
);

// Logon events read from a file of one system (domain/logons): what was read and its summary per
// account (JSON, gzip-compressed: thousands of accounts make megabytes of it); the events themselves
// are not kept. The findings are made from the latest one when read.
export const logonImports = pgTable(
  'logon_imports',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    systemId: uuid('system_id').notNull(),
    fileName: text('file_name').notNull(),
    fileBytes: bigint('file_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    format: text('format').notNull(),
    encoding: text('encoding').notNull(),
    events: integer('events').notNull(),
    periodFrom: ts('period_from'),
    periodTo: ts('period_to'),
    // ReadStats: records, ignored, malformed and the first malformed lines
    readStats: jsonb('read_stats').$type<Record<string, unknown>>().notNull(),
    summaryGz: bytea('summary_gz').notNull(),
    // the original file, when the institution chose to keep it: a file of the evidence store
    evidenceId: uuid('evidence_id'),
    importedBy: text('imported_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('logon_imports_id_key').on(t.id),
    index('logon_imports_system_idx').on(t.organizationId, t.systemId, t.createdAt),
    foreignKey({
      name: 'logon_imports_system_fk',
      columns: [t.organizationId, t.systemId],
      foreignColumns: [accountSystems.organizationId, accountSystems.id],
    }).onDelete('cascade'),
  ],
);

// The バックアップ台帳 (domain/backups/ledger.ts): per system, what is backed up, how often, where the
// copies are, whether one is offline or immutable, the restore procedure and order.
export const backupPlans = pgTable(
  'backup_plans',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    systemName: text('system_name').notNull(),
    vendorName: text('vendor_name').notNull().default(''),
    scope: jsonb('scope').$type<BackupScope[]>().notNull().default([]),
    frequency: text('frequency').$type<Frequency>().notNull().default('unknown'),
    method: text('method').notNull().default(''),
    generations: integer('generations'),
    places: jsonb('places').$type<Place[]>().notNull().default([]),
    isolation: text('isolation').$type<Isolation>().notNull().default('unknown'),
    separateNetwork: boolean('separate_network'),
    encrypted: boolean('encrypted'),
    responsible: text('responsible').notNull().default(''),
    restoreOrder: integer('restore_order'),
    recoveryHours: integer('recovery_hours'),
    restoreProcedure: text('restore_procedure').notNull().default(''),
    // the restore procedure as a file of the evidence store, if any
    procedureEvidenceId: uuid('procedure_evidence_id'),
    status: text('status').$type<LedgerStatus>().notNull().default('active'),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('backup_plans_frequency_check', t.frequency, FREQUENCIES),
    oneOf('backup_plans_isolation_check', t.isolation, ISOLATIONS),
    oneOf('backup_plans_status_check', t.status, LEDGER_STATUSES),
    check('backup_plans_generations_check', sql`${t.generations} is null or ${t.generations} >= 1`),
    check('backup_plans_restore_order_check', sql`${t.restoreOrder} is null or ${t.restoreOrder} >= 1`),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('backup_plans_id_key').on(t.id),
  ],
);

// One restore test of a system's backup, kept as recorded (a correction is a new test).
export const restoreTests = pgTable(
  'restore_tests',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    testedOn: date('tested_on', { mode: 'string' }).notNull(),
    target: text('target').notNull(),
    generation: text('generation').notNull().default(''),
    durationMinutes: integer('duration_minutes'),
    result: text('result').$type<RestoreResult>().notNull(),
    problems: text('problems').notNull().default(''),
    tester: text('tester').notNull().default(''),
    // a file of the evidence store (a screenshot, the vendor's report), if any
    evidenceId: uuid('evidence_id'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('restore_tests_result_check', t.result, RESTORE_RESULTS),
    check('restore_tests_duration_check', sql`${t.durationMinutes} is null or ${t.durationMinutes} >= 0`),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('restore_tests_id_key').on(t.id),
    index('restore_tests_plan_idx').on(t.organizationId, t.planId, t.testedOn),
    foreignKey({
      name: 'restore_tests_plan_fk',
      columns: [t.organizationId, t.planId],
      foreignColumns: [backupPlans.organizationId, backupPlans.id],
    }).onDelete('cascade'),
  ],
);

// Incident mode (domain/incidents/incident.ts): one row per incident, the first-response steps done
// (who, when), and the timeline, append-only (a trigger refuses a change; a correction is a new entry).
export const incidents = pgTable(
  'incidents',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    // per organisation, from 1: 「インシデント 3」
    no: integer('no').notNull(),
    title: text('title').notNull(),
    status: text('status').$type<IncidentStatus>().notNull().default('open'),
    startedAt: ts('started_at').notNull(),
    startedBy: text('started_by').notNull(),
    closedAt: ts('closed_at'),
    closedBy: text('closed_by'),
    affected: jsonb('affected').$type<Affected[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('incidents_status_check', t.status, INCIDENT_STATUSES),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('incidents_id_key').on(t.id),
    uniqueIndex('incidents_no_key').on(t.organizationId, t.no),
  ],
);

export const incidentSteps = pgTable(
  'incident_steps',
  {
    organizationId: uuid('organization_id').notNull(),
    incidentId: uuid('incident_id').notNull(),
    step: text('step').$type<FirstStep>().notNull(),
    doneAt: ts('done_at').notNull(),
    doneBy: text('done_by').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [
    oneOf('incident_steps_step_check', t.step, FIRST_STEPS),
    primaryKey({ columns: [t.organizationId, t.incidentId, t.step] }),
    foreignKey({
      name: 'incident_steps_incident_fk',
      columns: [t.organizationId, t.incidentId],
      foreignColumns: [incidents.organizationId, incidents.id],
    }).onDelete('cascade'),
  ],
);

export const incidentEntries = pgTable(
  'incident_entries',
  {
    organizationId: uuid('organization_id').notNull(),
    incidentId: uuid('incident_id').notNull(),
    seq: integer('seq').notNull(),
    // when it happened (JST shown), and when it was written down
    at: ts('at').notNull(),
    kind: text('kind').$type<EntryKind>().notNull(),
    text: text('text').notNull(),
    author: text('author').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('incident_entries_kind_check', t.kind, ENTRY_KINDS),
    primaryKey({ columns: [t.organizationId, t.incidentId, t.seq] }),
    foreignKey({
      name: 'incident_entries_incident_fk',
      columns: [t.organizationId, t.incidentId],
      foreignColumns: [incidents.organizationId, incidents.id],
    }).onDelete('cascade'),
  ],
);

// 教育・訓練の記録 (domain/training/): security training sessions with their attendees (a person of the
// 利用者台帳 by account id, the name kept as it was; or a name typed), and phishing drills.
export const trainingSessions = pgTable(
  'training_sessions',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    topic: text('topic').notNull(),
    kind: text('kind').$type<TrainingKind>().notNull(),
    instructor: text('instructor').notNull().default(''),
    // the material as a file of the evidence store, if any
    materialEvidenceId: uuid('material_evidence_id'),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('training_sessions_kind_check', t.kind, TRAINING_KINDS),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('training_sessions_id_key').on(t.id),
    index('training_sessions_held_idx').on(t.organizationId, t.heldOn),
  ],
);

export const trainingAttendees = pgTable(
  'training_attendees',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    sessionId: uuid('session_id').notNull(),
    // the 利用者台帳's account when picked from it (no foreign key: the name stays if the account goes)
    accountId: uuid('account_id'),
    name: text('name').notNull(),
    // the folded name (domain/accounts/names.ts nameKey): one person once per session
    nameKey: text('name_key').notNull(),
    department: text('department').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('training_attendees_id_key').on(t.id),
    uniqueIndex('training_attendees_person_key').on(t.organizationId, t.sessionId, t.nameKey),
    foreignKey({
      name: 'training_attendees_session_fk',
      columns: [t.organizationId, t.sessionId],
      foreignColumns: [trainingSessions.organizationId, trainingSessions.id],
    }).onDelete('cascade'),
  ],
);

export const phishingDrills = pgTable(
  'phishing_drills',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    scenario: text('scenario').notNull(),
    sent: integer('sent').notNull(),
    clicked: integer('clicked').notNull().default(0),
    reported: integer('reported').notNull().default(0),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('phishing_drills_counts_check', sql`${t.sent} >= 0 and ${t.clicked} >= 0 and ${t.reported} >= 0`),
    check('phishing_drills_clicked_check', sql`${t.clicked} <= ${t.sent} and ${t.reported} <= ${t.sent}`),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('phishing_drills_id_key').on(t.id),
    index('phishing_drills_held_idx').on(t.organizationId, t.heldOn),
  ],
);

// BCP の訓練・演習 (domain/bcp/exercise.ts): one row per exercise, changed only at the version read,
// and its improvement actions (改善策), each changed only at its version read.
export const bcpExercises = pgTable(
  'bcp_exercises',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    scenario: text('scenario').notNull(),
    kind: text('kind').$type<ExerciseKind>().notNull(),
    participants: jsonb('participants').$type<string[]>().notNull().default([]),
    wentWell: text('went_well').notNull().default(''),
    problems: text('problems').notNull().default(''),
    // a file of the evidence store (minutes, photos), if any
    evidenceId: uuid('evidence_id'),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('bcp_exercises_kind_check', t.kind, EXERCISE_KINDS),
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('bcp_exercises_id_key').on(t.id),
    index('bcp_exercises_held_idx').on(t.organizationId, t.heldOn),
  ],
);

export const bcpExerciseActions = pgTable(
  'bcp_exercise_actions',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    exerciseId: uuid('exercise_id').notNull(),
    what: text('what').notNull(),
    owner: text('owner').notNull().default(''),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('bcp_exercise_actions_id_key').on(t.id),
    index('bcp_exercise_actions_exercise_idx').on(t.organizationId, t.exerciseId),
    foreignKey({
      name: 'bcp_exercise_actions_exercise_fk',
      columns: [t.organizationId, t.exerciseId],
      foreignColumns: [bcpExercises.organizationId, bcpExercises.id],
    }).onDelete('cascade'),
  ],
);

// The BCP 確認表 (domain/bcp/sheet.ts): one sheet per organisation and fiscal year with the BCP document
// it checks (the date it was made or reviewed, its file), changed only at the version read; an answer
// per 確認項目, each changed only at its version read (a first answer is version 0 → 1), with the
// suggestion from the ledgers at the moment it was given; `carried` until someone answers it this year.
export const bcpSheets = pgTable(
  'bcp_sheets',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    fiscalYear: integer('fiscal_year').notNull(),
    carriedFrom: integer('carried_from'),
    planOn: date('plan_on', { mode: 'string' }),
    planEvidenceId: uuid('plan_evidence_id'),
    planNote: text('plan_note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('bcp_sheets_id_key').on(t.id),
    uniqueIndex('bcp_sheets_year_key').on(t.organizationId, t.fiscalYear),
  ],
);

export const bcpSheetAnswers = pgTable(
  'bcp_sheet_answers',
  {
    organizationId: uuid('organization_id').notNull(),
    sheetId: uuid('sheet_id').notNull(),
    checkKey: text('check_key').notNull(),
    value: text('value').$type<'yes' | 'no'>(),
    note: text('note').notNull().default(''),
    evidenceId: uuid('evidence_id'),
    carried: boolean('carried').notNull().default(false),
    suggestion: jsonb('suggestion'),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('bcp_sheet_answers_value_check', t.value, ['yes', 'no']),
    primaryKey({ columns: [t.organizationId, t.sheetId, t.checkKey] }),
    foreignKey({
      name: 'bcp_sheet_answers_sheet_fk',
      columns: [t.organizationId, t.sheetId],
      foreignColumns: [bcpSheets.organizationId, bcpSheets.id],
    }).onDelete('cascade'),
  ],
);

// A system administrator's correction of the 確認表's wording (a 確認項目 or a 大項目's title), for the
// whole installation, with its source; the shipped data keeps its own provenance.
export const bcpCheckTexts = pgTable('bcp_check_texts', {
  key: text('key').primaryKey(),
  text: text('text').notNull(),
  source: text('source').notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

// A 保健所's (or a 都道府県's) jurisdiction: the institutions it oversees. An institution is in at most one
// jurisdiction of each kind of office; the link is added by a system administrator or by the
// institution choosing its 保健所 (`added_via`).
export const jurisdictions = pgTable(
  'jurisdictions',
  {
    oversightOrgId: uuid('oversight_org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    institutionOrgId: uuid('institution_org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    oversightKind: text('oversight_kind').$type<OversightKind>().notNull(),
    addedVia: text('added_via').$type<'admin' | 'institution'>().notNull(),
    addedBy: uuid('added_by'),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('jurisdictions_kind_check', t.oversightKind, OVERSIGHT_KINDS),
    oneOf('jurisdictions_via_check', t.addedVia, ['admin', 'institution']),
    primaryKey({ columns: [t.oversightOrgId, t.institutionOrgId] }),
    uniqueIndex('jurisdictions_institution_kind_key').on(t.institutionOrgId, t.oversightKind),
  ],
);

/** A submission's facts for the overview; empty ({}) for one made before they were kept. */
export interface SubmissionFacts {
  /** the gaps by the 手引き, named (at most 20) */
  gapMessages?: string[];
  /** the 目標日 of items answered いいえ without a second answer (overdue once past) */
  targetDates?: string[];
  /** contracted vendors without their 事業者確認用 */
  vendorsMissing?: string[];
  /** the 連絡体制図 is required (not when the gate was answered いいえ) */
  chartRequired?: boolean;
  chartConfirmedOn?: string | null;
}

// 事前送付: a fiscal year's forms frozen as submitted to the institution's 保健所 — the snapshot (canonical
// JSON: the organisation, the forms with their answers, the readiness by the 手引き, the 連絡体制図) and
// its sha256; never changed (a later change is a new submission, numbered per organisation and year).
export const submissions = pgTable(
  'submissions',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    fiscalYear: integer('fiscal_year').notNull(),
    no: integer('no').notNull(),
    oversightOrgId: uuid('oversight_org_id').references(() => organizations.id, { onDelete: 'set null' }),
    snapshot: jsonb('snapshot').notNull(),
    sha256: text('sha256').notNull(),
    ready: boolean('ready').notNull(),
    gaps: integer('gaps').notNull(),
    submittedBy: uuid('submitted_by'),
    submittedByName: text('submitted_by_name').notNull(),
    submittedAt: ts('submitted_at').notNull(),
    /** what the office's overview shows, taken from the snapshot when submitted (submissions/snapshot.ts) */
    facts: jsonb('facts').$type<SubmissionFacts>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('submissions_id_key').on(t.id),
    uniqueIndex('submissions_no_key').on(t.organizationId, t.fiscalYear, t.no),
    index('submissions_office_idx').on(t.oversightOrgId, t.fiscalYear),
  ],
);

// 立入検査の閲覧許可: an institution lets its office (the 保健所 it is linked to) read its live records for
// a set time (the day of the inspection): from starts_at to ends_at (exclusive), unless revoked. Only the
// office's 検査担当 and 管理者, only reads (GET), only while the jurisdiction link stands; every request
// read under it is audited in the institution's trail (live_access.viewed, target the grant).
export const liveAccessGrants = pgTable(
  'live_access_grants',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    officeOrgId: uuid('office_org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    note: text('note').notNull().default(''),
    grantedBy: uuid('granted_by'),
    grantedByName: text('granted_by_name').notNull(),
    createdAt: createdAt(),
    revokedAt: ts('revoked_at'),
    revokedByName: text('revoked_by_name'),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('live_access_grants_id_key').on(t.id),
    index('live_access_grants_office_idx').on(t.officeOrgId, t.endsAt),
    check('live_access_grants_period_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

// 立入検査の記録: an office's (保健所's) record of inspecting an institution in a fiscal year — the date, the
// inspectors, a summary, and per 手引き point (domain/inspection/points.ts) 確認した or 指摘 with a note.
// Kept by the office (organization_id); the institution sees it once completed, never a draft. One per
// office, institution and year; saved whole at the version read; completed records are not changed.
export const inspections = pgTable(
  'inspections',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull().defaultRandom(),
    institutionOrgId: uuid('institution_org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    fiscalYear: integer('fiscal_year').notNull(),
    /** the submission inspected (the latest sent to this office when the record was started), if any */
    submissionId: uuid('submission_id'),
    inspectedOn: date('inspected_on', { mode: 'string' }),
    inspectors: text('inspectors').notNull().default(''),
    summary: text('summary').notNull().default(''),
    /** per point key: { result: confirmed | finding | not-required, note } */
    results: jsonb('results')
      .$type<Record<string, { result: 'confirmed' | 'finding' | 'not-required'; note: string }>>()
      .notNull()
      .default({}),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    createdByName: text('created_by_name').notNull(),
    updatedAt: ts('updated_at').notNull(),
    updatedByName: text('updated_by_name').notNull(),
    completedAt: ts('completed_at'),
    completedByName: text('completed_by_name'),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('inspections_id_key').on(t.id),
    uniqueIndex('inspections_year_key').on(t.organizationId, t.institutionOrgId, t.fiscalYear),
    index('inspections_institution_idx').on(t.institutionOrgId),
  ],
);

// Scheduled work claimed across processes: with several servers on one PostgreSQL, the one whose
// claim updates its job's row runs it; the others see it done (jobs/scheduled-runs.repo.ts).
export const scheduledRuns = pgTable('scheduled_runs', {
  job: text('job').primaryKey(),
  /** when it was last claimed (a run under way, done, or given back) */
  lastAt: ts('last_at'),
  /** when a run last succeeded */
  lastOkAt: ts('last_ok_at'),
  /** the server that last ran it (host and process id), for the system page and the log */
  lastBy: text('last_by'),
});

export const schema = {
  users,
  recoveryCodes,
  passwordHistory,
  signInLoginCounters,
  signInAddressCounters,
  sessions,
  organizations,
  memberships,
  invitations,
  auditEvents,
  auditChainHeads,
  evidenceBlobs,
  evidenceFiles,
  catalogVersions,
  assessments,
  assessmentAnswers,
  answerEvidence,
  contactCharts,
  contactEntries,
  devices,
  importMappings,
  connectionPoints,
  ledgerSettings,
  maintenanceConfirmations,
  feedVersions,
  feedKev,
  feedEol,
  feedNvd,
  findingDecisions,
  siteAliases,
  vendors,
  vendorSystems,
  vendorSettings,
  vendorDisclosures,
  vendorInvitations,
  accountSystems,
  accounts,
  leavers,
  accountReviews,
  accountReviewEntries,
  logSources,
  logReviews,
  logonImports,
  backupPlans,
  restoreTests,
  incidents,
  incidentSteps,
  incidentEntries,
  trainingSessions,
  trainingAttendees,
  phishingDrills,
  bcpExercises,
  bcpExerciseActions,
  bcpSheets,
  bcpSheetAnswers,
  bcpCheckTexts,
  jurisdictions,
  submissions,
  liveAccessGrants,
  inspections,
  scheduledRuns,
};
