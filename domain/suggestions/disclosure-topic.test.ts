import { describe, expect, it } from 'vitest';
import { suggest } from './suggest.ts';
import { facts } from './test-facts.ts';
import type { DisclosureFact } from './types.ts';

const institutionItem = {
  text: '事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう。',
  targets: [],
};
const vendorItem = { text: '医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。', targets: [] };
const system = (over: Partial<DisclosureFact> = {}): DisclosureFact => ({
  vendorName: 'カルテ株式会社',
  systemName: '電子カルテ',
  documents: [{ kind: 'mds', issuedOn: '2025-04-01', withFile: true }],
  problems: [],
  ...over,
});

describe('2(3) MDS/SDS from the 事業者台帳', () => {
  it('says はい only when every system in use has its MDS/SDS with the file kept', () => {
    const s = suggest(institutionItem, facts({ disclosures: [system(), system({ vendorName: 'PACS社', systemName: 'PACS' })] }));
    expect(s?.topic).toBe('disclosure');
    expect(s?.answer).toBe('yes');
    expect(s?.reasons[0]).toContain('使用中のシステム 2 件すべてに MDS/SDS の記録とファイルがあります');
  });

  it('says いいえ naming the systems without one, and cannot tell without systems or without the file', () => {
    const no = suggest(
      institutionItem,
      facts({ disclosures: [system(), system({ vendorName: 'PACS社', systemName: 'PACS', documents: [] })] }),
    );
    expect(no?.answer).toBe('no');
    expect(no?.reasons).toEqual(['MDS/SDS を受け取った記録がないシステムがあります: PACS社 PACS']);
    expect(suggest(institutionItem, facts({ disclosures: [] }))?.answer).toBe('unknown');
    const noFile = suggest(
      institutionItem,
      facts({ disclosures: [system({ documents: [{ kind: 'mds', issuedOn: null, withFile: false }] })] }),
    );
    expect(noFile?.answer).toBe('unknown');
  });

  it('reads only the vendor’s own systems on a 事業者確認用, and tells いいえ annex items as Mamori’s advice', () => {
    const list = [
      system({ problems: ['MDS の別紙で「いいえ」の項目: 3'] }),
      system({ vendorName: 'PACS社', systemName: 'PACS', documents: [] }),
    ];
    const s = suggest(vendorItem, facts({ disclosures: list, forVendor: '(株)カルテ' }));
    expect(s?.answer).toBe('yes');
    expect(s?.cannotTell).toContain('カルテ株式会社 電子カルテ: MDS の別紙で「いいえ」の項目: 3 (Mamori の助言)');
    expect(suggest(vendorItem, facts({ disclosures: list, forVendor: '別の会社' }))?.reasons[0]).toMatch(
      /事業者台帳に「別の会社」の使用中のシステムがありません/,
    );
  });

  it('reads only the form’s own system when it names one', () => {
    const list = [system(), system({ systemName: 'PACS', documents: [] })];
    expect(suggest(vendorItem, facts({ disclosures: list, forVendor: 'カルテ株式会社', forSystem: '電子カルテ' }))?.answer).toBe('yes');
    expect(suggest(vendorItem, facts({ disclosures: list, forVendor: 'カルテ株式会社', forSystem: 'ｐａｃｓ' }))?.answer).toBe('no');
  });
});
