// Runtime configuration from flags and environment. Flags win over environment, environment over defaults.
import os from 'node:os';
import path from 'node:path';
import type { FairLimits } from './fair-limiter.ts';

export interface Config {
  host: string;
  port: number;
  /** embedded PGlite data folder; ignored when databaseUrl is set */
  dataDir: string;
  databaseUrl: string | undefined;
  /**
   * PostgreSQL connections of this process, and so the API requests it runs at once (MAMORI_PG_POOL;
   * default 2 × cores + 2, PostgreSQL's rule of thumb). More connections than the machine can run
   * made the slowest requests slower: 200 clients on 2 cores, p99 760–970 ms with 10, 500–525 with 6.
   */
  pgPoolSize: number;
  /** largest evidence upload in bytes */
  maxUploadBytes: number;
  /** largest logon event file (read as a stream, never held whole; MAMORI_MAX_LOGON_UPLOAD_MB, 4096) */
  maxLogonUploadBytes: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** trust X-Forwarded-For / X-Forwarded-Proto from a reverse proxy */
  trustProxy: boolean;
  /** where users reach this server (MAMORI_PUBLIC_URL, e.g. https://mamori.example-hospital.jp): the address in a vendor's invitation link; unset, the address the request came to */
  publicUrl: string | undefined;
  /** MAMORI_SMTP_URL (smtp://user:pass@host:587, smtps://…): invitations are e-mailed through it when set */
  smtpUrl: string | undefined;
  /** MAMORI_SMTP_FROM: the sender of those e-mails */
  smtpFrom: string;
  tlsCert: string | undefined;
  tlsKey: string | undefined;
  webDist: string;
  /** Chromium used to make PDFs (Debian's chromium by default) */
  chromiumPath: string;
  /** where `mamori feeds update` fetches from (the canonical addresses unless set) */
  feedUrls: { kev: string; eol: string };
  /** tests only: a file holding milliseconds by which the server's clock is moved (lib/clock.ts) */
  clockOffsetFile: string | undefined;
  /** admission of API requests (server/http/admission.ts); concurrency undefined = the engine's default */
  requests: { concurrency: number | undefined; queue: number; waitMs: number };
  /** bounds of PDF work per process (server/lib/pdf.ts): Chromium jobs at once and the waiting lines */
  pdf: FairLimits;
  /** the key file (audit, checkpoint signing, TOTP secrets): MAMORI_KEY_FILE or <data>/mamori.key */
  keyFile: string;
  /** MAMORI_AUDIT_KEY: when set, the audit and checkpoint keys derive from it instead of the key file */
  auditKey: string | undefined;
  /** automatic backups of Mamori's own data (features/backup/backup-schedule.ts) */
  backups: BackupScheduleConfig;
}

export interface BackupScheduleConfig {
  /** MAMORI_BACKUP_DIRS (separated by the platform's path delimiter; `off`: none): <data>/backups by default */
  dirs: string[];
  /** MAMORI_BACKUP_EVERY_HOURS: a backup when the last one is this old (24) */
  everyHours: number;
  /** MAMORI_BACKUP_KEEP: automatic backups kept per folder (7) */
  keep: number;
  /** MAMORI_BACKUP_DELAY_MINUTES: the first check this long after the start (10), not during it */
  delayMinutes: number;
}

export const CANONICAL_FEEDS = {
  kev: 'https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json',
  eol: 'https://endoflife.date/api/v1/products/full',
};

export interface ConfigOverrides {
  host?: string | undefined;
  port?: string | number | undefined;
  data?: string | undefined;
}

const num = (value: string | undefined, fallback: number): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`数値ではありません: ${value}`);
  return n;
};

const portNumber = (value: string | undefined): number => {
  if (value === undefined || value === '') return 3000;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`ポート番号が正しくありません: ${value}`);
  return n; // 0 = any free port
};

/**
 * One Chromium per organisation at a time, and at most MAMORI_PDF_CONCURRENCY (default 2: each takes a
 * few hundred MB) in all; MAMORI_PDF_QUEUE_PER_ORG (2) and MAMORI_PDF_QUEUE (8) may wait, the rest is
 * answered 429/503 at once. A user holds at most one running and the per-organisation waiting count.
 */
function pdfLimits(env: NodeJS.ProcessEnv): FairLimits {
  const running = num(env.MAMORI_PDF_CONCURRENCY, 2);
  if (!Number.isInteger(running) || running > 4) throw new Error(`MAMORI_PDF_CONCURRENCY は 1〜4 の整数です: ${running}`);
  const waitingPerOrg = Math.floor(num(env.MAMORI_PDF_QUEUE_PER_ORG, 2));
  return { running, runningPerOrg: 1, waitingPerOrg, waiting: Math.floor(num(env.MAMORI_PDF_QUEUE, 8)), perUser: 1 + waitingPerOrg };
}

export function loadConfig(flags: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const dataDir = path.resolve(flags.data ?? env.MAMORI_DATA ?? './data');
  return {
    host: flags.host ?? env.MAMORI_HOST ?? '127.0.0.1',
    port: portNumber(flags.port?.toString() ?? env.MAMORI_PORT),
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    pgPoolSize: Math.floor(num(env.MAMORI_PG_POOL, 2 * os.availableParallelism() + 2)),
    maxUploadBytes: num(env.MAMORI_MAX_UPLOAD_MB, 20) * 1024 * 1024,
    maxLogonUploadBytes: num(env.MAMORI_MAX_LOGON_UPLOAD_MB, 4096) * 1024 * 1024,
    sessionIdleMinutes: num(env.MAMORI_SESSION_IDLE_MINUTES, 30),
    sessionAbsoluteHours: num(env.MAMORI_SESSION_ABSOLUTE_HOURS, 12),
    trustProxy: env.MAMORI_TRUST_PROXY === '1',
    publicUrl: publicUrlOf(env.MAMORI_PUBLIC_URL),
    smtpUrl: env.MAMORI_SMTP_URL || undefined,
    smtpFrom: env.MAMORI_SMTP_FROM || 'Mamori <mamori@localhost>',
    tlsCert: env.MAMORI_TLS_CERT || undefined,
    tlsKey: env.MAMORI_TLS_KEY || undefined,
    webDist: path.join(root, 'dist', 'web'),
    chromiumPath: env.MAMORI_CHROMIUM || env.CHROMIUM_PATH || '/usr/bin/chromium',
    feedUrls: { kev: env.MAMORI_FEED_KEV_URL || CANONICAL_FEEDS.kev, eol: env.MAMORI_FEED_EOL_URL || CANONICAL_FEEDS.eol },
    clockOffsetFile: env.MAMORI_CLOCK_OFFSET_FILE || undefined,
    requests: {
      concurrency: env.MAMORI_REQUEST_CONCURRENCY ? num(env.MAMORI_REQUEST_CONCURRENCY, 1) : undefined,
      queue: num(env.MAMORI_REQUEST_QUEUE, 512),
      waitMs: num(env.MAMORI_REQUEST_WAIT_SECONDS, 10) * 1000,
    },
    pdf: pdfLimits(env),
    keyFile: path.resolve(env.MAMORI_KEY_FILE || path.join(dataDir, 'mamori.key')),
    auditKey: env.MAMORI_AUDIT_KEY || undefined,
    backups: backupSchedule(env, dataDir),
  };
}

function backupSchedule(env: NodeJS.ProcessEnv, dataDir: string): BackupScheduleConfig {
  const raw = env.MAMORI_BACKUP_DIRS?.trim();
  const dirs =
    raw === 'off'
      ? []
      : raw
        ? raw
            .split(path.delimiter)
            .filter(Boolean)
            .map((d) => path.resolve(d))
        : [path.join(dataDir, 'backups')];
  const keep = num(env.MAMORI_BACKUP_KEEP, 7);
  if (!Number.isInteger(keep)) throw new Error(`MAMORI_BACKUP_KEEP は 1 以上の整数です: ${keep}`);
  return { dirs, everyHours: num(env.MAMORI_BACKUP_EVERY_HOURS, 24), keep, delayMinutes: num(env.MAMORI_BACKUP_DELAY_MINUTES, 10) };
}

/** MAMORI_PUBLIC_URL as an origin with its path, without a trailing slash; refused unless http(s). */
function publicUrlOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`MAMORI_PUBLIC_URL は https://… の形の URL です: ${raw}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`MAMORI_PUBLIC_URL は http(s) の URL です: ${raw}`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
