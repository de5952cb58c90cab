// Incident mode in real Chromium, with the network answered by the test: the list says what incident
// mode is for while empty and starts one; an incident's steps show done (who, when, in JST) or not done;
// 「済みにする」 sends the note; the timeline form sends what was entered and shows the server's field error
// by its field; the ledgers give where to cut (backups with no offline copy only) and numbers to dial;
// a conflict on the affected list shows the server's message and a reload; a viewer, and anyone once
// the incident is closed, gets no forms.
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, Outlet, RouterProvider } from '@tanstack/react-router';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { FIRST_STEPS } from '../../../../domain/incidents/incident.ts';
import type { Incident, IncidentDetail } from '../../api/incidents.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { NoticeProvider } from '../../notice.tsx';
import { queryClient } from '../../query.ts';
import { IncidentScreen } from './IncidentScreen.tsx';
import { IncidentsScreen } from './IncidentsScreen.tsx';

const ORG: OrgSummary = { id: 'org-1', slug: 'kusunoki', name: 'くすのき病院', kind: 'hospital', role: 'editor' };

const INCIDENT: Incident = {
  id: 'inc-1',
  no: 3,
  title: '電子カルテの画面に脅迫文',
  status: 'open',
  startedAt: '2026-12-07T01:00:00.000Z',
  startedBy: '情報 太郎',
  closedAt: null,
  closedBy: null,
  affected: [{ type: 'backup', id: 'plan-1', label: '電子カルテ (データ)' }],
  version: 2,
};

const detailOf = (incident: Incident = INCIDENT): IncidentDetail => ({
  incident,
  steps: FIRST_STEPS.map((step) =>
    step === 'isolate'
      ? { step, doneAt: '2026-12-07T01:15:00.000Z', doneBy: '情報 太郎', note: 'LAN ケーブルを抜いた' }
      : { step, doneAt: null, doneBy: null, note: '' },
  ),
  entries: [
    {
      seq: 1,
      at: '2026-12-07T01:00:00.000Z',
      kind: 'note',
      text: 'インシデント対応を開始しました: 電子カルテの画面に脅迫文',
      author: '情報 太郎',
      createdAt: '2026-12-07T01:00:00.000Z',
    },
    {
      seq: 2,
      at: '2026-12-07T01:15:00.000Z',
      kind: 'step',
      text: 'ネットワークから切り離す: 済 (LAN ケーブルを抜いた)',
      author: '情報 太郎',
      createdAt: '2026-12-07T01:15:00.000Z',
    },
  ],
  ledgers: {
    connections: [{ id: 'cp-1', name: '保守用VPN (ABC)', kind: 'vpn', vendorName: 'ABCメディカル', deviceLabel: 'RT-01 vpn-router' }],
    backups: [
      { id: 'plan-1', label: '電子カルテ (データ)', isolation: 'none', restoreOrder: 1, vendorName: 'ABCメディカル' },
      { id: 'plan-2', label: '医事会計 (データ)', isolation: 'offline', restoreOrder: 2, vendorName: '' },
    ],
    contacts: [
      { side: 'internal', category: 'システム運用担当者', organizationName: '', personName: '情報 太郎', phone: '内線 123' },
      { side: 'external', category: '事業者', organizationName: 'ABCメディカル', personName: '', phone: '06-1234-5678 (24時間)' },
    ],
  },
});

interface Sent {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

let sent: Sent[] = [];
/** the answers to the writes, in order: [status, body] */
let writes: [number, unknown][] = [];
let incidents: Incident[] = [];
let detail: IncidentDetail = detailOf();
let detailReads = 0;
let root: Root | null = null;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function stubNetwork(): void {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
    const path = new URL(request.url).pathname;
    if (request.method === 'GET' && path === '/api/orgs/org-1/incidents') return json(200, { incidents });
    if (request.method === 'GET' && path === '/api/orgs/org-1/incidents/inc-1') {
      detailReads++;
      return json(200, detail);
    }
    if (request.method === 'GET' && path === '/api/orgs/org-1/devices') return json(200, { devices: [], total: 0 });
    const body = JSON.parse((await request.clone().text()) || '{}') as Record<string, unknown>;
    sent.push({ method: request.method, path, body });
    const [status, answer] = writes.shift() ?? [500, { error: { code: 'INTERNAL', message: 'no answer' } }];
    return json(status, answer);
  });
}

function render(org: OrgSummary, at: string): void {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const rootRoute = createRootRoute({
    component: () => (
      <NoticeProvider>
        <Outlet />
      </NoticeProvider>
    ),
  });
  const list = createRoute({ getParentRoute: () => rootRoute, path: '/o/$slug/incidents', component: () => <IncidentsScreen org={org} /> });
  const one = createRoute({
    getParentRoute: () => rootRoute,
    path: '/o/$slug/incidents/$incidentId',
    component: function One() {
      const { incidentId } = one.useParams();
      return <IncidentScreen org={org} incidentId={incidentId} />;
    },
  });
  const router = createRouter({
    routeTree: rootRoute.addChildren([list, one]),
    history: createMemoryHistory({ initialEntries: [at] }),
  });
  root = createRoot(container);
  root.render(
    <QueryClientProvider client={queryClient}>
      {/* a router of this test's own, not the app's (routes.tsx) */}
      <RouterProvider router={router as never} />
    </QueryClientProvider>,
  );
}

const step = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, level: 3 }) });

beforeEach(() => {
  sent = [];
  writes = [];
  incidents = [];
  detail = detailOf();
  detailReads = 0;
  queryClient.clear();
  stubNetwork();
});

afterEach(() => {
  root?.unmount();
  root = null;
  vi.unstubAllGlobals();
});

describe('the incidents page', () => {
  it('says what incident mode is for while empty, links the 緊急時カード, and starts an incident', async () => {
    render(ORG, '/o/kusunoki/incidents');
    await expect.element(page.getByText('まだインシデントの記録はありません。', { exact: false })).toBeVisible();
    const card = page.getByRole('link', { name: /緊急時カードを印刷/ });
    expect(card.element().getAttribute('href')).toBe('/api/orgs/org-1/emergency-card/print');
    expect(card.element().getAttribute('target')).toBe('_blank');
    // nothing entered: the server's field error stands by the field
    writes.push([
      400,
      {
        error: {
          code: 'VALIDATION',
          message: '何が起きたか: 何が起きたかを一言で入力してください',
          fields: [{ field: 'title', message: '何が起きたかを一言で入力してください (例: 電子カルテが暗号化された)' }],
        },
      },
    ]);
    await page.getByRole('button', { name: '対応を開始する' }).click();
    const what = page.getByRole('textbox', { name: '何が起きたか' });
    await expect.element(what).toHaveAttribute('aria-invalid', 'true');
    await expect.element(what).toHaveAccessibleDescription(/一言で入力してください/);
    await what.fill('電子カルテの画面に脅迫文');
    writes.push([201, INCIDENT]);
    await page.getByRole('button', { name: '対応を開始する' }).click();
    await expect.poll(() => sent.length).toBe(2);
    expect(sent[1]).toEqual({ method: 'POST', path: '/api/orgs/org-1/incidents', body: { title: '電子カルテの画面に脅迫文' } });
    // the new incident's page
    await expect.element(page.getByRole('heading', { name: 'インシデント 3: 電子カルテの画面に脅迫文', level: 1 })).toBeVisible();
  });

  it('lists incidents with their number, state and start in JST, and offers a viewer no start form', async () => {
    incidents = [{ ...INCIDENT, status: 'closed', closedAt: '2026-12-08T00:00:00.000Z', closedBy: '情報 太郎' }];
    render({ ...ORG, role: 'viewer' }, '/o/kusunoki/incidents');
    const row = page.getByRole('row', { name: /電子カルテの画面に脅迫文/ });
    await expect.element(row).toBeVisible();
    expect(row.element().textContent).toContain('終了');
    expect(row.element().textContent).toContain('2026-12-07 10:00');
    expect(page.getByRole('link', { name: '電子カルテの画面に脅迫文' }).element().getAttribute('href')).toBe('/o/kusunoki/incidents/inc-1');
    expect(page.getByRole('button', { name: '対応を開始する' }).query()).toBeNull();
  });
});

describe('an incident', () => {
  it('shows each step done (who, when in JST, the note) or not done, and marks one done with its note', async () => {
    render(ORG, '/o/kusunoki/incidents/inc-1');
    const isolate = step('ネットワークから切り離す');
    await expect.element(isolate).toBeVisible();
    expect(isolate.element().textContent).toContain('済');
    expect(isolate.element().textContent).toContain('2026-12-07 10:15 情報 太郎');
    expect(isolate.element().textContent).toContain('補足: LAN ケーブルを抜いた');
    expect(isolate.element().querySelector('form')).toBeNull();
    const evidence = step('証拠を保全する');
    expect(evidence.element().textContent).toContain('未実施');
    expect(evidence.element().textContent).toContain('電源を切らない・再起動しない');
    await expect.element(page.getByText('1 / 8 済')).toBeVisible();

    const form = page.getByRole('form', { name: '証拠を保全する' });
    await form.getByRole('textbox', { name: '補足 (任意)' }).fill('画面を撮影');
    writes.push([200, { steps: detail.steps }]);
    const reads = detailReads;
    await form.getByRole('button', { name: '済みにする' }).click();
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]).toEqual({ method: 'POST', path: '/api/orgs/org-1/incidents/inc-1/steps/evidence', body: { note: '画面を撮影' } });
    // the incident is read again (its timeline has the step's entry now)
    await expect.poll(() => detailReads).toBeGreaterThan(reads);
  });

  it('keeps the timeline oldest first, sends a new entry and shows the server’s error by the time field', async () => {
    render(ORG, '/o/kusunoki/incidents/inc-1');
    const timeline = page.getByRole('region', { name: '経過の記録' });
    await expect.element(timeline).toBeVisible();
    const items = [...timeline.element().querySelectorAll('.incident-entry')].map((li) => li.textContent);
    expect(items).toEqual([
      '2026-12-07 10:00 記録 情報 太郎インシデント対応を開始しました: 電子カルテの画面に脅迫文',
      '2026-12-07 10:15 初動の手順 情報 太郎ネットワークから切り離す: 済 (LAN ケーブルを抜いた)',
    ]);
    await expect.element(timeline.getByText('記録した経過は、後から変更・削除できません。', { exact: false })).toBeVisible();

    const form = page.getByRole('form', { name: '経過を記録する' });
    await form.getByRole('textbox', { name: '内容' }).fill('院長に報告、診療は紙カルテで継続と決定');
    await form.getByRole('combobox', { name: '種類' }).selectOptions('決定');
    await form.getByRole('textbox', { name: '時刻 (任意)' }).fill('25:00');
    writes.push([
      400,
      {
        error: {
          code: 'VALIDATION',
          message: '時刻: 「25:00」は時刻として読み取れません (例: 10:15、2026-12-07 10:15)',
          fields: [{ field: 'at', message: '「25:00」は時刻として読み取れません (例: 10:15、2026-12-07 10:15)' }],
        },
      },
    ]);
    await form.getByRole('button', { name: '記録する' }).click();
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]).toEqual({
      method: 'POST',
      path: '/api/orgs/org-1/incidents/inc-1/entries',
      body: { text: '院長に報告、診療は紙カルテで継続と決定', kind: 'decision', at: '25:00' },
    });
    const at = form.getByRole('textbox', { name: '時刻 (任意)' });
    await expect.element(at).toHaveAttribute('aria-invalid', 'true');
    await expect.element(at).toHaveAccessibleDescription(/「25:00」は時刻として読み取れません/);
    await expect.element(form.getByRole('textbox', { name: '内容' })).not.toHaveAttribute('aria-invalid');
    // what was typed stays for the correction
    await expect.element(form.getByRole('textbox', { name: '内容' })).toHaveValue('院長に報告、診療は紙カルテで継続と決定');
  });

  it('gives where to cut (only backups with no offline copy) and numbers to dial, in the chart’s order', async () => {
    render(ORG, '/o/kusunoki/incidents/inc-1');
    const ledgers = page.getByRole('region', { name: '台帳から' });
    await expect.element(ledgers).toBeVisible();
    const text = ledgers.element().textContent ?? '';
    expect(text).toContain('保守用VPN (ABC)');
    expect(text).toContain('電子カルテ (データ)');
    expect(text).not.toContain('医事会計');
    const dial = ledgers.getByRole('link', { name: /06-1234-5678/ });
    expect(dial.element().getAttribute('href')).toBe('tel:0612345678');
    // a number that is not one (an extension) stays text
    expect(ledgers.getByRole('link', { name: /内線/ }).query()).toBeNull();
    const order = [...ledgers.element().querySelectorAll('.incident-call-list li')].map((li) => li.textContent);
    expect(order[0]).toContain('システム運用担当者');
    expect(order[1]).toContain('ABCメディカル');
  });

  it('saves the affected list with the version read, and on a conflict shows the server’s message and reloads', async () => {
    render(ORG, '/o/kusunoki/incidents/inc-1');
    const affected = page.getByRole('region', { name: '影響を受けたもの' });
    await affected.getByRole('button', { name: '影響を受けたものを変更する' }).click();
    await affected.getByRole('combobox', { name: '外部接続点 (台帳から)' }).selectOptions('保守用VPN (ABC)');
    await affected.getByRole('button', { name: '外部接続点を加える' }).click();
    await affected.getByRole('button', { name: '電子カルテ (データ) を外す' }).click();
    const message = 'ほかの人が先に影響を受けたものを変更しました。読み込み直してください。';
    writes.push([409, { error: { code: 'CONFLICT', message } }]);
    await affected.getByRole('button', { name: '保存する' }).click();
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]).toEqual({
      method: 'PUT',
      path: '/api/orgs/org-1/incidents/inc-1/affected',
      body: { affected: [{ type: 'connection', id: 'cp-1' }], version: 2 },
    });
    await expect.element(affected.getByRole('alert')).toHaveTextContent(message);
    const reads = detailReads;
    await affected.getByRole('button', { name: '最新の状態を読み込む' }).click();
    await expect.poll(() => detailReads).toBeGreaterThan(reads);
  });

  it('asks before closing, and sends the close', async () => {
    render(ORG, '/o/kusunoki/incidents/inc-1');
    await page.getByRole('button', { name: '対応を終了する' }).click();
    const dialog = page.getByRole('dialog', { name: 'インシデント対応を終了しますか?' });
    await expect.element(dialog).toBeVisible();
    writes.push([200, { ...INCIDENT, status: 'closed', closedAt: '2026-12-07T03:00:00.000Z', closedBy: '情報 太郎', version: 3 }]);
    await dialog.getByRole('button', { name: '対応を終了する' }).click();
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]?.path).toBe('/api/orgs/org-1/incidents/inc-1/close');
  });

  it('gives a viewer the record but no forms', async () => {
    render({ ...ORG, role: 'viewer' }, '/o/kusunoki/incidents/inc-1');
    await expect.element(step('ネットワークから切り離す')).toBeVisible();
    await expect.element(page.getByRole('region', { name: '経過の記録' })).toBeVisible();
    expect(document.querySelectorAll('form')).toHaveLength(0);
    for (const name of ['済みにする', '記録する', '影響を受けたものを変更する', '対応を終了する'])
      expect(page.getByRole('button', { name }).query(), name).toBeNull();
    // the report is for everyone
    expect(page.getByRole('link', { name: /^印刷/ }).element().getAttribute('href')).toBe('/api/orgs/org-1/incidents/inc-1/report/print');
    expect(page.getByRole('link', { name: 'テキスト' }).element().getAttribute('href')).toBe('/api/orgs/org-1/incidents/inc-1/report.txt');
  });

  it('says a closed incident is closed, and offers no forms even to an editor', async () => {
    detail = detailOf({ ...INCIDENT, status: 'closed', closedAt: '2026-12-07T03:00:00.000Z', closedBy: '情報 花子', version: 3 });
    render(ORG, '/o/kusunoki/incidents/inc-1');
    await expect.element(page.getByText('この対応は終了しています。', { exact: false })).toBeVisible();
    await expect.element(page.getByText('終了 2026-12-07 12:00 (情報 花子)')).toBeVisible();
    expect(document.querySelectorAll('form')).toHaveLength(0);
    expect(page.getByRole('button', { name: '対応を終了する' }).query()).toBeNull();
  });
});
