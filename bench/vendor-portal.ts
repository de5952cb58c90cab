// A vendor company invited by 500 institutions (issue 13), on PostgreSQL: one person at the vendor
// sets up the account through a real link, then 499 more institutions' invitations of the same person
// are written straight into the database (each institution with its vendor, a system and an accepted
// invitation), and the person's invitation list is read repeatedly over one keep-alive connection.
// Target: under 100 ms per request.
import http from 'node:http';
import pg from 'pg';
import { vendorKey } from '../domain/assessment/vendor-forms.ts';
import { call } from './lib/http-client.ts';
import { startMamori, stopMamori, tempDataDir } from './lib/mamori.ts';
import { postgresUnavailable, startPostgres } from './lib/postgres.ts';
import { runCli } from './lib/proc.ts';
import { BENCH_PASSWORD, seedWithCli } from './lib/session.ts';
import { median, percentile } from './lib/stats.ts';

export const PORTAL = {
  institutions: Number(process.env.BENCH_INSTITUTIONS ?? 500),
  requests: Number(process.env.BENCH_REQUESTS ?? 100),
};

export interface PortalResult {
  settings: typeof PORTAL;
  listed: number;
  list: { n: number; p50: number; p95: number; max: number } | null;
  skipped: string[];
}

const VENDOR = 'カルテ株式会社';

/** The other institutions, each with the vendor, a system and the person's accepted invitation. */
async function seedInstitutions(url: string, userId: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `insert into organizations (slug, name, kind) select 'inst-' || g, '医院 ' || g, 'clinic' from generate_series(2, $1::int) g`,
      [count],
    );
    await client.query(
      `insert into vendors (organization_id, name, name_key) select id, $1, $2 from organizations where slug like 'inst-%'`,
      [VENDOR, vendorKey(VENDOR)],
    );
    await client.query(
      `insert into vendor_systems (organization_id, vendor_id, name, kind)
       select v.organization_id, v.id, '電子カルテ', 'emr' from vendors v join organizations o on o.id = v.organization_id where o.slug like 'inst-%'`,
    );
    await client.query(
      `insert into vendor_invitations (organization_id, vendor_id, fiscal_year, person_name, token_hash, expires_at, accepted_at, user_id)
       select v.organization_id, v.id, 2026, '保守 担当', md5(v.id::text || random()::text), now() + interval '30 days', now(), $1
       from vendors v join organizations o on o.id = v.organization_id where o.slug like 'inst-%'`,
      [userId],
    );
    await client.query('commit');
  } finally {
    await client.end();
  }
}

export async function runVendorPortal(log: (line: string) => void): Promise<PortalResult> {
  const result: PortalResult = { settings: PORTAL, listed: 0, list: null, skipped: [] };
  const why = postgresUnavailable();
  if (why) {
    result.skipped.push(`vendor portal: ${why}`);
    return result;
  }
  log(`vendor portal: one vendor person invited by ${PORTAL.institutions} institutions (PostgreSQL)`);
  const cluster = await startPostgres();
  const env = { DATABASE_URL: cluster.url };
  const dir = tempDataDir('vendor-portal');
  try {
    await seedWithCli(dir, env);
    await runCli(['vendor', 'create', '--data', dir, '--org', 'bench', '--name', VENDOR], { env });
    const invited = await runCli(
      ['vendor', 'invite', '--data', dir, '--org', 'bench', '--vendor', VENDOR, '--fiscal-year', '2026', '--json'],
      {
        env,
      },
    );
    const token = (JSON.parse(invited) as { link: string }).link.split('#')[1] ?? '';
    const server = await startMamori(dir, env);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const accepted = await call<{ stage: string }>(server.url, 'POST', '/api/vendor-portal/accept', {
        agent,
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ token, loginId: 'hoshu', displayName: '保守 担当', password: BENCH_PASSWORD }),
      });
      if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
      const cookie = (accepted.headers['set-cookie'] ?? []).find((c) => c.startsWith('mamori_session='))?.split(';')[0] ?? '';
      const session = await call<{ user: { id: string } }>(server.url, 'GET', '/api/auth/session', { agent, headers: { cookie } });
      await seedInstitutions(cluster.url, session.body.user.id, PORTAL.institutions);
      const ms: number[] = [];
      for (let i = 0; i < PORTAL.requests; i++) {
        const res = await call<{ invitations: unknown[] }>(server.url, 'GET', '/api/vendor-portal/invitations', {
          agent,
          headers: { cookie },
        });
        if (res.status !== 200) throw new Error(`list: ${res.status}`);
        result.listed = res.body.invitations.length;
        ms.push(res.ms);
      }
      result.list = { n: ms.length, p50: median(ms), p95: percentile(ms, 95), max: Math.max(...ms) };
      log(`  ${result.listed} invitations listed: p50 ${result.list.p50.toFixed(1)} ms, p95 ${result.list.p95.toFixed(1)} ms`);
    } finally {
      agent.destroy();
      await stopMamori(server, dir);
    }
  } finally {
    await cluster.stop();
  }
  return result;
}

export function printVendorPortal(r: PortalResult, out: (line: string) => void): void {
  out(
    `Vendor portal: one person invited by ${r.settings.institutions} institutions, the invitation list read ${r.settings.requests} times (PostgreSQL)`,
  );
  if (r.list) {
    const ok = r.list.p95 < 100 ? 'ok' : 'MISSED';
    out(
      `  ${r.listed} invitations: p50 ${r.list.p50.toFixed(1)} / p95 ${r.list.p95.toFixed(1)} / max ${r.list.max.toFixed(1)} ms  goal < 100 ms: ${ok}`,
    );
  }
  for (const s of r.skipped) out(`  ${s}`);
}
