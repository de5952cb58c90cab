// The answer editor in real Chromium, with the network answered by the test: saves run one at a time
// per item (the next one sends the draft as it stands then, on the version the first one got back),
// a 409 opens the conflict dialog and either choice does what it says, and without a network a save
// waits and goes out once the browser is online again.
import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { AssessmentItem } from '../../api-answers.ts';
import { AnswerEditor } from './AnswerEditor.tsx';

const LABEL = '2-⑤ サーバ・端末PC';
const ITEM = {
  id: '2-5',
  section: '2',
  sectionTitle: '医療情報システムの管理・運用',
  no: 5,
  targets: ['server', 'pc'],
  status: 'required',
  text: '退職者や使用していないアカウント等、不要なアカウントを削除している。',
  wording: 'inferred',
  answerType: 'dated',
  skipIfNoVendorContract: false,
  physicalEvidenceRequired: false,
  newInVersion: false,
  guidelineRefs: [],
  notes: null,
  source: null,
  label: LABEL,
  exempt: false,
  exemptReason: null,
  answer: null,
  evidence: [],
} as unknown as AssessmentItem;

interface Sent {
  url: string;
  body: Record<string, unknown>;
  respond: (status: number, body: unknown) => void;
}

let sent: Sent[] = [];
let root: Root | null = null;

/** fetch as the editor calls it; each request waits until the test answers it */
function stubNetwork(): void {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
    const body = JSON.parse((await request.clone().text()) || '{}') as Record<string, unknown>;
    return new Promise<Response>((resolve) => {
      sent.push({
        url: request.url,
        body,
        respond: (status, answer) =>
          resolve(new Response(JSON.stringify(answer), { status, headers: { 'content-type': 'application/json' } })),
      });
    });
  });
}

const answer = (over: Record<string, unknown>) => ({
  firstAnswer: 'yes',
  firstDate: '2025-06-01',
  targetDate: null,
  secondAnswer: null,
  secondDate: null,
  note: '',
  outOfScope: false,
  suggestion: null,
  version: 1,
  updatedAt: '2025-06-01T01:00:00.000Z',
  updatedBy: 'nurse01',
  ...over,
});

const savedAnswer = (over: Record<string, unknown>) => ({
  answer: answer(over),
  exempt: false,
  exemptReason: null,
  progress: { answered: 1, total: 17 },
  gaps: [],
});

function renderEditor(): { saved: unknown[]; stale: number[] } {
  const saved: unknown[] = [];
  const stale: number[] = [];
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  root = createRoot(container);
  root.render(
    <QueryClientProvider client={client}>
      <AnswerEditor
        orgId="org-1"
        assessmentId="sheet-1"
        item={ITEM}
        fiscalYear={2025}
        onSaved={(_, s) => saved.push(s)}
        onStale={() => stale.push(1)}
        onPending={() => undefined}
        announce={() => undefined}
      />
    </QueryClientProvider>,
  );
  return { saved, stale };
}

const first = () => page.getByRole('group', { name: `${LABEL} 1回目` });
const note = () => page.getByRole('textbox', { name: `${LABEL} メモ` });
const foot = () => document.querySelector('.answer-foot')?.textContent ?? '';

beforeEach(() => {
  sent = [];
  onlineManager.setOnline(true);
  stubNetwork();
});

afterEach(() => {
  root?.unmount();
  root = null;
  vi.unstubAllGlobals();
  onlineManager.setOnline(true);
});

describe('AnswerEditor: the autosave queue', () => {
  it('sends one save at a time; the one asked for meanwhile goes next, with the latest draft on the new version', async () => {
    const { saved } = renderEditor();
    await first().getByRole('radio', { name: 'はい' }).click();
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]?.url).toContain('/api/orgs/org-1/assessments/sheet-1/answers/2-5');
    expect(sent[0]?.body).toMatchObject({ firstAnswer: 'yes', version: 0 });
    expect(foot()).toContain('保存中');

    // typed and left while the first save is under way: nothing is sent beside it
    await note().fill('棚卸しは年2回');
    (document.activeElement as HTMLElement | null)?.blur();
    await new Promise((r) => requestAnimationFrame(r));
    expect(sent.length).toBe(1);
    // waiting for the save before it is not being offline
    expect(foot()).not.toContain('ネットワーク');

    sent[0]?.respond(200, savedAnswer({ version: 1 }));
    await expect.poll(() => sent.length).toBe(2);
    expect(sent[1]?.body).toMatchObject({ firstAnswer: 'yes', note: '棚卸しは年2回', version: 1 });
    sent[1]?.respond(200, savedAnswer({ version: 2, note: '棚卸しは年2回' }));
    await expect.poll(foot).toContain('保存しました');
    expect(saved).toHaveLength(2);
    expect(sent.length).toBe(2);
  });

  it('keeps a save without a network waiting, says so, and sends it when the browser is online again', async () => {
    renderEditor();
    onlineManager.setOnline(false);
    await first().getByRole('radio', { name: 'いいえ' }).click();
    await expect.poll(foot).toContain('ネットワークにつながっていません');
    expect(sent.length).toBe(0);
    onlineManager.setOnline(true);
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]?.body).toMatchObject({ firstAnswer: 'no' });
    sent[0]?.respond(200, savedAnswer({ firstAnswer: 'no', version: 1 }));
    await expect.poll(foot).toContain('保存しました');
  });
});

describe('ConflictDialog: someone else saved first', () => {
  async function conflict(): Promise<{ stale: number[] }> {
    const { stale } = renderEditor();
    await first().getByRole('radio', { name: 'いいえ' }).click();
    await expect.poll(() => sent.length).toBe(1);
    sent[0]?.respond(409, {
      error: {
        code: 'CONFLICT',
        message: 'ほかの人 (山田) が先にこの項目を保存しました。',
        details: { current: answer({ version: 3, updatedBy: '山田', note: '山田のメモ' }), updatedBy: '山田' },
      },
    });
    await expect.element(page.getByRole('dialog', { name: 'ほかの人 (山田) が先に保存しました' })).toBeVisible();
    return { stale };
  }

  it("shows both answers, and overwriting sends mine on the other person's version", async () => {
    await conflict();
    const dialog = page.getByRole('dialog', { name: 'ほかの人 (山田) が先に保存しました' });
    expect(dialog.element().textContent).toContain('山田 さんの内容');
    expect(dialog.element().textContent).toContain('あなたの内容 (まだ保存されていません)');
    await dialog.getByRole('button', { name: '自分の内容で上書きする' }).click();
    await expect.poll(() => sent.length).toBe(2);
    expect(sent[1]?.body).toMatchObject({ firstAnswer: 'no', version: 3 });
    sent[1]?.respond(200, savedAnswer({ firstAnswer: 'no', version: 4 }));
    await expect.poll(foot).toContain('保存しました');
  });

  it('taking theirs sends nothing, shows their answer and asks the sheet to reload; later keeps the choice open', async () => {
    const { stale } = await conflict();
    const dialog = page.getByRole('dialog', { name: 'ほかの人 (山田) が先に保存しました' });
    await dialog.getByRole('button', { name: 'あとで決める' }).click();
    await expect.poll(foot).toContain('ほかの人が先に保存しました');
    await page.getByRole('button', { name: '内容を比べて選ぶ' }).click();
    await dialog.getByRole('button', { name: '山田 さんの内容にする' }).click();
    await expect.poll(() => stale.length).toBe(1);
    await expect.element(note()).toHaveValue('山田のメモ');
    expect(sent.length).toBe(1);
  });
});
