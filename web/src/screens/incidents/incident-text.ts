// Small pure helpers of the incident screens: times in JST as people write them (2026-12-07 10:15),
// and a contact's phone as a link a phone can dial.
import { jstMinute } from '../../../../domain/incidents/incident.ts';

/** 2026-12-07 10:15 (JST) from the server's ISO time; empty for none. */
export const jst = (iso: string | null | undefined): string => (iso ? jstMinute(new Date(iso)) : '');

/**
 * What a contact's number links to: a web address as itself, else the first phone number in the text
 * as tel: (「06-1234-5678 (夜間)」 → tel:0612345678, 「06(1234)5678」, 「+81 3-1234-5678」), a short
 * number on its own (「110」) or a # one (「#9110」); null when there is none (「内線 123」 is not dialled).
 */
export function phoneHref(raw: string): string | null {
  const v = raw.normalize('NFKC').trim();
  if (/^https?:\/\//i.test(v)) return v;
  const hash = /(?:^|\s)#(\d{3,5})(?!\d)/.exec(v);
  if (hash) return `tel:%23${hash[1]}`;
  if (/^\d{3,4}$/.test(v)) return `tel:${v}`;
  // digits in groups, separated by a hyphen or a space, or in parentheses that close
  const number = /\+?\d{1,5}(?:[- ]?(?:\(\d{1,5}\)|\d{1,5})){1,6}/.exec(v)?.[0];
  const digits = number?.replace(/\D/g, '') ?? '';
  if (digits.length < 10) return null;
  return `tel:${number?.startsWith('+') ? '+' : ''}${digits}`;
}
