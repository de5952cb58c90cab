// Incident mode: when an attack is suspected, one incident is opened with the first-response steps as
// a checklist (who did each, when), a timeline that anyone on the team adds to (append-only: a
// correction is a new entry), the systems, devices and connection points affected, and the decisions
// taken. The steps summarise the BCP ひな形 (3.3 初動対応: 被害拡大防止, 証拠保全, 経営層への報告; 3.4.3
// 外部関係機関への報告) and the 2018 notice (保守事業者へ直ちに連絡, 厚生労働省へ連絡): Mamori's
// summary, labelled so on every print.

import { jstMinute, parseJstTime } from '../dates/jst-time.ts';

type Label = { ja: string; en: string };

export const FIRST_STEPS = ['isolate', 'evidence', 'vendor', 'management', 'backup', 'mhlw', 'police', 'hokenjo'] as const;
export type FirstStep = (typeof FIRST_STEPS)[number];

export const stepLabels: Record<FirstStep, Label & { hint: string }> = {
  isolate: {
    ja: 'ネットワークから切り離す',
    en: 'Isolate from the network',
    hint: '感染が疑われる機器の LAN ケーブルを抜き、無線を切る。広がるおそれがあれば、バックアップにつながるネットワーク、次に外部接続点を切る。電源は切らない。',
  },
  evidence: {
    ja: '証拠を保全する',
    en: 'Keep the evidence',
    hint: '電源を切らない・再起動しない・初期化しない。画面を写真に撮り、気付いた時刻と行ったことを記録する。',
  },
  vendor: {
    ja: '保守事業者に連絡する',
    en: 'Call the maintenance vendor',
    hint: 'サイバー攻撃が疑われたら、医療情報システムの保守事業者に直ちに連絡する。',
  },
  management: {
    ja: '経営層に報告し、指示を受ける',
    en: 'Report to the management',
    hint: '院長など経営層に状況を報告し、対応方針の確認と指示を受け、組織内に周知する。',
  },
  backup: {
    ja: 'バックアップが無事か確かめる',
    en: 'Check that the backups are safe',
    hint: 'オフライン等のバックアップが暗号化されていないか確かめ、つながっているものは切り離す。',
  },
  mhlw: {
    ja: '厚生労働省に報告する',
    en: 'Report to the ministry',
    hint: '個人情報の漏えいや診療への支障 (そのおそれを含む) があれば、速やかに厚生労働省に連絡する。',
  },
  police: {
    ja: '警察に相談・通報する',
    en: 'Report to the police',
    hint: '都道府県警察のサイバー犯罪相談窓口に相談・通報する。',
  },
  hokenjo: {
    ja: '保健所 (都道府県) に連絡する',
    en: 'Inform the health centre',
    hint: '所管の保健所・都道府県に状況を連絡する。',
  },
};

export const ENTRY_KINDS = ['note', 'decision', 'correction', 'step'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const entryKindLabels: Record<EntryKind, Label> = {
  note: { ja: '記録', en: 'Note' },
  decision: { ja: '決定', en: 'Decision' },
  correction: { ja: '訂正', en: 'Correction' },
  step: { ja: '初動の手順', en: 'First step' },
};

export const INCIDENT_STATUSES = ['open', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const incidentStatusLabels: Record<IncidentStatus, Label> = {
  open: { ja: '対応中', en: 'Open' },
  closed: { ja: '終了', en: 'Closed' },
};

/** What an incident is about, from the ledgers. */
export const AFFECTED_TYPES = ['device', 'connection', 'backup'] as const;
export type AffectedType = (typeof AFFECTED_TYPES)[number];
export interface Affected {
  type: AffectedType;
  id: string;
  label: string;
}

export const PROVENANCE =
  '初動の手順は、厚生労働省の「医療情報システム部門等における事業継続計画 (BCP) のひな形」の初動対応と、サイバー攻撃の疑いは保守事業者に直ちに連絡し厚生労働省に連絡するとした通知 (平成30年10月29日) をもとに Mamori がまとめたものです。';

export { jstMinute };

/**
 * When a timeline entry happened, as people write it in Japan (`parseJstTime`). Empty: now. Not later
 * than now (a few minutes of clock difference allowed), not before the incident began less a day.
 */
export function entryTime(raw: string, now: Date, startedAt: Date): { ok: true; at: Date } | { ok: false; message: string } {
  const v = raw.normalize('NFKC').trim();
  if (!v) return { ok: true, at: now };
  const at = parseJstTime(v, now);
  if (!at) return { ok: false, message: `「${v.slice(0, 40)}」は時刻として読み取れません (例: 10:15、2026-12-07 10:15)` };
  if (at.getTime() > now.getTime() + 5 * 60_000) return { ok: false, message: `未来の時刻 (${jstMinute(at)}) は入れられません` };
  if (at.getTime() < startedAt.getTime() - 86_400_000)
    return { ok: false, message: `インシデントの開始 (${jstMinute(startedAt)}) より 1 日以上前の時刻です` };
  return { ok: true, at };
}
