// How a suggestion is put together: every reason for いいえ, every reason it cannot tell (判断できない),
// and what the ledgers cannot know at all (「確認できないこと」). はい only when there is neither.
import type { RowRef, Suggestion, Topic } from './types.ts';

/** Mamori's own thresholds are labelled as such, never as the 手引き's. */
export const MAMORI = 'Mamori の目安';

export const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** 「A、B、C ほか 2 件」: at most five labels. */
export const listOf = (rows: { label: string }[]) =>
  rows
    .slice(0, 5)
    .map((r) => r.label)
    .join('、') + (rows.length > 5 ? ` ほか ${rows.length - 5} 件` : '');

/** Row references of one type (a suggestion keeps at most 20 in all). */
export const refs = (type: RowRef['type'], rows: { id: string; label: string }[]): RowRef[] =>
  rows.map((r) => ({ type, id: r.id, label: r.label }));

export class Verdict {
  private readonly no: string[] = [];
  private readonly unsure: string[] = [];
  private readonly cannot: string[] = [];
  private readonly rows = new Map<string, RowRef>();

  private readonly topic: Topic;

  constructor(topic: Topic) {
    this.topic = topic;
  }

  /** A reason for いいえ, with the rows it is about. */
  fail(reason: string, rows: RowRef[] = []): this {
    this.no.push(reason);
    this.add(rows);
    return this;
  }

  /** A reason the ledgers cannot decide (判断できない). */
  doubt(reason: string, rows: RowRef[] = []): this {
    this.unsure.push(reason);
    this.add(rows);
    return this;
  }

  /** Something the ledgers cannot know whatever they say (shown as 「確認できないこと」). */
  cannotTell(text: string): this {
    this.cannot.push(text);
    return this;
  }

  get failed(): boolean {
    return this.no.length > 0;
  }

  /** The suggestion: いいえ if any reason fails, else 判断できない if any doubt, else はい with `yes`. */
  result(yes: string): Suggestion {
    const answer = this.no.length ? 'no' : this.unsure.length ? 'unknown' : 'yes';
    const reasons = answer === 'yes' ? [yes] : [...this.no, ...this.unsure];
    return { topic: this.topic, answer, reasons, cannotTell: this.cannot, rows: [...this.rows.values()].slice(0, 20) };
  }

  private add(rows: RowRef[]) {
    for (const r of rows) if (!this.rows.has(`${r.type}:${r.id}`)) this.rows.set(`${r.type}:${r.id}`, r);
  }
}
