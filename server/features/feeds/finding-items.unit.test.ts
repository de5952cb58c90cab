// The checklist items a finding bears on, on the real catalog: numbered as each version numbers them
// (R5/R6 "2(8)", R7 on "2-⑬"), found by topic so that any version — one added later included — is covered.
import { describe, expect, it } from 'vitest';
import { itemsResolver } from '../../../domain/findings/items.ts';
import { loadCatalog } from '../catalog/catalog.loader.ts';

const catalog = loadCatalog();
const institution = (id: string) => {
  const version = catalog.filter((v) => v.id === id).at(-1);
  const form = version?.forms.find((f) => f.form === 'institution');
  if (!version || !form) throw new Error(`no ${id} institution form`);
  return itemsResolver(form.items, version.numbering);
};
const labels = (resolve: ReturnType<typeof itemsResolver>, topics: string[], cls: string) => resolve(topics, cls).map((i) => i.label);

describe('findings name the items of the organisation’s version', () => {
  it('R5 and R6: the item of the subject’s class, numbered 2(7)', () => {
    for (const id of ['R5', 'R6']) {
      const r = institution(id);
      expect(labels(r, ['patch'], 'server')).toEqual(['2(7) サーバ (セキュリティパッチ)']);
      expect(labels(r, ['patch'], 'pc')).toEqual(['2(7) 端末PC (セキュリティパッチ)']);
      expect(labels(r, ['source'], 'connection')).toEqual(['2(8) ネットワーク機器 (接続元制限)']);
      expect(labels(r, ['services'], 'pc')).toEqual(['2(9) 端末PC (不要なソフトウェア・サービスの停止)']);
    }
  });

  it('R7: the same topics numbered as R7 prints them (2-⑥, 2-⑬, 2-⑫)', () => {
    const r = institution('R7');
    expect(labels(r, ['patch'], 'server')).toEqual(['2-⑥ 医療情報システム全般 (セキュリティパッチ)']);
    expect(labels(r, ['source'], 'connection')).toEqual(['2-⑬ ネットワーク機器 (接続元制限)']);
    expect(labels(r, ['services'], 'server')).toEqual(['2-⑫ サーバ・端末PC (不要なソフトウェア・サービスの停止)']);
  });

  it('a device of no listed class (medical) falls under every item of the topic', () => {
    expect(labels(institution('R5'), ['patch'], 'medical')).toHaveLength(3);
  });

  it('every version in the catalog with an institution form names an item for each topic, in its own numbering', () => {
    for (const version of catalog) {
      const form = version.forms.find((f) => f.form === 'institution' && f.items.length);
      if (!form) continue;
      const r = itemsResolver(form.items, version.numbering);
      for (const topic of ['patch', 'source', 'services']) {
        const got = labels(r, [topic], 'server').concat(labels(r, [topic], 'connection'));
        expect(got.length, `${version.id} ${topic}`).toBeGreaterThan(0);
        for (const l of got) expect(l).toMatch(version.numbering === 'circled' ? /^\d+-[①-⑳]/ : /^\d+\(\d+\)/);
      }
    }
  });
});
