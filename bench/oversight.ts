// The 保健所's and the prefecture's overview at scale (issue 16), on PostgreSQL: 10,000 institutions in a
// prefecture's jurisdiction, 500 of them in one 保健所's, each with a submission for two fiscal years
// (summary columns and facts as the overview reads them; the snapshot itself is not read by it and is
// stored small here). Timed over HTTP on loopback against a real server: the 保健所's overview of 500
// (target < 200 ms), the prefecture-wide overview of 10,000 (target < 1 s) and its Excel export; then
// real submissions (POST …/submissions on institutions with a started form) one at a time and four at once.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startMamori, stopMamori, tempDataDir } from './lib/mamori.ts';
import { startPostgres } from './lib/postgres.ts';
import { runCli } from './lib/proc.ts';
import { BENCH_PASSWORD, signIn } from './lib/session.ts';
import { fmt, median, percentile } from './lib/stats.ts';
import { table } from './lib/table.ts';

export const OVERSIGHT = {
  institutions: Number(process.env.BENCH_INSTITUTIONS ?? 10_000),
  local: Number(process.env.BENCH_LOCAL_INSTITUTIONS ?? 500),
  requests: Number(process.env.BENCH_OVERVIEW_REQUESTS ?? 20),
  submitters: Number(process.env.BENCH_SUBMITTERS ?? 16),
  targets: { localMs: 200, prefectureMs: 1000 },
};

interface Timing {
  n: number;
  p50: number;
  p95: number;
  max: number;
  kib: number;
}
export interface OversightResult {
  institutions: number;
  local: number;
  seedMs: number;
  local500: Timing;
  prefecture: Timing;
  exportXlsx: Timing;
  submissions: { sequentialPerSec: number; concurrentPerSec: number; n: number; p50: number };
}

const out = (line = '') => process.stdout.write(`${line}\n`);

async function timed(n: number, run: () => Promise<number>): Promise<Timing> {
  await run(); // first, unmeasured
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    bytes = await run();
    ms.push(performance.now() - t);
  }
  return { n, p50: median(ms), p95: percentile(ms, 95), max: Math.max(...ms), kib: bytes / 1024 };
}

async function getBytes(url: string, cookie: string): Promise<number> {
  const res = await fetch(url, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return (await res.arrayBuffer()).byteLength;
}

/** 10,000 institutions, their links and two years of submissions, written straight into PostgreSQL. */
async function seed(url: string, n: number, local: number, prefId: string, hcId: string): Promise<void> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(
      `insert into organizations (slug, name, kind, prefecture, medical_institution_code, bed_count)
       select 'inst-' || lpad(i::text, 5, '0'), '医療機関 ' || i, case when i % 10 = 0 then 'hospital' else 'clinic' end,
              '大阪府', '27' || lpad(i::text, 8, '0'), case when i % 10 = 0 then 50 + i % 400 else 0 end
       from generate_series(1, $1::int) i`,
      [n],
    );
    await db.query(
      `insert into jurisdictions (oversight_org_id, institution_org_id, oversight_kind, added_via)
       select $1::uuid, id, 'prefecture', 'admin' from organizations where slug like 'inst-%'`,
      [prefId],
    );
    await db.query(
      `insert into jurisdictions (oversight_org_id, institution_org_id, oversight_kind, added_via)
       select $1::uuid, id, 'health-center', 'institution' from organizations where slug like 'inst-%' and slug <= 'inst-' || lpad($2::text, 5, '0')`,
      [hcId, local],
    );
    // two years; a second submission in the later year for every third institution (the overview takes the latest)
    await db.query(
      `insert into submissions (organization_id, fiscal_year, no, oversight_org_id, snapshot, sha256, ready, gaps,
                                submitted_by_name, submitted_at, facts)
       select o.id, y.year, k.no, case when o.slug <= 'inst-' || lpad($3::text, 5, '0') then $2::uuid else $1::uuid end,
              '{"format":"mamori-submission/1"}'::jsonb, md5(o.id::text || y.year || k.no) || md5(o.slug), (o.bed_count % 3 = 0), (o.bed_count % 7),
              '院長', make_timestamptz(y.year, 10, 1 + k.no, 9, 0, 0, 'Asia/Tokyo'),
              jsonb_build_object(
                'gapMessages', (select coalesce(jsonb_agg('医療機関確認用: 2(' || g || ') の1回目の確認結果がありません'), '[]'::jsonb) from generate_series(1, o.bed_count % 7) g),
                'targetDates', jsonb_build_array(y.year || '-10-01', (y.year + 1) || '-03-31'),
                'vendorsMissing', case when o.bed_count % 5 = 0 then '["ABCメディカル"]'::jsonb else '[]'::jsonb end,
                'chartConfirmedOn', y.year || '-09-15')
       from organizations o
       cross join (values (2025), (2026)) y(year)
       cross join lateral (select generate_series(1, case when y.year = 2026 and right(o.slug, 1)::int % 3 = 0 then 2 else 1 end) no) k
       where o.slug like 'inst-%'`,
      [prefId, hcId, local],
    );
    await db.query('analyze');
  } finally {
    await db.end();
  }
}

async function idsOf(url: string, slugs: string[]): Promise<Map<string, string>> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query<{ slug: string; id: string }>('select slug, id from organizations where slug = any($1)', [slugs]);
    return new Map(rows.map((r) => [r.slug, r.id]));
  } finally {
    await db.end();
  }
}

async function submitAll(baseUrl: string, cookie: string, orgIds: string[], concurrency: number): Promise<number[]> {
  const session = (await (await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie } })).json()) as { csrfToken: string };
  const ms: number[] = [];
  const queue = [...orgIds];
  const worker = async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      const t = performance.now();
      const res = await fetch(`${baseUrl}/api/orgs/${id}/submissions`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ fiscalYear: 2026 }),
      });
      if (res.status !== 201) throw new Error(`submit ${id}: ${res.status} ${await res.text()}`);
      ms.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return ms;
}

export async function runOversight(): Promise<OversightResult> {
  const cluster = await startPostgres();
  const dataDir = tempDataDir('oversight');
  const env = { DATABASE_URL: cluster.url };
  const stdin = `${BENCH_PASSWORD}\n`;
  const data = ['--data', dataDir];
  try {
    await runCli(['admin', 'create', ...data, '--login', 'bench', '--display-name', 'bench', '--password-stdin'], { stdin, env });
    await runCli(
      ['org', 'create', ...data, '--slug', 'osaka', '--name', '大阪府 健康医療部', '--kind', 'prefecture', '--prefecture', '大阪府'],
      { env },
    );
    await runCli(
      ['org', 'create', ...data, '--slug', 'kita-hc', '--name', '北保健所', '--kind', 'health-center', '--prefecture', '大阪府'],
      { env },
    );
    for (const [login, org] of [
      ['kensa', 'kita-hc'],
      ['fuken', 'osaka'],
    ] as const)
      await runCli(
        ['user', 'create', ...data, '--login', login, '--display-name', login, '--org', org, '--role', 'editor', '--password-stdin'],
        {
          stdin,
          env,
        },
      );
    // institutions that really submit: each with a started form, their administrator one person
    const submitters = Array.from({ length: OVERSIGHT.submitters }, (_, i) => `real-${String(i + 1).padStart(3, '0')}`);
    for (const slug of submitters) {
      await runCli(['org', 'create', ...data, '--slug', slug, '--name', `提出医院 ${slug}`, '--kind', 'clinic', '--prefecture', '大阪府'], {
        env,
      });
      await runCli(['assessment', 'start', ...data, '--org', slug, '--fiscal-year', '2026'], { env });
      await runCli(['jurisdiction', 'add', ...data, '--org', 'kita-hc', '--institution', slug], { env });
    }
    await runCli(
      [
        'user',
        'create',
        ...data,
        '--login',
        'incho',
        '--display-name',
        '院長',
        '--org',
        submitters[0] ?? '',
        '--role',
        'admin',
        '--password-stdin',
      ],
      {
        stdin,
        env,
      },
    );
    const ids = await idsOf(cluster.url, ['osaka', 'kita-hc', ...submitters]);
    {
      const db = new pg.Client({ connectionString: cluster.url });
      await db.connect();
      await db.query(
        `insert into memberships (organization_id, user_id, role)
         select o.id, u.id, 'admin' from organizations o, users u where u.login_id = 'incho' and o.slug like 'real-%'
         on conflict do nothing`,
      );
      await db.end();
    }
    const t0 = performance.now();
    await seed(cluster.url, OVERSIGHT.institutions, OVERSIGHT.local, ids.get('osaka') ?? '', ids.get('kita-hc') ?? '');
    const seedMs = performance.now() - t0;

    const server = await startMamori(dataDir, env);
    try {
      const [kensa, fu, incho] = [
        await signIn(server.url, 'kensa', BENCH_PASSWORD),
        await signIn(server.url, 'fuken', BENCH_PASSWORD),
        await signIn(server.url, 'incho', BENCH_PASSWORD),
      ];
      const hc = ids.get('kita-hc') ?? '';
      const pref = ids.get('osaka') ?? '';
      const local500 = await timed(OVERSIGHT.requests, () => getBytes(`${server.url}/api/orgs/${hc}/jurisdiction?fiscalYear=2026`, kensa));
      const prefecture = await timed(Math.max(5, OVERSIGHT.requests / 2), () =>
        getBytes(`${server.url}/api/orgs/${pref}/jurisdiction?fiscalYear=2026`, fu),
      );
      const exportXlsx = await timed(3, () =>
        getBytes(`${server.url}/api/orgs/${pref}/jurisdiction/export?fiscalYear=2026&format=xlsx`, fu),
      );
      const orgIds = submitters.map((s) => ids.get(s) ?? '');
      const half = Math.floor(orgIds.length / 2);
      let t = performance.now();
      const sequential = await submitAll(server.url, incho, orgIds.slice(0, half), 1);
      const sequentialPerSec = sequential.length / ((performance.now() - t) / 1000);
      t = performance.now();
      const concurrent = await submitAll(server.url, incho, orgIds.slice(half), 4);
      const concurrentPerSec = concurrent.length / ((performance.now() - t) / 1000);
      return {
        institutions: OVERSIGHT.institutions,
        local: OVERSIGHT.local,
        seedMs,
        local500,
        prefecture,
        exportXlsx,
        submissions: { sequentialPerSec, concurrentPerSec, n: orgIds.length, p50: median([...sequential, ...concurrent]) },
      };
    } finally {
      await stopMamori(server, dataDir);
    }
  } finally {
    await cluster.stop();
  }
}

export function printOversight(r: OversightResult): void {
  out(
    `Oversight on PostgreSQL: ${r.institutions} institutions in a prefecture's jurisdiction, ${r.local} in one 保健所's, two years of submissions (seeded in ${fmt(r.seedMs / 1000, 1)} s)`,
  );
  const row = (name: string, x: Timing, target?: number) => [
    name,
    String(x.n),
    fmt(x.p50, 0),
    fmt(x.p95, 0),
    fmt(x.max, 0),
    fmt(x.kib, 0),
    target ? (x.p95 < target ? `< ${target} ms: met` : `< ${target} ms: NOT met`) : '',
  ];
  out(
    table(
      ['request (HTTP on loopback)', 'n', 'p50 ms', 'p95 ms', 'max ms', 'KiB', 'target'],
      [
        row(`保健所 overview, ${r.local} institutions`, r.local500, OVERSIGHT.targets.localMs),
        row(`prefecture overview, ${r.institutions} institutions`, r.prefecture, OVERSIGHT.targets.prefectureMs),
        row(`prefecture export (Excel), ${r.institutions} rows`, r.exportXlsx),
      ],
    ),
  );
  out(
    `Submissions (POST …/submissions, real forms frozen with sha256): ${fmt(r.submissions.sequentialPerSec, 1)}/s one at a time, ${fmt(r.submissions.concurrentPerSec, 1)}/s four at once (n=${r.submissions.n}, p50 ${fmt(r.submissions.p50, 0)} ms)`,
  );
}
