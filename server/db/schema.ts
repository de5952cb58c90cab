// The database schema. Every table that belongs to an organisation carries organization_id and
// leads its keys and indexes with it (see ENGINEERING.md: distribution by organisation).
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
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

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

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
  (t) => [uniqueIndex('users_login_id_key').on(sql`lower(${t.loginId})`)],
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

export const sessions = pgTable(
  'sessions',
  {
    // sha256 of the cookie token: a stolen database does not yield usable sessions
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // 'mfa' = password ok, TOTP still required; 'enrol' = must enrol MFA first; 'full' = signed in
    stage: text('stage').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    clientAddress: text('client_address'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    kind: text('kind').notNull(),
    prefecture: text('prefecture'),
    address: text('address'),
    medicalInstitutionCode: text('medical_institution_code'),
    bedCount: integer('bed_count'),
    requireMfa: boolean('require_mfa').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organizations_slug_key').on(t.slug)],
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
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index('memberships_user_idx').on(t.userId)],
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
    before: jsonb('before'),
    after: jsonb('after'),
    clientAddress: text('client_address'),
    occurredAt: ts('occurred_at').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.chainKey, t.seq] }), index('audit_events_org_time_idx').on(t.organizationId, t.occurredAt)],
);

// The head of each chain, updated in the same transaction: deleting the newest events is detected too.
export const auditChainHeads = pgTable('audit_chain_heads', {
  chainKey: text('chain_key').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
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

export const schema = {
  users,
  recoveryCodes,
  sessions,
  organizations,
  memberships,
  auditEvents,
  auditChainHeads,
  evidenceBlobs,
  evidenceFiles,
};
