// The バックアップ台帳 list and form in real Chromium, with the network answered by the test: an empty
// ledger says what to register; each problem shows whose rule it is (手引き / 厚生労働省の研修資料 /
// Mamori の目安); a viewer gets no add button; the form sends what was entered, shows the server's
// field error next to its field and the server's message on a conflict.
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, Outlet, RouterProvider } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { BackupPlan } from '../../api/backup-ledger.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { NoticeProvider } from '../../notice.tsx';
import { queryClient } from '../../query.ts';
import { BackupLedgerScreen } from './BackupLedgerScreen.tsx';
import { BackupPlanForm } from './BackupPlanForm.tsx';

const ORG: OrgSummary = { id: 'org-1', slug: 'kusunoki', name: 'くすのき病院', kind: 'hospital', role: 'editor' };

const PLAN: BackupPlan = {
  id: 'plan-1',
  systemName: '電子カルテ',
  vendorName: 'ABCメディカル',
  scope: ['data'],
  frequency: 'daily',
  method: 'NAS へ毎晩',
  generations: 1,
  places: ['same_room'],
  isolation: 'none',
  separateNetwork: false,
  encrypted: null,
  responsible: '',
  restoreOrder: 1,
  recoveryHours: null,
  restoreProcedure: '',
  procedureEvidenceId: null,
  procedureEvidence: null,
  status: 'active',
  note: '',
  lastTest: null,
  tests: 0,
  nextTestDue: null,
  problems: [
    {
      kind: 'no-isolated',
      severity: 'high',
      source: 'training',
      title: 'オフラインまたは改ざんできない (イミュータブル) バックアップがありません',
      detail: 'オフライン等のバックアップを検討し、実施してください (厚生労働省の研修資料)',
    },
    {
      kind: 'one-generation',
      severity: 'medium',
      source: 'guide',
      title: 'バックアップを 1 世代しか保持していません',
      detail: '世代管理をしてください (手引き)',
    },
    {
      kind: 'never-tested',
      severity: 'medium',
      source: 'mamori',
      title: '復旧テストの記録がありません',
      detail: '12 か月ごとに試して記録してください (Mamori の目安)',
    },
  ],
  version: 3,
  updatedAt: '2026-05-01T01:00:00.000Z',
};

interface Sent {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

let sent: Sent[] = [];
/** the answers to the writes, in order: [status, body] */
let writes: [number, unknown][] = [];
let plans: BackupPlan[] = [];
let root: Root | null = null;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function stubNetwork(): void {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
    const path = new URL(request.url).pathname;
    if (request.method === 'GET' && path === '/api/orgs/org-1/backup-plans') return json(200, { plans });
    if (request.method === 'GET' && path === '/api/orgs/org-1/evidence') return json(200, { files: [], maxUploadBytes: 10 * 1048576 });
    const body = JSON.parse((await request.clone().text()) || '{}') as Record<string, unknown>;
    sent.push({ method: request.method, path, body });
    const [status, answer] = writes.shift() ?? [500, { error: { code: 'INTERNAL', message: 'no answer' } }];
    return json(status, answer);
  });
}

function render(ui: () => ReactNode): void {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const rootRoute = createRootRoute({
    component: () => (
      <NoticeProvider>
        <Outlet />
      </NoticeProvider>
    ),
  });
  const screen = createRoute({ getParentRoute: () => rootRoute, path: '/o/$slug/backups', component: ui });
  const router = createRouter({
    routeTree: rootRoute.addChildren([screen]),
    history: createMemoryHistory({ initialEntries: ['/o/kusunoki/backups'] }),
  });
  root = createRoot(container);
  root.render(
    <QueryClientProvider client={queryClient}>
      {/* a router of this test's own, not the app's (routes.tsx) */}
      <RouterProvider router={router as never} />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  sent = [];
  writes = [];
  plans = [];
  queryClient.clear();
  stubNetwork();
});

afterEach(() => {
  root?.unmount();
  root = null;
  vi.unstubAllGlobals();
});

describe('the バックアップ台帳 list', () => {
  it('says what to register while empty, and offers the form to those who may write', async () => {
    render(() => <BackupLedgerScreen org={ORG} />);
    await expect
      .element(
        page.getByText(
          'まだシステムのバックアップが登録されていません。電子カルテなど、システムごとにバックアップの方法と復旧手順を登録します。',
        ),
      )
      .toBeVisible();
    await expect.element(page.getByRole('button', { name: 'システムのバックアップを登録' })).toBeVisible();
    expect(page.getByRole('link', { name: 'Excel' }).element().getAttribute('href')).toBe(
      '/api/orgs/org-1/backup-plans/export?format=xlsx',
    );
  });

  it("shows each plan's problems with whose rule it is, the worst first in the count, and no add button for a viewer", async () => {
    plans = [PLAN];
    render(() => <BackupLedgerScreen org={{ ...ORG, role: 'viewer' }} />);
    const row = page.getByRole('row', { name: /電子カルテ/ });
    await expect.element(row).toBeVisible();
    const problems = [...row.element().querySelectorAll('li')].map((li) => li.textContent);
    expect(problems).toEqual([
      '高 オフラインまたは改ざんできない (イミュータブル) バックアップがありません 基準: 厚生労働省の研修資料',
      '中 バックアップを 1 世代しか保持していません 基準: 手引き',
      '中 復旧テストの記録がありません 基準: Mamori の目安',
    ]);
    const text = row.element().textContent ?? '';
    expect(text).toContain('高 3 件');
    expect(text).toContain('記録なし');
    expect(page.getByRole('link', { name: '電子カルテ' }).element().getAttribute('href')).toBe('/o/kusunoki/backups/plan-1');
    expect(page.getByRole('button', { name: 'システムのバックアップを登録' }).query()).toBeNull();
  });
});

describe('the backup form', () => {
  it('sends the values entered and shows the server’s field error next to its field', async () => {
    render(() => <BackupLedgerScreen org={ORG} />);
    await page.getByRole('button', { name: 'システムのバックアップを登録' }).click();
    await page.getByRole('textbox', { name: 'システム', exact: true }).fill('電子カルテ');
    await page.getByRole('checkbox', { name: 'データ' }).click();
    await page.getByRole('checkbox', { name: '設定' }).click();
    await page.getByRole('combobox', { name: '頻度' }).selectOptions('毎日');
    await page.getByRole('textbox', { name: '保持する世代数' }).fill('0');
    await page.getByRole('checkbox', { name: '別の建物' }).click();
    await page.getByRole('combobox', { name: 'オフライン・改ざんできないコピー' }).selectOptions('オフラインのコピーあり');
    await page.getByRole('combobox', { name: 'システムと別のネットワークのコピー' }).selectOptions('なし');
    await page.getByRole('combobox', { name: '暗号化' }).selectOptions('あり');
    await page.getByRole('textbox', { name: '復旧手順' }).fill('BCP 12 ページ');
    writes.push([
      400,
      {
        error: {
          code: 'VALIDATION',
          message: '保持する世代数: 1〜10000 の整数にしてください (「0」)',
          fields: [{ field: 'generations', message: '保持する世代数: 1〜10000 の整数にしてください (「0」)' }],
        },
      },
    ]);
    await page.getByRole('button', { name: '保存する' }).click();
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.path).toBe('/api/orgs/org-1/backup-plans');
    expect(sent[0]?.body).toMatchObject({
      systemName: '電子カルテ',
      scope: ['data', 'config'],
      frequency: 'daily',
      generations: '0',
      places: ['other_building'],
      isolation: 'offline',
      separateNetwork: false,
      encrypted: true,
      restoreOrder: null,
      restoreProcedure: 'BCP 12 ページ',
      procedureEvidenceId: null,
      status: 'active',
    });
    const generations = page.getByRole('textbox', { name: '保持する世代数' });
    await expect.element(generations).toHaveAttribute('aria-invalid', 'true');
    await expect.element(generations).toHaveAccessibleDescription(/1〜10000 の整数にしてください/);
    // another field's error does not stand by this one
    await expect.element(page.getByRole('textbox', { name: 'システム', exact: true })).not.toHaveAttribute('aria-invalid');
  });

  it('changes a plan on the version read, and shows the server’s message on a conflict', async () => {
    const reloads: number[] = [];
    render(() => (
      <BackupPlanForm org={ORG} plan={PLAN} onClose={() => undefined} onSaved={() => undefined} onReload={() => reloads.push(1)} />
    ));
    await expect.element(page.getByRole('textbox', { name: '保持する世代数' })).toHaveValue('1');
    await expect.element(page.getByRole('checkbox', { name: 'システムと同じ部屋' })).toBeChecked();
    await page.getByRole('textbox', { name: '保持する世代数' }).fill('7');
    const message = 'ほかの人が先にこのシステムのバックアップを変更しました。読み込み直してから、もう一度変更してください。';
    writes.push([409, { error: { code: 'CONFLICT', message } }]);
    await page.getByRole('button', { name: '保存する' }).click();
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]?.method).toBe('PUT');
    expect(sent[0]?.path).toBe('/api/orgs/org-1/backup-plans/plan-1');
    expect(sent[0]?.body).toMatchObject({
      systemName: '電子カルテ',
      generations: '7',
      version: 3,
      separateNetwork: false,
      encrypted: null,
    });
    await expect.element(page.getByRole('alert')).toHaveTextContent(message);
    await page.getByRole('button', { name: '最新の内容を読み込む' }).click();
    expect(reloads).toEqual([1]);
  });
});
