import { describe, expect, it } from 'vitest';
import r7 from '../../../../catalog/r7.json' with { type: 'json' };
import type { CatalogVersion } from '../../../../domain/catalog/schema.ts';
import { checkCatalog } from '../../../../domain/catalog/schema.ts';
import { blankItem, changeItem, copyVersion, moveItem, withItems } from './draft.ts';

const base = r7 as unknown as CatalogVersion;

describe('copyVersion', () => {
  it('makes the next fiscal year’s version with nothing passed off as confirmed', () => {
    const next = copyVersion(base, 'newYear', 'admin');
    expect(next).toMatchObject({
      id: 'R8',
      revision: 1,
      fiscalYear: 2026,
      label: '令和8年度版',
      derivedFrom: { id: 'R7', revision: base.revision },
    });
    const items = next.forms.flatMap((f) => f.items);
    expect(items.some((i) => i.wording === 'confirmed')).toBe(false);
    expect(items.every((i) => i.notes.includes('前年度版から複写'))).toBe(true);
    expect(next.provenance.published).toBe('');
    // the published date is the administrator's to fill in: until then the file is refused
    expect(checkCatalog(next).ok).toBe(false);
    expect(checkCatalog({ ...next, provenance: { ...next.provenance, published: '2026-06' } }).ok).toBe(true);
    expect(base.forms[0]?.items.some((i) => i.wording === 'confirmed')).toBe(true);
  });

  it('makes a correction as the next revision of the same version, wording kept', () => {
    const fix = copyVersion(base, 'revision', 'admin', 4);
    expect(fix).toMatchObject({ id: 'R7', revision: 4, fiscalYear: 2025, revisionNote: '' });
    expect(fix.forms[0]?.items.map((i) => i.wording)).toEqual(base.forms[0]?.items.map((i) => i.wording));
  });
});

describe('editing items', () => {
  const items = base.forms[0]?.items ?? [];
  it('adds a blank item at the end of a section with a free id, claiming no wording', () => {
    const added = blankItem('2', 'リスク管理', items);
    expect(added).toMatchObject({ id: '2-14', no: 14, wording: 'unknown', text: null, newInVersion: true });
    expect(checkCatalog(withItems(base, 'institution', [...items, added])).ok).toBe(true);
  });
  it('keeps text and wording consistent, and moves items', () => {
    const unknown = changeItem(items, 1, { wording: 'unknown' });
    expect(unknown[1]?.text).toBeNull();
    expect(changeItem(unknown, 1, { wording: 'inferred' })[1]?.text).toBe('');
    expect(
      moveItem(items, 0, 1)
        .map((i) => i.id)
        .slice(0, 2),
    ).toEqual([items[1]?.id, items[0]?.id]);
    expect(moveItem(items, 0, -1)).toBe(items);
  });
});
