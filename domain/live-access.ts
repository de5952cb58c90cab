// 立入検査の閲覧許可: an institution lets its 保健所 read its live records (ledgers, findings, evidence)
// for the inspection, from a start to an end (exclusive), revocable. The limits are Mamori's own (the
// 立入検査要綱 asks for no such period): at most a day, set up to 90 days ahead.
import { jstMinute, parseJstTime } from './dates/jst-time.ts';

export const MAX_GRANT_HOURS = 24;
export const MAX_GRANT_AHEAD_DAYS = 90;
const SLACK_MS = 5 * 60_000;

export type GrantState = 'scheduled' | 'active' | 'ended' | 'revoked';

export const grantStateLabels: Record<GrantState, { ja: string; en: string }> = {
  scheduled: { ja: '開始前', en: 'Scheduled' },
  active: { ja: '閲覧できる', en: 'Active' },
  ended: { ja: '終了', en: 'Ended' },
  revoked: { ja: '取り消し', en: 'Revoked' },
};

export function grantState(g: { startsAt: Date; endsAt: Date; revokedAt: Date | null }, now: Date): GrantState {
  if (g.revokedAt && g.revokedAt.getTime() < g.endsAt.getTime()) return 'revoked';
  if (now.getTime() >= g.endsAt.getTime()) return 'ended';
  return now.getTime() < g.startsAt.getTime() ? 'scheduled' : 'active';
}

type Field = { field: 'startsAt' | 'endsAt'; message: string };

/**
 * The period of a new grant from what was typed (JST as people write it, or ISO with an offset).
 * Start empty, or a moment up to 5 minutes ago: now. The end after the start, within a day of it.
 */
export function grantPeriod(
  startRaw: string,
  endRaw: string,
  now: Date,
): { ok: true; startsAt: Date; endsAt: Date } | { ok: false; fields: Field[] } {
  const fields: Field[] = [];
  let startsAt: Date | null = now;
  if (startRaw.trim()) {
    startsAt = parseJstTime(startRaw, now);
    if (!startsAt) fields.push({ field: 'startsAt', message: '開始: 日時として読み取れません (例: 2026-12-10 09:00)' });
    else if (startsAt.getTime() < now.getTime() - SLACK_MS) {
      fields.push({ field: 'startsAt', message: `開始: 過去の日時 (${jstMinute(startsAt)}) は指定できません` });
      startsAt = null;
    } else if (startsAt.getTime() < now.getTime()) startsAt = now;
    else if (startsAt.getTime() > now.getTime() + MAX_GRANT_AHEAD_DAYS * 86_400_000) {
      fields.push({ field: 'startsAt', message: `開始: ${MAX_GRANT_AHEAD_DAYS} 日より先は指定できません` });
      startsAt = null;
    }
  }
  const endsAt = endRaw.trim() ? parseJstTime(endRaw, startsAt ?? now) : null;
  if (!endRaw.trim()) fields.push({ field: 'endsAt', message: '終了: 入力してください' });
  else if (!endsAt) fields.push({ field: 'endsAt', message: '終了: 日時として読み取れません (例: 2026-12-10 17:00)' });
  else if (startsAt && endsAt.getTime() <= startsAt.getTime())
    fields.push({ field: 'endsAt', message: `終了: 開始 (${jstMinute(startsAt)}) より後にしてください` });
  else if (startsAt && endsAt.getTime() - startsAt.getTime() > MAX_GRANT_HOURS * 3_600_000)
    fields.push({ field: 'endsAt', message: `終了: 開始から ${MAX_GRANT_HOURS} 時間以内にしてください (Mamori の上限: 検査の当日だけ)` });
  if (fields.length || !startsAt || !endsAt) return { ok: false, fields };
  return { ok: true, startsAt, endsAt };
}

/** What a read under a grant was about, from its API path: the area after /api/orgs/{id}/ (e.g. devices). */
export function viewedArea(path: string): string {
  const m = /^\/api\/orgs\/[^/]+\/([^/?]+)/.exec(path);
  return m?.[1] ?? '';
}
