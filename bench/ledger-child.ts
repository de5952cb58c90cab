// One measured step of the ledger benchmark, in a process of its own so that its peak memory is its
// own: `parse` (read the file and plan the import, no database), `import` (the whole import into a
// new organisation), or `list` (server time of ledger pages and searches). Prints one JSON line.
// Usage: tsx bench/ledger-child.ts parse|import|list FILE csv|xlsx --data DIR   (or DATABASE_URL)
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { withDatabase } from '../cli/context.ts';
import { orgInputSchema } from '../domain/organization-input.ts';
import { callerFor } from '../server/features/caller.ts';
import { listDevicesOf } from '../server/features/devices/devices.service.ts';
import { importDevicesAs } from '../server/features/devices/import-devices.ts';
import { planImport } from '../server/features/devices/import-plan.ts';
import { readTable } from '../server/features/imports/tabular.ts';
import { createOrganizationAs } from '../server/features/orgs/orgs.service.ts';
import { createUserAs } from '../server/features/users/create-user.ts';
import { findUserById } from '../server/features/users/users.repo.ts';
import { systemActor } from '../server/lib/actor.ts';
import { loadConfig } from '../server/lib/config.ts';
import { parseInput } from '../server/lib/validate.ts';

const [mode, file, format] = process.argv.slice(2) as ['parse' | 'import' | 'list', string, 'csv' | 'xlsx'];
const dataIndex = process.argv.indexOf('--data');
const data = dataIndex > 0 ? process.argv[dataIndex + 1] : undefined;
const bytes = new Uint8Array(fs.readFileSync(file));
const peakKib = () => process.resourceUsage().maxRSS;
const out = (o: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ mode, format, ...o, peakKib: peakKib() })}\n`);

if (mode === 'parse') {
  const started = performance.now();
  const table = await readTable(bytes, { format, encoding: 'auto' });
  const plan = planImport(table.rows, [], { remembered: null });
  out({ ms: performance.now() - started, rows: plan.create.length, rejected: plan.rejected.length });
} else {
  await withDatabase(loadConfig({ data }), async (deps) => {
    const openedKib = peakKib();
    const slug = `bench-${mode}-${format}-${Date.now().toString(36)}`;
    const org = await createOrganizationAs(
      deps,
      systemActor(),
      parseInput(orgInputSchema, { slug, name: `ベンチ ${slug}`, kind: 'hospital' }),
    );
    const started = performance.now();
    const report = await importDevicesAs(
      deps,
      systemActor(),
      org.id,
      { name: file, bytes },
      { format, encoding: 'auto', skipInvalid: false, dryRun: false },
    );
    const importMs = performance.now() - started;
    if (mode === 'import') return out({ ms: importMs, openedKib, summary: report.summary });
    // list: the ledger screen's queries at this size, as the server runs them (HTTP excluded)
    const login = `bench${Date.now().toString(36)}`;
    const made = await createUserAs(
      deps,
      systemActor(),
      { loginId: login, displayName: 'bench', password: 'Bench-password-2026' },
      { organizationId: org.id, role: 'viewer' },
    );
    const user = await findUserById(deps.db, made.user.id);
    if (!user) throw new Error('bench user missing');
    const caller = callerFor(user, null);
    const queries: Record<string, Record<string, string>> = {
      'first page': {},
      'page 200': { offset: '9950' },
      'search 外来': { q: '外来' },
      'search がいらい (kana folded, no match)': { q: 'がいらい' },
      'search full-width ＰＣ０００１': { q: 'ＰＣ０００１' },
      'filter class=server': { class: 'server' },
      'sort hostname desc': { sort: 'hostname', dir: 'desc' },
    };
    const timings: Record<string, { median: number; max: number; total: number }> = {};
    for (const [name, q] of Object.entries(queries)) {
      const ms: number[] = [];
      let total = 0;
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        total = (await listDevicesOf(deps, caller, org.id, q)).total;
        ms.push(performance.now() - t);
      }
      ms.sort((a, b) => a - b);
      timings[name] = { median: ms[Math.floor(ms.length / 2)] ?? 0, max: ms.at(-1) ?? 0, total };
    }
    out({ importMs, rows: report.summary.created, timings });
  });
}
