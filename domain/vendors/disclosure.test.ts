import { describe, expect, it } from 'vitest';
import { annexSummary, checkDisclosure, currentDisclosures, disclosureProblems, itemRanges, jahisVersionOf } from './disclosure.ts';

describe('checkDisclosure', () => {
  it('reads the version, the date in 和暦 and the annex answers as a vendor writes them', () => {
    const r = checkDisclosure({
      kind: 'sds',
      jahisVersion: 'Ｖｅｒ．５．０',
      issuedOn: '令和7年4月1日',
      answers: { '1': 'はい', '２': 'いいえ', '58': '対象外', '3': '' },
    });
    expect(r).toEqual({
      ok: true,
      values: {
        kind: 'sds',
        jahisVersion: 'Ver.5.0',
        issuedOn: '2025-04-01',
        productVersion: '',
        evidenceId: null,
        answers: { '1': 'yes', '2': 'no', '58': 'na' },
        note: '',
      },
    });
  });

  it('names an impossible date, an item beyond the annex and an answer it cannot read', () => {
    const r = checkDisclosure({ kind: 'mds', issuedOn: '令和7年2月30日', answers: { '42': 'はい', '5': 'たぶん' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field)).toEqual(['issuedOn', 'answers']);
    expect(r.problems[1]?.message).toBe('別紙の回答: 項目 5、42 の回答を読み取れません (MDS の別紙は 1〜41、回答は はい・いいえ・対象外)');
    expect(checkDisclosure({}).ok).toBe(false);
  });
});

describe('the annex and what a system lacks', () => {
  it('counts answered, いいえ and missing items and writes ranges as people read them', () => {
    const s = annexSummary({ kind: 'mds', answers: { '1': 'yes', '3': 'no', '4': 'no', '5': 'no', '9': 'no', '10': 'no' } });
    expect(s).toMatchObject({ answered: 6, total: 41, no: [3, 4, 5, 9, 10] });
    expect(s.missing).toHaveLength(35);
    expect(itemRanges(s.no)).toBe('3〜5、9、10');
    expect(jahisVersionOf('4.1')).toBe('Ver.4.1');
    expect(jahisVersionOf('第5版')).toBe('第5版');
  });

  it('keeps the latest document per kind', () => {
    const list = [
      { kind: 'mds' as const, issuedOn: '2024-04-01', createdAt: '2026-01-01T00:00:00Z', id: 'old' },
      { kind: 'mds' as const, issuedOn: '2025-04-01', createdAt: '2025-05-01T00:00:00Z', id: 'new' },
      { kind: 'sds' as const, issuedOn: null, createdAt: '2025-05-01T00:00:00Z', id: 'sds' },
    ];
    expect(currentDisclosures(list).map((d) => d.id)).toEqual(['new', 'sds']);
    // an undated one recorded earlier does not stay the latest once a dated one comes
    const undated = [
      { kind: 'mds' as const, issuedOn: null, createdAt: '2023-05-01T00:00:00Z', id: 'undated' },
      { kind: 'mds' as const, issuedOn: '2025-04-01', createdAt: '2025-05-01T00:00:00Z', id: 'dated' },
    ];
    expect(currentDisclosures(undated).map((d) => d.id)).toEqual(['dated']);
  });

  it('names no document (with when it was asked for), another version, いいえ items and a missing file', () => {
    expect(disclosureProblems({ currentVersion: '', disclosureRequestedOn: '2026-10-01' }, [])).toEqual([
      { kind: 'none', message: 'MDS/SDS を受け取っていません (2026-10-01 に依頼済み)' },
    ]);
    const d = { kind: 'mds' as const, jahisVersion: 'Ver.5.0', answers: { '2': 'no' as const }, productVersion: 'V3', evidenceId: null };
    expect(disclosureProblems({ currentVersion: 'v4', disclosureRequestedOn: null }, [d]).map((p) => p.kind)).toEqual([
      'outdated',
      'no-answers',
      'no-file',
    ]);
    const same = { ...d, productVersion: 'Ver 4', answers: {}, evidenceId: '00000000-0000-4000-8000-000000000000' };
    expect(disclosureProblems({ currentVersion: 'v4', disclosureRequestedOn: null }, [same])).toEqual([]);
  });
});
