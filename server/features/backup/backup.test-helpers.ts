// Test support for backup and restore: a database with a bit of everything, table dumps to compare,
// and rewriting a backup file line by line (with or without a fresh sha256 in the trailer).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { TestClient } from '../../test/client.ts';
import { testApp } from '../../test/harness.ts';
import { PASSWORD, seedOrg, seedUser } from '../../test/seed.ts';
import { stepAt, totpCode } from '../auth/totp.ts';
import { callerFor } from '../caller.ts';
import { deleteEvidence, uploadEvidence } from '../evidence/evidence.service.ts';
import { findUserById } from '../users/users.repo.ts';
import { BACKUP_TABLES, TABLE_KEYS } from './backup.format.ts';

/** Every byte value, behind a PDF signature so the upload is accepted as a PDF. */
export const evidenceBytes = (): Uint8Array =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7 + (i >> 8)) % 256))]);

/** Users (one with MFA and recovery codes, one locked out), organisations, members, evidence, audit events. */
export async function seedEverything(deps: Deps) {
  await seedUser(deps, { loginId: 'root', isSystemAdmin: true });
  const org = await seedOrg(deps, { name: 'テスト "病院" \\ 本院', requireMfa: false });
  const other = await seedOrg(deps, { kind: 'pharmacy' });
  const editor = await seedUser(deps, { org: { id: org.id, role: 'editor' } });
  await seedUser(deps, { org: { id: other.id, role: 'admin' } });
  const admin = new TestClient(testApp(deps));
  await admin.signIn('root', PASSWORD);
  await admin.patch(`/api/orgs/${org.id}`, { address: '東京都千代田区1-1\n別館', bedCount: 120 });
  const mfa = new TestClient(testApp(deps));
  await mfa.signIn(editor.loginId, PASSWORD);
  const secret: string = (await mfa.post('/api/auth/mfa/enrol')).body.secret;
  await mfa.post('/api/auth/mfa/confirm', { code: totpCode(secret, stepAt(deps.clock.now())) });
  const locked = await seedUser(deps);
  for (let i = 0; i < 6; i++)
    await new TestClient(testApp(deps)).post('/api/auth/login', { loginId: locked.loginId, password: 'wrong-pw-123' });
  const caller = callerFor((await findUserById(deps.db, editor.id)) ?? fail('editor'), '127.0.0.1');
  const bytes = evidenceBytes();
  const file = await uploadEvidence(deps, caller, org.id, { fileName: '規程.pdf', bytes, description: '第3版 "改訂"\n🏥' });
  const gone = await uploadEvidence(deps, caller, org.id, { fileName: '旧規程.pdf', bytes: Buffer.from('%PDF-1.4 old') });
  await deleteEvidence(deps, caller, org.id, gone.id);
  return { org, other, editor, bytes, evidenceId: file.id };
}

const fail = (what: string): never => {
  throw new Error(`${what} missing`);
};

/** Each table's rows as row_to_json text in key order: equal dumps mean identical rows, bytes included. */
export async function dumpTables(db: Db, tables: readonly string[] = BACKUP_TABLES): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    const keys = (TABLE_KEYS as Record<string, readonly string[]>)[t] ?? ['id'];
    const order = sql.join(
      keys.map((k) => sql.identifier(k)),
      sql`, `,
    );
    const res = (await db.execute(sql`select row_to_json(x)::text as j from ${sql.identifier(t)} x order by ${order}`)) as unknown as {
      rows: { j: string }[];
    };
    out[t] = res.rows.map((r) => r.j);
  }
  return out;
}

export async function countRows(db: Db): Promise<Record<string, number>> {
  const dump = await dumpTables(db, [...BACKUP_TABLES, 'sessions']);
  return Object.fromEntries(Object.entries(dump).map(([t, rows]) => [t, rows.length]));
}

/** Rewrites a backup's lines (trailer excluded); `resign` recomputes the trailer so only the edit is wrong. */
export function rewriteBackup(from: string, to: string, edit: (lines: string[]) => string[], resign = true): void {
  const all = gunzipSync(fs.readFileSync(from)).toString('utf8').split('\n').slice(0, -1);
  const trailer = JSON.parse(all.pop() ?? '{}') as { rows: number; sha256: string };
  const lines = edit(all);
  const body = lines.map((l) => `${l}\n`).join('');
  const sha256 = resign ? createHash('sha256').update(body).digest('hex') : trailer.sha256;
  const rows = resign ? lines.length - 1 : trailer.rows;
  fs.writeFileSync(to, gzipSync(`${body}{"end":true,"rows":${rows},"sha256":"${sha256}"}\n`));
}
