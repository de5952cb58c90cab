// Pure helpers of the 連絡体制図 screen: an entry's name in buttons and messages, moving an entry in
// the call order, reading the entry form, and whether an entry can be reached. No React.
import { entryTitle } from '../../../../domain/contacts/chart.ts';
import type { ContactEntry, ContactEntryValues, ContactSide } from '../../api-answers.ts';

/** The chart's page of an organisation. */

/** 「公的機関 厚生労働省 …」: what buttons and messages call an entry (its category, organisation and person). */
export const entryName = (e: Pick<ContactEntry, 'category' | 'organizationName' | 'personName'>): string =>
  entryTitle({ ...e, side: 'external', phone: '', hours: '', url: '', note: '', providesMedicalSystem: true }) || e.category;

/**
 * The ids of one side in their new order after moving `id` by `delta` (-1 up, +1 down), or null
 * when it cannot move (already first or last, or not there).
 */
export function movedIds(entries: readonly Pick<ContactEntry, 'id'>[], id: string, delta: -1 | 1): string[] | null {
  const ids = entries.map((e) => e.id);
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const [moved] = ids.splice(from, 1);
  if (moved === undefined) return null;
  ids.splice(to, 0, moved);
  return ids;
}

/** How an entry is reached: by phone; only on the web (a URL, no phone); or not at all yet. */
export function reach(e: Pick<ContactEntry, 'phone' | 'url'>): 'phone' | 'web' | 'none' {
  if (e.phone.trim()) return 'phone';
  return e.url.trim() ? 'web' : 'none';
}

/** Whether an entry's number comes from no public source: the person must look it up. */
export const needsOwnNumber = (e: Pick<ContactEntry, 'starter'>): boolean => e.starter?.inferred === true;

/** The request body from the entry form; `side` from the form's select, else the given one. */
export function contactInputOf(form: FormData, side: ContactSide): ContactEntryValues {
  const text = (name: keyof ContactEntryValues) => String(form.get(name) ?? '').trim();
  const chosen = text('side');
  return {
    side: chosen === 'internal' || chosen === 'external' ? chosen : side,
    category: text('category'),
    organizationName: text('organizationName'),
    personName: text('personName'),
    phone: text('phone'),
    hours: text('hours'),
    url: text('url'),
    note: text('note'),
    // only a 事業者 is asked; an unticked box is absent from the form data
    providesMedicalSystem: text('category') !== '事業者' || form.get('providesMedicalSystem') === 'on',
  };
}
