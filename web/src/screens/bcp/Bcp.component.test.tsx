// BCP (事業継続計画) in real Chromium, with the network answered by the test: the 確認表 not started
// yet shows the registers' suggestions and starts carrying last year's answers; a row never seen in any
// source says so and has no form; an editor answers a row with the version read (a 409 told beside it);
// what to record while there is no exercise; a viewer sees exercises and 期限切れ actions without
// buttons; an editor records an exercise (a server's field error beside its field) and marks an action
// done with the version read.
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, Outlet, RouterProvider } from '@tanstack/react-router';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { BcpExercise, BcpSheet } from '../../api/bcp.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { NoticeProvider } from '../../notice.tsx';
import { queryClient } from '../../query.ts';
import { BcpScreen } from './BcpScreen.tsx';

const EDITOR: OrgSummary = { id: 'org-1', slug: 'kusunoki', name: 'くすのき病院', kind: 'hospital', role: 'editor' };
const VIEWER: OrgSummary = { ...EDITOR, role: 'viewer' };

const EXERCISE: BcpExercise = {
  id: 'e-1',
  heldOn: '2026-10-01',
  scenario: 'ランサムウェアで電子カルテが停止',
  kind: 'tabletop',
  participants: ['院長', '情報システム室'],
  wentWell: '連絡体制図どおりに連絡できた',
  problems: '紙カルテへの切り替え手順がなかった',
  evidenceId: null,
  evidence: null,
  note: '',
  actions: [
    {
      id: 'a-1',
      what: '紙カルテへの切り替え手順を作る',
      owner: '医事課',
      dueOn: '2026-11-01',
      doneOn: null,
      state: 'overdue',
      version: 3,
      updatedAt: '2026-10-02T01:00:00.000Z',
    },
  ],
  open: 1,
  overdue: 1,
  version: 1,
  updatedAt: '2026-10-01T01:00:00.000Z',
};

const PREFILL = {
  answer: 'yes' as const,
  reasons: ['連絡体制図に組織内 2 件、外部関係機関 3 件の連絡先があり、2026-10-01 に確認しています。'],
  cannotTell: ['連絡先の番号が今も正しいか (電話をかけて確かめます)。'],
  rows: [],
  basis: '連絡体制図',
};
const check = (over: Partial<BcpSheet['steps'][number]['mamori'][number]>) => ({
  key: '1-2.1',
  text: 'インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図が整備できているか。',
  provenance: 'verbatim' as const,
  origin: 'sheet' as const,
  correction: null,
  answerable: true,
  prefill: null,
  answer: null,
  ...over,
});
const SHEET: BcpSheet = {
  fiscalYear: 2026,
  fiscalYearLabel: '令和8年度',
  title: 'サイバー攻撃を想定した事業継続計画（BCP）策定の確認表',
  edition: '【医療機関用】',
  source: '厚生労働省 (2024-06-06)',
  headerNote: '※医療機関がBCPを策定する際、最低限必要な事項を網羅しているか、確認のために使用するものです',
  years: [2025],
  carryFrom: 2025,
  sheet: null,
  steps: [
    {
      no: '1',
      title: '平時',
      description: '平時において、非常時に備え、サイバーセキュリティの体制整備を行う。',
      descriptionProvenance: 'verbatim',
      incomplete: true,
      groups: [
        {
          no: '1-2',
          title: '非常時に備えたサイバーセキュリティ体制の整備とリスク検知のための情報収集',
          titleProvenance: 'verbatim',
          titleCorrection: null,
          note: null,
          checks: [check({ prefill: PREFILL })],
        },
      ],
      mamori: [],
    },
    {
      no: '4',
      title: '復旧処理',
      description: '復旧計画に基づく対応',
      descriptionProvenance: 'inferred',
      incomplete: true,
      groups: [
        {
          no: '4-1',
          title: null,
          titleProvenance: 'unknown',
          titleCorrection: null,
          note: null,
          checks: [check({ key: '4-1.1', text: null, provenance: 'unknown', answerable: false })],
        },
      ],
      mamori: [
        check({ key: 'm4.1', text: 'システムを復旧する順序と目標復旧時間が決まっているか。', provenance: 'mamori', origin: 'mamori' }),
      ],
    },
  ],
  summary: { total: 2, yes: 0, no: 0, unanswered: 2, carried: 0, unseen: 1 },
};
const STARTED: BcpSheet = {
  ...SHEET,
  years: [2026, 2025],
  carryFrom: null,
  sheet: {
    id: 's-1',
    carriedFrom: 2025,
    planOn: '2026-04-01',
    planEvidenceId: null,
    planEvidence: null,
    planNote: '',
    version: 2,
    updatedAt: '2026-11-01T01:00:00.000Z',
  },
};

interface Sent {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

let sent: Sent[] = [];
let writes: [number, unknown][] = [];
let exercises: BcpExercise[] = [];
let sheet: BcpSheet = SHEET;
let root: Root | null = null;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function stubNetwork(): void {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/api/orgs/org-1/bcp/exercises') return json(200, { exercises });
    if (request.method === 'GET' && url.pathname === '/api/orgs/org-1/bcp/sheet') return json(200, sheet);
    if (request.method === 'GET' && url.pathname === '/api/orgs/org-1/evidence')
      return json(200, { files: [{ id: 'f-1', fileName: '議事録.pdf' }], maxUploadBytes: 10 * 1048576 });
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
  const screen = createRoute({ getParentRoute: () => rootRoute, path: '/o/$slug/bcp', component: () => <BcpScreen org={org} /> });
  const router = createRouter({
    routeTree: rootRoute.addChildren([screen]),
    history: createMemoryHistory({ initialEntries: ['/o/kusunoki/bcp'] }),
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
  exercises = [];
  sheet = SHEET;
  queryClient.clear();
  stubNetwork();
});

afterEach(() => {
  root?.unmount();
  root = null;
  vi.unstubAllGlobals();
});

describe('the BCP 確認表', () => {
  it('shows the registers’ suggestions before the sheet is started, and starts it carrying last year’s answers', async () => {
    render(EDITOR);
    await expect
      .element(page.getByRole('heading', { level: 2, name: 'サイバー攻撃を想定した事業継続計画（BCP）策定の確認表' }))
      .toBeVisible();
    await expect.element(page.getByText(/この年度の確認表はまだ始められていません/)).toBeVisible();
    await expect.element(page.getByText('台帳からの提案 (連絡体制図): はい')).toBeVisible();
    // the inferred row and the unseen one say so; the unseen one has no form
    await expect.element(page.getByText('推定', { exact: true }).first()).toBeVisible(); // step 4's description
    await expect.element(page.getByText(/この確認項目の原文は、資料で確認できていません/)).toBeVisible();
    await expect.element(page.getByText('(大項目名を確認できていません)')).toBeVisible();
    await expect.element(page.getByRole('heading', { name: /Mamori の確認項目/ })).toBeVisible();
    expect(page.getByRole('form').elements()).toHaveLength(0);
    writes.push([201, STARTED]);
    sheet = STARTED;
    await page.getByRole('button', { name: '令和7年度の回答を引き継いで始める' }).click();
    await expect.element(page.getByText('はい 0 ・ いいえ 0 ・ 未回答 2 (確認項目 2)')).toBeVisible();
    await expect.element(page.getByRole('form', { name: /^インシデント発生時における組織内と外部関係機関/ })).toBeVisible();
    expect(sent[0]).toMatchObject({ method: 'POST', path: '/api/orgs/org-1/bcp/sheet', body: { fiscalYear: 2026 } });
  });

  it('answers a row with the version read, choosing as suggested, and tells a conflict beside it', async () => {
    sheet = STARTED;
    render(EDITOR);
    const form = page.getByRole('form', { name: /^インシデント発生時における組織内と外部関係機関/ });
    await form.getByRole('button', { name: '提案どおりに選ぶ' }).click();
    await expect.element(form.getByRole('radio', { name: 'はい' })).toBeChecked();
    await form.getByText('備考・証跡', { exact: true }).click();
    await form.getByRole('textbox', { name: '備考' }).fill('連絡体制図 (令和8年10月確認)');
    writes.push([409, { error: { code: 'CONFLICT', message: 'ほかの人が先にこの確認項目 (1-2.1) の回答を保存しました。' } }]);
    await form.getByRole('button', { name: '回答を保存' }).click();
    await expect.element(page.getByText(/ほかの人が先にこの確認項目 \(1-2.1\) の回答を保存しました/)).toBeVisible();
    expect(sent[0]).toMatchObject({
      method: 'PUT',
      path: '/api/orgs/org-1/bcp/sheet/answer',
      body: { fiscalYear: 2026, checkKey: '1-2.1', value: 'yes', note: '連絡体制図 (令和8年10月確認)', evidenceId: null, version: 0 },
    });
    await expect.element(form.getByRole('radio', { name: 'はい' })).toBeChecked();
    await expect.element(page.getByText(/令和7年度の回答を引き継いでいます/)).toBeVisible();
  });
});

describe('BCP の訓練・演習', () => {
  it('says what to record while there is no exercise', async () => {
    render(EDITOR);
    await expect.element(page.getByRole('heading', { level: 1, name: 'BCP (事業継続計画)' })).toBeVisible();
    await expect.element(page.getByText(/訓練・演習はまだ記録されていません/)).toBeVisible();
    await expect.element(page.getByRole('button', { name: '訓練・演習を記録' })).toBeVisible();
  });

  it('shows a viewer the exercises and a 期限切れ action, without buttons', async () => {
    exercises = [EXERCISE];
    render(VIEWER);
    await expect.element(page.getByRole('rowheader', { name: /ランサムウェアで電子カルテが停止/ })).toBeVisible();
    await expect.element(page.getByText('期限切れ 1 件')).toBeVisible();
    await expect.element(page.getByText('机上訓練')).toBeVisible();
    const actions = page.getByRole('table').nth(1);
    await expect.element(actions.getByRole('rowheader', { name: '紙カルテへの切り替え手順を作る' })).toBeVisible();
    await expect.element(actions.getByText('期限切れ', { exact: true })).toBeVisible();
    expect(page.getByRole('button').elements()).toHaveLength(0);
  });

  it('records an exercise and shows a server’s field error beside its field', async () => {
    render(EDITOR);
    await page.getByRole('button', { name: '訓練・演習を記録' }).click();
    const form = page.getByRole('form', { name: '訓練・演習を記録' });
    await form.getByRole('textbox', { name: '実施日' }).fill('令和8年10月1日');
    await form.getByRole('textbox', { name: '想定 (シナリオ)' }).fill('ランサムウェアで電子カルテが停止');
    await form.getByRole('combobox', { name: '種類' }).selectOptions('連絡訓練');
    await form.getByRole('textbox', { name: '参加者' }).fill('院長\n情報システム室');
    await form.getByRole('combobox', { name: /証跡/ }).selectOptions('議事録.pdf');
    writes.push([
      400,
      {
        error: {
          code: 'VALIDATION',
          message: '実施日: 未来の日付',
          fields: [{ field: 'heldOn', message: '実施日: 未来の日付 (2027-10-01) は入れられません' }],
        },
      },
    ]);
    await form.getByRole('button', { name: '保存' }).click();
    await expect.element(page.getByText('実施日: 未来の日付 (2027-10-01) は入れられません')).toBeVisible();
    expect(sent[0]).toMatchObject({
      method: 'POST',
      path: '/api/orgs/org-1/bcp/exercises',
      body: {
        heldOn: '令和8年10月1日',
        scenario: 'ランサムウェアで電子カルテが停止',
        kind: 'contact',
        participants: '院長\n情報システム室',
        evidenceId: 'f-1',
      },
    });
  });

  it('marks an action done with the version read', async () => {
    exercises = [EXERCISE];
    render(EDITOR);
    await page.getByRole('button', { name: '変更・完了にする: 紙カルテへの切り替え手順を作る' }).click();
    const form = page.getByRole('form', { name: '変更・完了にする' });
    await form.getByRole('textbox', { name: '完了日' }).fill('2026-11-20');
    writes.push([200, { ...EXERCISE.actions[0], doneOn: '2026-11-20', state: 'done', version: 4 }]);
    await form.getByRole('button', { name: '保存' }).click();
    await expect.element(page.getByRole('form', { name: '変更・完了にする' })).not.toBeInTheDocument();
    expect(sent[0]).toMatchObject({
      method: 'PUT',
      path: '/api/orgs/org-1/bcp/exercises/e-1/actions/a-1',
      body: { what: '紙カルテへの切り替え手順を作る', owner: '医事課', dueOn: '2026-11-01', doneOn: '2026-11-20', version: 3 },
    });
  });
});
