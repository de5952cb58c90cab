import { describe, expect, it } from 'vitest';
import { type CoverageForm, vendorFormRules, vendorKey } from './vendor-forms.ts';

const form = (
  f: string,
  vendorName: string | null,
  items: [string, 'answered' | 'out' | 'none' | 'out-reference'][],
  systemName: string | null = null,
): CoverageForm => ({
  title: vendorName ? `事業者確認用 ${vendorName}` : '医療機関確認用',
  form: f,
  vendorName,
  systemName,
  items: items.map(([id, s]) => ({
    id,
    label: id,
    answered: s === 'answered',
    outOfScope: s.startsWith('out'),
    checked: s !== 'out-reference',
  })),
});
const input = { contractedVendors: [] as string[], hasVendorContract: true, vendorFormAvailable: true, versionLabel: '令和5年度版' };

describe('vendorKey', () => {
  it('meets spellings of one company', () => {
    expect(vendorKey('株式会社 ＡＢＣ メディカル')).toBe(vendorKey('ABCメディカル(株)'));
    expect(vendorKey('㈱ABC')).toBe(vendorKey('abc'));
    expect(vendorKey('A社')).not.toBe(vendorKey('B社'));
  });
});

describe('vendorFormRules', () => {
  it('asks for one 事業者確認用 per vendor of the chart', () => {
    const r = vendorFormRules({ ...input, contractedVendors: ['A社', 'B社'], forms: [form('vendor', '株式会社A社', [])] });
    expect(r.vendors).toEqual([
      { name: 'A社', hasForm: true, inChart: true, source: 'chart', systems: [] },
      { name: 'B社', hasForm: false, inChart: true, source: 'chart', systems: [] },
    ]);
    expect(r.gaps.map((g) => g.message)).toEqual(['事業者確認用がありません: B社 (連絡体制図の事業者)']);
  });

  it('asks for the vendors when there is a contract but none is known, and nothing without a contract', () => {
    expect(vendorFormRules({ ...input, forms: [] }).gaps).toHaveLength(1);
    expect(vendorFormRules({ ...input, hasVendorContract: false, contractedVendors: ['A社'], forms: [] }).gaps).toEqual([]);
  });

  it('accepts a 契約範囲外 item answered by the institution or another vendor, and names it otherwise', () => {
    const a = form('vendor', 'A社', [
      ['2-4.server', 'out'],
      ['2-7.network', 'out'],
    ]);
    const b = form('vendor', 'B社', [
      ['2-4.server', 'answered'],
      ['2-7.network', 'none'],
    ]);
    const inst = form('institution', null, [['2-7.network', 'none']]);
    const r = vendorFormRules({ ...input, contractedVendors: ['A社', 'B社'], forms: [inst, a, b] });
    expect(r.gaps).toEqual([
      { assessment: '事業者確認用 A社', itemId: '2-7.network', message: expect.stringContaining('2-7.network: 契約範囲外ですが') },
    ]);
  });

  it('tells, without a gap, when the version has no 事業者確認用 and when a form’s vendor is not in the chart', () => {
    const r = vendorFormRules({ ...input, vendorFormAvailable: false, versionLabel: '令和7年度版', forms: [] });
    expect(r.gaps).toEqual([]);
    expect(r.notices).toEqual([expect.stringMatching(/^令和7年度版の事業者確認用は/)]);
    const notInChart = vendorFormRules({ ...input, forms: [form('vendor', 'C社', [])] });
    expect(notInChart.notices).toEqual([
      expect.stringContaining('事業者「C社」の事業者確認用がありますが、事業者台帳にも連絡体制図にも載っていません'),
    ]);
    expect(notInChart.gaps).toEqual([]);
  });

  it('needs nothing for a 参考項目 a vendor marked 契約範囲外 (参考項目 are not checked, 手引き R5)', () => {
    const a = form('vendor', 'A社', [['2-9.server', 'out-reference']]);
    expect(vendorFormRules({ ...input, contractedVendors: ['A社'], forms: [form('institution', null, []), a] }).gaps).toEqual([]);
  });

  describe('with the 事業者台帳', () => {
    const ledger = [
      { name: '株式会社メディカルA', systems: ['電子カルテ', 'PACS'], chartName: 'メディカルＡ' },
      { name: 'ネットB', systems: ['院内LAN'], chartName: null },
      { name: '清掃C', systems: [], chartName: null },
    ];

    it('asks per vendor with a system in use, merges its chart entry, and keeps the chart vendors the ledger lacks', () => {
      const r = vendorFormRules({
        ...input,
        ledgerVendors: ledger,
        contractedVendors: ['メディカルA', 'D社', '清掃C'],
        forms: [form('vendor', 'メディカルA(株)', [], 'PACS')],
      });
      expect(r.vendors.map((v) => [v.name, v.source, v.hasForm, v.inChart])).toEqual([
        ['株式会社メディカルA', 'ledger', true, true],
        ['ネットB', 'ledger', false, false],
        ['D社', 'chart', false, true],
        ['清掃C', 'chart', false, true],
      ]);
      expect(r.gaps.map((g) => g.message)).toEqual([
        '事業者確認用がありません: ネットB (事業者台帳の事業者)',
        '事業者確認用がありません: D社 (連絡体制図の事業者)',
        '事業者確認用がありません: 清掃C (連絡体制図の事業者)',
      ]);
      expect(r.notices).toEqual([expect.stringContaining('事業者台帳の事業者「ネットB」が連絡体制図に載っていません')]);
    });

    it('asks per vendor and system when the institution chooses so, naming each system missing', () => {
      const r = vendorFormRules({
        ...input,
        formsPer: 'system',
        ledgerVendors: ledger,
        contractedVendors: [],
        forms: [form('vendor', 'メディカルA', [], 'ｐａｃｓ'), form('vendor', 'ネットB', [], null)],
      });
      expect(r.vendors[0]).toMatchObject({
        hasForm: false,
        systems: [
          { name: '電子カルテ', hasForm: false },
          { name: 'PACS', hasForm: true },
        ],
      });
      expect(r.gaps.map((g) => g.message)).toEqual([
        '事業者確認用がありません: 株式会社メディカルA / 電子カルテ (事業者台帳のシステム)',
        '事業者確認用がありません: ネットB / 院内LAN (事業者台帳のシステム)',
      ]);
    });

    it('does not call a form of a ledger vendor without a system in use unknown', () => {
      const r = vendorFormRules({ ...input, ledgerVendors: ledger, contractedVendors: [], forms: [form('vendor', '清掃C', [])] });
      expect(r.vendors.find((v) => v.name === '清掃C')).toMatchObject({ source: 'form', hasForm: true });
      expect(r.notices.some((n) => n.includes('清掃C'))).toBe(false);
    });
  });
});

describe('a ledger vendor and its 連絡体制図 entry spelled otherwise', () => {
  it('counts a form named as the chart names it, and keeps a vendor whose name is another’s chart spelling', () => {
    const ledger = [
      { name: 'エービーシー医療', systems: ['電子カルテ'], chartName: 'ABC Medical' },
      { name: 'NECソリューション', systems: ['PACS'], chartName: 'NEC' },
      { name: 'NEC', systems: ['医事会計'], chartName: null },
    ];
    const r = vendorFormRules({
      ...input,
      ledgerVendors: ledger,
      contractedVendors: ['ABC Medical', 'NEC'],
      forms: [form('vendor', 'ABC Medical', [])],
    });
    expect(r.vendors.map((v) => [v.name, v.hasForm])).toEqual([
      ['エービーシー医療', true],
      ['NECソリューション', false],
      ['NEC', false],
    ]);
    expect(r.gaps.map((g) => g.message)).toEqual([
      '事業者確認用がありません: NECソリューション (事業者台帳の事業者)',
      '事業者確認用がありません: NEC (事業者台帳の事業者)',
    ]);
  });
});
