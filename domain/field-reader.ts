// Reading a form's raw fields with one voice: NFKC and trimmed text with a length limit, a choice
// among codes, a date (和暦 too), ledger ids, a yes/no; every problem names the field in Japanese
// ("名称: …"), collected so that all of a row's problems are told at once.
import { parseJapaneseDate } from './dates/wareki.ts';

export type Problem = { field: string; message: string };
/** A form's values, or every problem found in it. */
export type Check<T> = { ok: true; values: T } | { ok: false; problems: Problem[] };

export const word = (v: unknown) => (v === null || v === undefined ? '' : String(v).normalize('NFKC').trim());
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function reader<K extends string>(raw: Partial<Record<K, unknown>>, labels: Record<K, string>) {
  const problems: Problem[] = [];
  const fail = (field: K, message: string) => problems.push({ field, message: `${labels[field]}: ${message}` });
  const text = (field: K, max = 200) => {
    const v = word(raw[field]);
    if (v.length > max) fail(field, `${max} 文字以内にしてください`);
    return v.slice(0, max);
  };
  const pick = <T extends string>(field: K, all: readonly T[], fallback: T): T => {
    const v = word(raw[field]);
    if (!v) return fallback;
    if ((all as readonly string[]).includes(v)) return v as T;
    fail(field, `「${v.slice(0, 40)}」は選べる値ではありません`);
    return fallback;
  };
  const date = (field: K): string | null => {
    const v = word(raw[field]);
    if (!v) return null;
    const parsed = parseJapaneseDate(v);
    if (!parsed.ok) {
      fail(field, parsed.message);
      return null;
    }
    return parsed.iso;
  };
  const oneId = (field: K): string | null => {
    const v = word(raw[field]);
    if (v && !UUID.test(v)) fail(field, '指定が正しくありません');
    return v && UUID.test(v) ? v : null;
  };
  const ids = (field: K): string[] => {
    const value = raw[field];
    const list = Array.isArray(value) ? value.map(word) : word(value).split(/[\s,、]+/);
    const found = [...new Set(list.filter(Boolean))];
    if (found.some((id) => !UUID.test(id))) fail(field, '指定が正しくありません');
    if (found.length > 500) fail(field, '500 件までにしてください');
    return found.filter((id) => UUID.test(id)).slice(0, 500);
  };
  const flag = (field: K): boolean | null => {
    const value: unknown = raw[field];
    if (value === true || value === false) return value;
    const v = word(value).toLowerCase();
    if (['yes', 'true', 'あり', '有', 'はい'].includes(v)) return true;
    if (['no', 'false', 'なし', '無', 'いいえ'].includes(v)) return false;
    // not checked (how the ledgers' exports write an empty yes/no)
    if (['未確認', '不明', 'unknown'].includes(v)) return null;
    if (v) fail(field, `「${v.slice(0, 40)}」は「あり」「なし」として読み取れません`);
    return null;
  };
  return { problems, fail, text, pick, date, oneId, ids, flag };
}
