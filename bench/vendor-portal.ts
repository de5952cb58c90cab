// A vendor company invited by 500 institutions (issue 13), on PostgreSQL: one person at the vendor
// sets up the account through a real link, then 499 more institutions' invitations of the same person
// are written straight into the database (each institution with its vendor, a system and an accepted
// invitation), and the person's invitation list is read repeatedly over one keep-alive connection.
// Then the second half: the person answers the first institution's form, the same answers are written
// into every other institution's form (as if answered there), and the first form is started again
// and again from another institution's answers — the list of forms to start from (all 499 of the same
// system) and the copy itself, its answers cleared between copies (not timed).
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
  list: Timing | null;
  /** the forms one may start from, listed */
  sources: Timing | null;
  sourcesListed: number;
  /** starting the form from another institution's answers */
  startFrom: Timing | null;
  copied: number;
  skipped: string[];
}

const VENDOR = 'カルテ株式会社';
type Timing = { n: number; p50: number; p95: number; max: number };
const timing = (ms: number[]): Timing => ({ n: ms.length, p50: median(ms), p95: percentile(ms, 95), max: Math.max(...ms) });

/** Every other institution gets a form of the year like the first one's, answered with its answers by the person. */
async function seedForms(url: string, formId: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `insert into assessments (organization_id, fiscal_year, catalog_version, catalog_revision, catalog_form, form, vendor_name, system_name, invitation_id, review_status)
       select i.organization_id, a.fiscal_year, a.catalog_version, a.catalog_revision, a.catalog_form, a.form, a.vendor_name, a.system_name, i.id, 'accepted'
       from vendor_invitations i join organizations o on o.id = i.organization_id, assessments a
       where o.slug like 'inst-%' and a.id = $1`,
      [formId],
    );
    await client.query(
      `insert into assessment_answers (organization_id, assessment_id, item_id, first_answer, first_date, note, out_of_scope, version, updated_by)
       select t.organization_id, t.id, x.item_id, x.first_answer, x.first_date, x.note, x.out_of_scope, 1, x.updated_by
       from assessments t join organizations o on o.id = t.organization_id, assessment_answers x
       where o.slug like 'inst-%' and x.assessment_id = $1`,
      [formId],
    );
    await client.query('delete from assessment_answers where assessment_id = $1', [formId]);
    await client.query('commit');
  } finally {
    await client.end();
  }
}

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
  const result: PortalResult = {
    settings: PORTAL,
    listed: 0,
    list: null,
    sources: null,
    sourcesListed: 0,
    startFrom: null,
    copied: 0,
    skipped: [],
  };
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
      result.list = timing(ms);
      log(`  ${result.listed} invitations listed: p50 ${result.list.p50.toFixed(1)} ms, p95 ${result.list.p95.toFixed(1)} ms`);
      await startFromOthers(server.url, cluster.url, agent, cookie, result, log);
    } finally {
      agent.destroy();
      await stopMamori(server, dir);
    }
  } finally {
    await cluster.stop();
  }
  return result;
}

/** The second half: the sources listed, and the first form started from another institution's answers. */
async function startFromOthers(
  base: string,
  dbUrl: string,
  agent: http.Agent,
  cookie: string,
  result: PortalResult,
  log: (line: string) => void,
) {
  const session = await call<{ csrfToken: string }>(base, 'GET', '/api/auth/session', { agent, headers: { cookie } });
  const headers = { cookie, 'content-type': 'application/json', origin: base, 'x-csrf-token': session.body.csrfToken };
  const list = await call<{ invitations: { id: string; institution: string }[] }>(base, 'GET', '/api/vendor-portal/invitations', {
    agent,
    headers,
  });
  const first = list.body.invitations.find((i) => !i.institution.startsWith('医院'));
  const forms = await call<{ forms: { id: string; items: { id: string; status: string }[] }[] }>(
    base,
    'GET',
    `/api/vendor-portal/invitations/${first?.id}/forms`,
    { agent, headers },
  );
  const form = forms.body.forms[0];
  if (!form) throw new Error('the first institution has no form');
  for (const item of form.items.filter((i) => i.status !== 'reference')) {
    const body = {
      firstAnswer: 'yes',
      firstDate: '2026-11-01',
      targetDate: null,
      secondAnswer: null,
      secondDate: null,
      note: '',
      version: 0,
    };
    const saved = await call(base, 'PUT', `/api/vendor-portal/forms/${form.id}/answers/${item.id}`, {
      agent,
      headers,
      body: JSON.stringify(body),
    });
    if (saved.status !== 200) throw new Error(`answer: ${saved.status} ${JSON.stringify(saved.body)}`);
  }
  await seedForms(dbUrl, form.id);
  const listed: number[] = [];
  let sourceId = '';
  for (let i = 0; i < PORTAL.requests; i++) {
    const res = await call<{ sources: { id: string }[] }>(base, 'GET', `/api/vendor-portal/forms/${form.id}/sources`, { agent, headers });
    if (res.status !== 200) throw new Error(`sources: ${res.status}`);
    result.sourcesListed = res.body.sources.length;
    sourceId = res.body.sources[0]?.id ?? '';
    listed.push(res.ms);
  }
  result.sources = timing(listed);
  log(`  ${result.sourcesListed} forms to start from listed: p50 ${result.sources.p50.toFixed(1)} ms`);
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const started: number[] = [];
  try {
    for (let i = 0; i < Math.min(PORTAL.requests, 30); i++) {
      await db.query('delete from assessment_answers where assessment_id = $1', [form.id]);
      const res = await call<{ copied: number }>(base, 'POST', `/api/vendor-portal/forms/${form.id}/start-from`, {
        agent,
        headers,
        body: JSON.stringify({ sourceId }),
      });
      if (res.status !== 200) throw new Error(`start-from: ${res.status} ${JSON.stringify(res.body)}`);
      result.copied = res.body.copied;
      started.push(res.ms);
    }
  } finally {
    await db.end();
  }
  result.startFrom = timing(started);
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
  const line = (what: string, t: Timing) =>
    `  ${what}: p50 ${t.p50.toFixed(1)} / p95 ${t.p95.toFixed(1)} / max ${t.max.toFixed(1)} ms  goal < 100 ms: ${t.p95 < 100 ? 'ok' : 'MISSED'}`;
  if (r.sources) out(line(`${r.sourcesListed} forms to start from`, r.sources));
  if (r.startFrom) out(line(`starting a form from another institution's answers (${r.copied} answers copied)`, r.startFrom));
  for (const s of r.skipped) out(`  ${s}`);
}
