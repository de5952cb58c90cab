// The backup file format (version 1): one gzip stream of JSON lines.
//   line 1      header  {"format":"mamori-backup","formatVersion":1,"appVersion","createdAt","engine",
//                        "migrations":[tags],"tables":[names],"columns":{table:[names]}}
//   then        rows    {"t":"<table>","r":<row as PostgreSQL row_to_json writes it>}
//               (bytea as "\\x…" hex, timestamps as ISO text: json_populate_recordset reads them back exactly)
//   last line   trailer {"end":true,"rows":N,"sha256":"<hex of every preceding line, each with its \n>"}
// No trailer = truncated; another sha256 = corrupt. Rows come table by table in BACKUP_TABLES order.

export const BACKUP_FORMAT = 'mamori-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Every table that is backed up, in foreign-key order (a table only references tables before it). */
export const BACKUP_TABLES = [
  'users',
  'password_history',
  'organizations',
  'memberships',
  'invitations',
  'recovery_codes',
  'audit_chain_heads',
  'audit_events',
  'evidence_blobs',
  'evidence_files',
  'catalog_versions',
  'assessments',
  'assessment_answers',
  'answer_evidence',
  'contact_charts',
  'contact_entries',
  'devices',
  'import_mappings',
  'connection_points',
  'ledger_settings',
  'maintenance_confirmations',
  'vendors',
  'vendor_systems',
  'vendor_settings',
  'vendor_disclosures',
  'vendor_invitations',
  'account_systems',
  'accounts',
  'leavers',
  'account_reviews',
  'account_review_entries',
  'log_sources',
  'log_reviews',
  'logon_imports',
  'backup_plans',
  'restore_tests',
  'incidents',
  'incident_steps',
  'incident_entries',
  'training_sessions',
  'training_attendees',
  'phishing_drills',
  'bcp_exercises',
  'bcp_exercise_actions',
  'bcp_sheets',
  'bcp_sheet_answers',
  'bcp_check_texts',
  'jurisdictions',
  'submissions',
  'live_access_grants',
  'inspections',
  'feed_versions',
  'feed_kev',
  'feed_eol',
  'feed_nvd',
  'finding_decisions',
  'site_aliases',
] as const;

export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Tables deliberately left out, with the reason. A new table must be added to one of the two lists. */
export const EXCLUDED_TABLES: Record<string, string> = {
  sessions: 'a restored installation starts signed out',
  sign_in_login_counters: 'short-lived sign-in failure counters: a restored installation starts with none',
  sign_in_address_counters: 'short-lived sign-in throttling windows',
  scheduled_runs: 'when this installation last ran its scheduled work: a restored one (another machine, perhaps) starts afresh',
};

/** Primary key of each table: rows are written in this order. */
export const TABLE_KEYS: Record<BackupTable, readonly string[]> = {
  users: ['id'],
  password_history: ['id'],
  organizations: ['id'],
  memberships: ['organization_id', 'user_id'],
  invitations: ['organization_id', 'id'],
  recovery_codes: ['user_id', 'code_hash'],
  audit_chain_heads: ['chain_key'],
  audit_events: ['chain_key', 'seq'],
  evidence_blobs: ['organization_id', 'sha256'],
  evidence_files: ['organization_id', 'id'],
  catalog_versions: ['id', 'revision'],
  assessments: ['organization_id', 'id'],
  assessment_answers: ['organization_id', 'assessment_id', 'item_id'],
  answer_evidence: ['organization_id', 'assessment_id', 'item_id', 'evidence_id'],
  contact_charts: ['organization_id'],
  contact_entries: ['organization_id', 'id'],
  devices: ['organization_id', 'id'],
  import_mappings: ['organization_id', 'kind'],
  connection_points: ['organization_id', 'id'],
  ledger_settings: ['organization_id'],
  maintenance_confirmations: ['organization_id', 'vendor_key'],
  vendors: ['organization_id', 'id'],
  vendor_systems: ['organization_id', 'id'],
  vendor_settings: ['organization_id'],
  vendor_disclosures: ['organization_id', 'id'],
  vendor_invitations: ['organization_id', 'id'],
  account_systems: ['organization_id', 'id'],
  accounts: ['organization_id', 'id'],
  leavers: ['organization_id', 'id'],
  account_reviews: ['organization_id', 'id'],
  account_review_entries: ['organization_id', 'review_id', 'account_id'],
  log_sources: ['organization_id', 'id'],
  log_reviews: ['organization_id', 'id'],
  logon_imports: ['organization_id', 'id'],
  backup_plans: ['organization_id', 'id'],
  restore_tests: ['organization_id', 'id'],
  incidents: ['organization_id', 'id'],
  incident_steps: ['organization_id', 'incident_id', 'step'],
  incident_entries: ['organization_id', 'incident_id', 'seq'],
  training_sessions: ['organization_id', 'id'],
  training_attendees: ['organization_id', 'id'],
  phishing_drills: ['organization_id', 'id'],
  bcp_exercises: ['organization_id', 'id'],
  bcp_exercise_actions: ['organization_id', 'id'],
  bcp_sheets: ['organization_id', 'id'],
  bcp_sheet_answers: ['organization_id', 'sheet_id', 'check_key'],
  bcp_check_texts: ['key'],
  jurisdictions: ['oversight_org_id', 'institution_org_id'],
  submissions: ['organization_id', 'id'],
  live_access_grants: ['organization_id', 'id'],
  inspections: ['organization_id', 'id'],
  feed_versions: ['kind'],
  feed_kev: ['cve_id'],
  feed_eol: ['product'],
  feed_nvd: ['cve_id'],
  finding_decisions: ['organization_id', 'finding_id'],
  site_aliases: ['alias'],
};

/** Rows read per page; evidence blobs hold up to the upload limit each, so only a few at a time. */
export const pageSize = (table: BackupTable): number => (table === 'evidence_blobs' ? 4 : 1000);

/** A restore batch is flushed at this many rows or this many bytes of row JSON, whichever comes first. */
export const INSERT_BATCH_ROWS = 500;
export const INSERT_BATCH_BYTES = 16 * 1024 * 1024;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  engine: string;
  migrations: string[];
  tables: string[];
  columns: Record<string, string[]>;
}

export interface BackupTrailer {
  end: true;
  rows: number;
  sha256: string;
}

/** What a backup or a restore reports. `sha256` and `bytes` describe the (gzip) file itself. */
export interface BackupSummary {
  tables: Record<string, number>;
  rows: number;
  bytes: number;
  sha256: string;
  createdAt: string;
}

export const isBackupTable = (name: unknown): name is BackupTable => BACKUP_TABLES.includes(name as BackupTable);

/** A row line, built from the row JSON as the database wrote it (not re-serialised, so nothing is lost). */
export const rowLine = (table: BackupTable, rowJson: string): string => `{"t":"${table}","r":${rowJson}}\n`;

/** The table and the row JSON text of a row line, or undefined when the line is not one. */
export function parseRowLine(line: string): { table: string; rowJson: string } | undefined {
  if (!line.startsWith('{"t":"') || !line.endsWith('}')) return undefined;
  const nameEnd = line.indexOf('","r":', 6);
  if (nameEnd < 0) return undefined;
  return { table: line.slice(6, nameEnd), rowJson: line.slice(nameEnd + 6, -1) };
}
