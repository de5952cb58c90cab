// The 緊急時カード through the API: empty ledgers say what is missing (never an empty card that looks
// complete), filled ones give where to cut, whom to call in order with numbers, whom to report to and
// the restore order — on one A4 page of PDF (real Chromium, checked with pdftotext); members only.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
import { type TestDeps, testDeps } from '../../test/harness.ts';
import { memberClient } from '../../test/members.ts';
import { seedOrg } from '../../test/seed.ts';

let deps: TestDeps;
let orgId: string;
let editor: TestClient;
let viewer: TestClient;

function pdfText(bytes: ArrayBuffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-card-'));
  try {
    fs.writeFileSync(path.join(dir, 'f.pdf'), Buffer.from(bytes));
    return execFileSync('pdftotext', ['-layout', path.join(dir, 'f.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  deps = await testDeps();
  orgId = (await seedOrg(deps, { slug: 'card-hospital', name: 'ひまわり病院' })).id;
  editor = await memberClient(deps, orgId, 'editor');
  viewer = await memberClient(deps, orgId, 'viewer');
});
afterAll(() => deps.close());

describe('the 緊急時カード', () => {
  it('says what is missing while the ledgers are empty', async () => {
    const res = await viewer.raw(`/api/orgs/${orgId}/emergency-card/print`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('緊急時カード — サイバー攻撃が疑われたら');
    expect(page).toContain('連絡体制図が登録されていません');
    expect(page).toContain('外部接続点が登録されていません');
    expect(page.match(/連絡体制図に登録がありません/g)).toHaveLength(3); // 厚生労働省, 警察, 保健所
  });

  it('puts where to cut, whom to call in order, whom to report to and the restore order on one A4 page', async () => {
    const contact = (body: Record<string, string>) => editor.post(`/api/orgs/${orgId}/contacts`, body);
    expect(
      (await contact({ side: 'internal', category: '医療情報システム安全管理責任者', personName: '山田 太郎', phone: '内線201' })).status,
    ).toBe(201);
    await contact({ side: 'external', category: '事業者', organizationName: 'カルテ株式会社', phone: '0120-111-222' });
    await contact({ side: 'external', category: '公的機関', organizationName: '○○県警察 サイバー犯罪相談窓口', phone: '011-222-3333' });
    await contact({ side: 'external', category: '公的機関', organizationName: '厚生労働省', phone: '03-6812-7837' });
    await editor.post(`/api/orgs/${orgId}/connections`, { name: '電子カルテ保守用VPN', kind: 'vpn', vendorName: 'カルテ株式会社' });
    await editor.post(`/api/orgs/${orgId}/connections`, { name: '旧PACS回線', kind: 'leased', status: '廃棄' });
    await editor.post(`/api/orgs/${orgId}/backup-plans`, {
      systemName: '電子カルテ',
      vendorName: 'カルテ株式会社',
      places: ['onsite'],
      isolation: 'none',
      restoreOrder: 1,
      recoveryHours: 24,
    });
    const page = await (await viewer.raw(`/api/orgs/${orgId}/emergency-card/print`)).text();
    expect(page).toContain('電子カルテ保守用VPN');
    expect(page).not.toContain('旧PACS回線'); // a retired connection is not where to cut
    expect(page).toContain('つながったままのバックアップ');
    expect(page.indexOf('内線201')).toBeLessThan(page.indexOf('0120-111-222')); // the chart's order
    // reported to: found by their words; the 保健所 is not in the chart, and the card says so
    expect(page).toContain('03-6812-7837');
    expect(page).toContain('011-222-3333');
    expect(page.match(/連絡体制図に登録がありません/g)).toHaveLength(1);

    const pdf = await viewer.raw(`/api/orgs/${orgId}/emergency-card.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-disposition')).toContain(encodeURIComponent('緊急時カード_card-hospital.pdf'));
    const text = pdfText(await pdf.arrayBuffer());
    expect(text.split('\f').filter((p) => p.trim())).toHaveLength(1);
    for (const words of ['ネットワークから切り離す', '証拠を残す', 'この順に連絡する', '報告する', '復旧の順番', '0120-111-222', '24 時間'])
      expect(text).toContain(words);
  }, 60_000);

  it('is not shown to someone who is not a member', async () => {
    const other = (await seedOrg(deps, { slug: 'card-other' })).id;
    const outsider = await memberClient(deps, other, 'admin');
    expect((await outsider.raw(`/api/orgs/${orgId}/emergency-card/print`)).status).toBe(404);
  });
});
