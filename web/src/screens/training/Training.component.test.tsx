// 教育・訓練の記録 in real Chromium, with the network answered by the test: an empty year says what to
// record and that the 未受講 list needs the 利用者台帳; a viewer gets no buttons; a session is recorded
// with a person picked from the 利用者台帳 and a typed name, a server's field error shows beside its
// field; the per-person table and the 未受講 list say where they come from.
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, Outlet, RouterProvider } from '@tanstack/react-router';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { TrainingYear } from '../../api/training.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { NoticeProvider } from '../../notice.tsx';
import { queryClient } from '../../query.ts';
import { TrainingScreen } from './TrainingScreen.tsx';

const EDITOR: OrgSummary = { id: 'org-1', slug: 'kusunoki', name: 'くすのき病院', kind: 'hospital', role: 'editor' };
const VIEWER: OrgSummary = { ...EDITOR, role: 'viewer' };

const totals = { sessions: 0, attendees: 0, drills: 0, sent: 0, clicked: 0, reported: 0, clickRate: null, reportRate: null };
const EMPTY: TrainingYear = {
  fiscalYear: { year: 2026, start: '2026-04-01', end: '2027-03-31', label: '令和8年度' },
  sessions: [],
  drills: [],
  completion: { people: [], notAttended: [], ledgerPeople: 0, totals },
};

const FILLED: TrainingYear = {
  ...EMPTY,
  sessions: [
    {
      id: 's-1',
      heldOn: '2026-06-01',
      topic: '標的型メールへの対応',
      kind: 'group',
      instructor: '情報システム室',
      materialEvidenceId: null,
      material: null,
      note: '',
      attendees: [{ id: 'a-1', accountId: 'acc-1', name: '山田 太郎', department: '医事課' }],
      version: 1,
      updatedAt: '2026-06-01T01:00:00.000Z',
    },
  ],
  drills: [
    {
      id: 'd-1',
      heldOn: '2026-09-01',
      scenario: '宅配便の不在通知',
      sent: 40,
      clicked: 6,
      reported: 10,
      clickRate: 0.15,
      reportRate: 0.25,
      note: '',
      version: 1,
      updatedAt: '2026-09-01T01:00:00.000Z',
    },
  ],
  completion: {
    people: [
      {
        name: '山田 太郎',
        department: '医事課',
        fromLedger: true,
        sessions: [{ id: 's-1', heldOn: '2026-06-01', topic: '標的型メールへの対応' }],
      },
    ],
    notAttended: [{ name: '鈴木 一郎', department: '薬剤部' }],
    ledgerPeople: 2,
    totals: { sessions: 1, attendees: 1, drills: 1, sent: 40, clicked: 6, reported: 10, clickRate: 0.15, reportRate: 0.25 },
  },
};

interface Sent {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

let sent: Sent[] = [];
let writes: [number, unknown][] = [];
let year: TrainingYear = EMPTY;
let root: Root | null = null;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function stubNetwork(): void {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/api/orgs/org-1/training') return json(200, year);
    if (request.method === 'GET' && url.pathname === '/api/orgs/org-1/training/people') {
      const q = url.searchParams.get('q') ?? '';
      const people = [{ accountId: 'acc-2', name: '鈴木 一郎', department: '薬剤部', systemName: 'Windows ドメイン' }];
      return json(200, { people: people.filter((p) => p.name.includes(q)) });
    }
    if (request.method === 'GET' && url.pathname === '/api/orgs/org-1/evidence')
      return json(200, { files: [], maxUploadBytes: 10 * 1048576 });
    const body = JSON.parse((await request.clone().text()) || '{}') as Record<string, unknown>;
    sent.push({ method: request.method, path: url.pathname, body });
    const [status, answer] = writes.shift() ?? [500, { error: { code: 'INTERNAL', message: 'no answer' } }];
    return json(status, answer);
  });
}

function render(org: OrgSummary): void {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const rootRoute = createRootRoute({
    component: () => (
      <NoticeProvider>
        <Outlet />
      </NoticeProvider>
    ),
  });
  const screen = createRoute({ getParentRoute: () => rootRoute, path: '/o/$slug/training', component: () => <TrainingScreen org={org} /> });
  const router = createRouter({
    routeTree: rootRoute.addChildren([screen]),
    history: createMemoryHistory({ initialEntries: ['/o/kusunoki/training'] }),
  });
  root = createRoot(container);
  root.render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router as never} />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  sent = [];
  writes = [];
  year = EMPTY;
  queryClient.clear();
  stubNetwork();
});

afterEach(() => {
  root?.unmount();
  root = null;
  vi.unstubAllGlobals();
});

describe('教育・訓練の記録', () => {
  it('says what to record while the year is empty, and that 未受講 needs the 利用者台帳', async () => {
    render(EDITOR);
    await expect.element(page.getByText(/この年度の研修はまだ記録されていません/)).toBeVisible();
    await expect.element(page.getByText(/この年度の標的型メール訓練はまだ記録されていません/)).toBeVisible();
    await expect.element(page.getByText(/利用者台帳に職員が登録されていないため、未受講の職員は分かりません/)).toBeVisible();
    await expect.element(page.getByRole('button', { name: '研修を記録' })).toBeVisible();
    expect(page.getByRole('link', { name: 'PDF' }).element().getAttribute('href')).toMatch(
      /\/api\/orgs\/org-1\/training\/record\.pdf\?fiscalYear=\d{4}$/,
    );
  });

  it('shows a viewer the year, who was trained and the 未受講 from the 利用者台帳, without buttons', async () => {
    year = FILLED;
    render(VIEWER);
    await expect.element(page.getByRole('rowheader', { name: '鈴木 一郎' })).toBeVisible();
    await expect.element(page.getByText(/利用者台帳 \(有効な個人のアカウント、2 人\) から作っています/)).toBeVisible();
    await expect.element(page.getByText('開封・クリック率 15% / 報告率 25%')).toBeVisible();
    expect(page.getByRole('button', { name: '研修を記録' }).elements()).toHaveLength(0);
    expect(page.getByRole('button', { name: '訓練を記録' }).elements()).toHaveLength(0);
    expect(page.getByRole('button', { name: /変更/ }).elements()).toHaveLength(0);
  });

  it('records a session with a person of the 利用者台帳 and a typed name, and shows a field error beside its field', async () => {
    render(EDITOR);
    await page.getByRole('button', { name: '研修を記録' }).click();
    const form = page.getByRole('form', { name: '研修を記録' });
    await form.getByRole('textbox', { name: '実施日' }).fill('令和8年6月1日');
    await form.getByRole('textbox', { name: '内容 (テーマ)' }).fill('標的型メールへの対応');
    await form.getByRole('combobox', { name: '形式' }).selectOptions('集合研修');
    await form.getByRole('searchbox', { name: /利用者台帳から探す/ }).fill('鈴木');
    await form.getByRole('button', { name: '鈴木 一郎 さんを追加' }).click();
    await form.getByRole('textbox', { name: '名前 (利用者台帳にない人)' }).fill('委託 清掃員');
    await form.getByRole('button', { name: '名前で追加' }).click();
    await expect.element(form.getByRole('button', { name: '委託 清掃員 さんを受講者から外す' })).toBeVisible();
    writes.push([
      400,
      {
        error: {
          code: 'VALIDATION',
          message: '実施日: 未来の日付',
          fields: [{ field: 'heldOn', message: '実施日: 未来の日付 (2027-06-01) は入れられません' }],
        },
      },
    ]);
    await form.getByRole('button', { name: '研修を保存' }).click();
    await expect.element(page.getByText('実施日: 未来の日付 (2027-06-01) は入れられません')).toBeVisible();
    expect(sent[0]).toMatchObject({
      method: 'POST',
      path: '/api/orgs/org-1/training/sessions',
      body: {
        heldOn: '令和8年6月1日',
        topic: '標的型メールへの対応',
        kind: 'group',
        materialEvidenceId: null,
        attendees: [
          { accountId: 'acc-2', name: '鈴木 一郎' },
          { name: '委託 清掃員', department: '' },
        ],
      },
    });
  });
});
