import { describe, expect, it } from 'vitest';
import { contactInputOf, entryName, movedIds, needsOwnNumber, reach } from './contact-text.ts';

const entries = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('contact chart helpers', () => {
  it('names an entry by its category, organisation and person', () => {
    expect(entryName({ category: '公的機関', organizationName: '厚生労働省', personName: '' })).toBe('公的機関 厚生労働省');
    expect(entryName({ category: '院長・管理者', organizationName: '', personName: '山田 太郎' })).toBe('院長・管理者 山田 太郎');
    expect(entryName({ category: '事業者', organizationName: ' ', personName: '' })).toBe('事業者');
  });

  it('moves an entry up or down in the call order, and not past either end', () => {
    expect(movedIds(entries, 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(movedIds(entries, 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(movedIds(entries, 'a', -1)).toBeNull();
    expect(movedIds(entries, 'c', 1)).toBeNull();
    expect(movedIds(entries, 'x', 1)).toBeNull();
    expect(entries.map((e) => e.id)).toEqual(['a', 'b', 'c']); // the input is left as it was
  });

  it('tells how an entry is reached', () => {
    expect(reach({ phone: '03-6812-7837', url: '' })).toBe('phone');
    expect(reach({ phone: ' ', url: 'https://mhlw-training.saj.or.jp/' })).toBe('web');
    expect(reach({ phone: '', url: '' })).toBe('none');
  });

  it('marks entries whose number no public source gives', () => {
    expect(needsOwnNumber({ starter: { source: 'x', inferred: true } })).toBe(true);
    expect(needsOwnNumber({ starter: { source: 'x', inferred: false } })).toBe(false);
    expect(needsOwnNumber({ starter: null })).toBe(false);
  });

  it('reads the entry form, trimming the text and keeping the side', () => {
    const form = new FormData();
    form.set('category', ' 公的機関 ');
    form.set('organizationName', '警察');
    form.set('phone', '03-1234-5678 ');
    expect(contactInputOf(form, 'external')).toEqual({
      side: 'external',
      category: '公的機関',
      organizationName: '警察',
      personName: '',
      phone: '03-1234-5678',
      hours: '',
      url: '',
      note: '',
      providesMedicalSystem: true,
    });
    form.set('side', 'internal');
    expect(contactInputOf(form, 'external').side).toBe('internal');
    form.set('side', 'bogus');
    expect(contactInputOf(form, 'external').side).toBe('external');
  });

  it('reads whether a 事業者 provides a medical information system from its box (unticked is absent)', () => {
    const form = new FormData();
    form.set('category', '事業者');
    expect(contactInputOf(form, 'external').providesMedicalSystem).toBe(false);
    form.set('providesMedicalSystem', 'on');
    expect(contactInputOf(form, 'external').providesMedicalSystem).toBe(true);
  });
});
