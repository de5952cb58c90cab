// The web client as a browser loads it: the JavaScript each route downloads on a first visit (raw,
// gzip and brotli, as the server sends the build's precompressed copies), and the time from
// navigation to an interactive answer sheet of the largest form (every item shown and its edit
// button usable), in Debian's Chromium, with an empty cache and again with the cache filled.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../server/lib/pdf.ts';
import { Session } from './lib/http-client.ts';
import { startMamori, stopMamori, tempDataDir } from './lib/mamori.ts';
import { ROOT, runCli } from './lib/proc.ts';
import { BENCH_PASSWORD, seedWithCli, signIn } from './lib/session.ts';
import { fmt, median } from './lib/stats.ts';
import { table } from './lib/table.ts';

const DIST = path.join(ROOT, 'dist', 'web');
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 7);
/** the budget for sign-in and the dashboard, gzip */
const FIRST_LOAD_BUDGET = 150 * 1024;
const SHEET_BUDGET_MS = 1000;

export interface RouteLoad {
  route: string;
  path: string;
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
  budget: boolean;
}

export interface WebLoadResult {
  routes: RouteLoad[];
  sheet: { items: number; coldMs: number[]; warmMs: number[] };
}

/** what the server sends for a file: its compressed copy, or the file itself when the build wrote none (too small to gain) */
const sent = (file: string, suffix: string) => fs.statSync(fs.existsSync(file + suffix) ? file + suffix : file).size;

/** Opens `url` in a fresh context and sums the scripts it downloaded, by the build's files. */
async function firstLoad(context: BrowserContext, url: string, ready: string): Promise<Omit<RouteLoad, 'route' | 'path' | 'budget'>> {
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') scripts.add(new URL(res.url()).pathname);
  });
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.close();
  const files = [...scripts].map((p) => path.join(DIST, p));
  const sum = (suffix: string) => files.reduce((n, f) => n + sent(f, suffix), 0);
  return { files: files.length, raw: sum(''), gzip: sum('.gz'), brotli: sum('.br') };
}

/** ms from navigation start until every item of the sheet is shown and the last one's edit button is enabled. */
async function sheetReady(context: BrowserContext, url: string, items: number): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const ms = await page.waitForFunction(
    (n) => {
      const articles = document.querySelectorAll('article.answer-item');
      const last = articles[articles.length - 1]?.querySelector('button:not([disabled])');
      return articles.length === n && last ? performance.now() : false;
    },
    items,
    { polling: 'raf', timeout: 30_000 },
  );
  const value = (await ms.jsonValue()) as number;
  await page.close();
  return value;
}

async function cookieContext(browser: Browser, base: string, cookie: string | null): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  if (cookie) {
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name: name ?? '', value: value ?? '', url: base }]);
  }
  return context;
}

export async function runWebLoad(log: (line: string) => void): Promise<WebLoadResult> {
  log('web: building the client (vite build)');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const dir = tempDataDir('web');
  await seedWithCli(dir);
  const create = ['user', 'create', '--data', dir, '--login', 'editor', '--display-name', '担当者', '--org', 'bench', '--role', 'editor'];
  await runCli([...create, '--password-stdin'], { stdin: `${BENCH_PASSWORD}\n` });
  const server = await startMamori(dir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const base = server.url;
    const { session } = await Session.open(base, 'editor');
    const orgs = await session.call<{ organizations: { id: string; slug: string }[] }>('GET', '/api/orgs');
    const orgId = orgs.body.organizations.find((o) => o.slug === 'bench')?.id ?? '';
    const started = await session.call<{ id: string; items: unknown[] }>('POST', `/api/orgs/${orgId}/assessments`, {
      fiscalYear: 2025,
      form: 'institution',
    });
    const sheetPath = `/o/bench/checklist/${started.body.id}`;
    const editor = await signIn(base, 'editor', BENCH_PASSWORD);
    const admin = await signIn(base, 'bench', BENCH_PASSWORD);
    const routes: { route: string; path: string; cookie: string | null; ready: string; budget?: boolean }[] = [
      { route: 'sign-in', path: '/login', cookie: null, ready: 'input[autocomplete="username"]', budget: true },
      { route: 'dashboard', path: '/o/bench', cookie: editor, ready: 'main h1', budget: true },
      { route: 'checklist', path: '/o/bench/checklist', cookie: editor, ready: 'main h1' },
      { route: 'answer sheet', path: sheetPath, cookie: editor, ready: 'article.answer-item' },
      { route: 'device ledger', path: '/o/bench/devices', cookie: editor, ready: 'main h1' },
      { route: 'administration', path: '/admin/orgs', cookie: admin, ready: 'main h1' },
      { route: 'catalog editor', path: '/admin/catalog', cookie: admin, ready: 'main h1' },
    ];
    const loads: RouteLoad[] = [];
    for (const r of routes) {
      const context = await cookieContext(browser, base, r.cookie);
      const load = await firstLoad(context, base + r.path, r.ready);
      await context.close();
      loads.push({ route: r.route, path: r.path, ...load, budget: r.budget === true });
      log(`  ${r.route}: ${load.files} scripts, ${fmt(load.gzip / 1024, 1)} kB gzip`);
    }
    const items = started.body.items.length;
    const coldMs: number[] = [];
    const warmMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await cookieContext(browser, base, editor);
      coldMs.push(await sheetReady(context, base + sheetPath, items));
      warmMs.push(await sheetReady(context, base + sheetPath, items));
      await context.close();
    }
    log(`  answer sheet (${items} items): ${fmt(median(coldMs), 0)} ms cold, ${fmt(median(warmMs), 0)} ms warm (median of ${RUNS})`);
    return { routes: loads, sheet: { items, coldMs, warmMs } };
  } finally {
    await browser.close();
    await stopMamori(server, dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printWebLoad(r: WebLoadResult, out: (line?: string) => void): void {
  out('Web client: JavaScript downloaded by a first visit of each route (empty cache; the sizes of the files the build wrote)');
  const kb = (n: number) => fmt(n / 1024, 1);
  out(
    table(
      ['route', 'scripts', 'raw kB', 'gzip kB', 'brotli kB', 'goal ≤ 150 kB gzip'],
      r.routes.map((l) => [
        `${l.route} (${l.path.replace(/[0-9a-f-]{36}/, ':id')})`,
        String(l.files),
        kb(l.raw),
        kb(l.gzip),
        kb(l.brotli),
        l.budget ? (l.gzip <= FIRST_LOAD_BUDGET ? 'ok' : 'MISSED') : '',
      ]),
    ),
  );
  const cold = median(r.sheet.coldMs);
  const warm = median(r.sheet.warmMs);
  out(`Answer sheet of the largest form (${r.sheet.items} items): navigation → every item shown and editable, median of ${RUNS}`);
  out(
    table(
      ['cache', 'median ms', 'max ms', 'goal < 1 s'],
      [
        ['empty (first visit)', fmt(cold, 0), fmt(Math.max(...r.sheet.coldMs), 0), cold < SHEET_BUDGET_MS ? 'ok' : 'MISSED'],
        ['filled (next visit)', fmt(warm, 0), fmt(Math.max(...r.sheet.warmMs), 0), warm < SHEET_BUDGET_MS ? 'ok' : 'MISSED'],
      ],
    ),
  );
}
