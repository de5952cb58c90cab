// What the ledgers say about a checklist item — はい / いいえ / 判断できない — with the reasons and the
// rows behind them. The person still decides and signs; this only reads the ledgers. Items are
// recognised by their words (so every version and target class is covered without a table of ids):
// 台帳管理 2(1), リモートメンテナンス 2(2), セキュリティパッチ, 接続元制限, 不要なソフトウェア及びサービス,
// USB, 二要素認証.

import type { CatalogItem } from '../catalog/schema.ts';
import type { ConnectionKind, ConnectionStatus, Restriction } from '../connections/connection.ts';
import { REMOTE_ACCESS } from '../connections/connection.ts';
import type { DeviceClass, DeviceStatus } from '../devices/device.ts';

export type Topic = 'ledger' | 'remote' | 'patch' | 'source' | 'services' | 'usb' | 'mfa';
export type Suggested = 'yes' | 'no' | 'unknown';

export interface DeviceFact {
  id: string;
  label: string;
  deviceClass: DeviceClass;
  status: DeviceStatus;
  assetNo: string | null;
  maker: string;
  os: string;
  hostname: string;
  location: string;
  ipAddress: string;
  vendorName: string;
  remoteMaintenance: boolean | null;
  supportEnd: string | null;
  lastPatch: string | null;
  usbRestricted: boolean | null;
  servicesReviewedOn: string | null;
}

export interface ConnectionFact {
  id: string;
  label: string;
  kind: ConnectionKind;
  status: ConnectionStatus;
  sourceRestriction: Restriction;
  mfa: boolean | null;
}

export interface LedgerFacts {
  devices: DeviceFact[];
  connections: ConnectionFact[];
  /** the last time someone recorded that the 機器台帳 was reviewed as a whole */
  ledgerReviewedOn: string | null;
  today: string;
  /** a device unpatched for longer than this counts against the patch item */
  patchMaxDays: number;
  /** findings from the vulnerability and end-of-life data on devices (known-exploited, end of life) */
  findings?: { deviceId: string; label: string; kind: 'kev' | 'eol'; title: string }[];
}

export interface RowRef {
  type: 'device' | 'connection';
  id: string;
  label: string;
}

export interface Suggestion {
  topic: Topic;
  answer: Suggested;
  reasons: string[];
  /** the rows the reasons are about (at most 20) */
  rows: RowRef[];
}

const TOPIC_WORDS: [Topic, RegExp][] = [
  ['ledger', /台帳管理/],
  ['remote', /リモートメンテナンス/],
  ['patch', /セキュリティパッチ/],
  ['source', /接続元制限/],
  ['services', /不要なソフトウェア及びサービス/],
  ['usb', /USB/i],
  // the R7 password item mentions 二要素認証 in its note (※); it is not the MFA item
  ['mfa', /^(?!.*パスワード).*(二要素認証|多要素認証)/],
];

export function topicOf(item: Pick<CatalogItem, 'text' | 'textFragment'>): Topic | null {
  const words = `${item.text ?? ''} ${item.textFragment ?? ''}`.normalize('NFKC');
  return TOPIC_WORDS.find(([, re]) => re.test(words))?.[0] ?? null;
}

const LEDGER_CLASSES: DeviceClass[] = ['server', 'pc', 'network'];

/** The device classes an item is about: its target classes, or all three for 医療情報システム全般. */
function classesOf(item: Pick<CatalogItem, 'targets'>): DeviceClass[] {
  const own = item.targets.filter((t): t is 'server' | 'pc' | 'network' => t === 'server' || t === 'pc' || t === 'network');
  return own.length ? own : LEDGER_CLASSES;
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
const refs = (type: RowRef['type'], rows: { id: string; label: string }[]) =>
  rows.slice(0, 20).map((r) => ({ type, id: r.id, label: r.label }));
const listOf = (rows: { label: string }[]) =>
  rows
    .slice(0, 5)
    .map((r) => r.label)
    .join('、') + (rows.length > 5 ? ` ほか ${rows.length - 5} 件` : '');

export function suggest(item: Pick<CatalogItem, 'text' | 'textFragment' | 'targets'>, facts: LedgerFacts): Suggestion | null {
  const topic = topicOf(item);
  if (!topic) return null;
  const inUse = facts.devices.filter((d) => d.status !== 'retired' && d.status !== 'spare');
  const devices = inUse.filter((d) => classesOf(item).includes(d.deviceClass));
  const points = facts.connections.filter((c) => c.status !== 'retired');
  const make = (answer: Suggested, reasons: string[], rows: RowRef[] = []): Suggestion => ({ topic, answer, reasons, rows });
  switch (topic) {
    case 'ledger':
      return ledgerSuggestion(
        facts,
        inUse.filter((d) => LEDGER_CLASSES.includes(d.deviceClass)),
        make,
      );
    case 'remote': {
      const maintained = inUse.filter((d) => d.vendorName);
      if (maintained.length === 0) return make('unknown', ['機器台帳に保守事業者の記入がある機器がありません。']);
      const open = maintained.filter((d) => d.remoteMaintenance === null);
      if (open.length)
        return make(
          'no',
          [
            `保守事業者のいる機器 ${maintained.length} 台のうち ${open.length} 台で、リモートメンテナンスの有無が未確認です: ${listOf(open)}`,
          ],
          refs('device', open),
        );
      return make('yes', [`保守事業者のいる機器 ${maintained.length} 台すべてで、リモートメンテナンスの有無を記録しています。`]);
    }
    case 'patch':
      return patchSuggestion(devices, facts, make);
    case 'source': {
      if (points.length === 0)
        return make('unknown', ['外部接続点が登録されていません。保守用VPN や回線を事業者に確認して登録してください。']);
      const open = points.filter((p) => p.sourceRestriction === 'none');
      if (open.length) return make('no', [`接続元制限のない外部接続点があります: ${listOf(open)}`], refs('connection', open));
      const unknown = points.filter((p) => p.sourceRestriction === 'unknown');
      if (unknown.length)
        return make('unknown', [`接続元制限を確認していない外部接続点があります: ${listOf(unknown)}`], refs('connection', unknown));
      return make('yes', [`外部接続点 ${points.length} 件すべてで接続元を制限しています。`]);
    }
    case 'services':
      return reviewSuggestion(devices, facts, make);
    case 'usb': {
      const targets = devices.filter((d) => d.deviceClass !== 'network');
      if (targets.length === 0) return make('unknown', ['対象の機器が機器台帳にありません。']);
      const open = targets.filter((d) => d.usbRestricted === false);
      if (open.length) return make('no', [`USB ストレージを制限していない機器があります: ${listOf(open)}`], refs('device', open));
      const unknown = targets.filter((d) => d.usbRestricted === null);
      if (unknown.length)
        return make('unknown', [`USB 制限が未確認の機器が ${unknown.length} 台あります: ${listOf(unknown)}`], refs('device', unknown));
      return make('yes', [`対象の機器 ${targets.length} 台すべてで USB ストレージを制限しています。`]);
    }
    case 'mfa': {
      const remote = points.filter((p) => REMOTE_ACCESS.includes(p.kind));
      if (remote.length === 0)
        return make('unknown', ['遠隔操作に使う外部接続点 (保守用VPN、リモートデスクトップ等) が登録されていません。']);
      const open = remote.filter((p) => p.mfa === false);
      if (open.length) return make('no', [`多要素認証のない遠隔操作の接続があります: ${listOf(open)}`], refs('connection', open));
      const unknown = remote.filter((p) => p.mfa === null);
      if (unknown.length)
        return make('unknown', [`多要素認証を確認していない接続があります: ${listOf(unknown)}`], refs('connection', unknown));
      return make('yes', [`遠隔操作の接続 ${remote.length} 件すべてで多要素認証を使っています。`]);
    }
  }
}

type Make = (answer: Suggested, reasons: string[], rows?: RowRef[]) => Suggestion;

/** 2(1): every row has the columns an inspector reads, and the ledger was reviewed within 12 months. */
function ledgerSuggestion(facts: LedgerFacts, rows: DeviceFact[], make: Make): Suggestion {
  if (rows.length === 0) return make('no', ['機器台帳にサーバ・端末PC・ネットワーク機器が登録されていません。']);
  const missing = rows.filter((d) => !d.assetNo || !d.maker || !d.os || !d.hostname || !d.location || !d.ipAddress);
  const reasons: string[] = [];
  if (missing.length)
    reasons.push(
      `管理番号・メーカー・OS・IPアドレス・コンピュータ名・設置場所のどれかが空の機器が ${missing.length} 台あります: ${listOf(missing)}`,
    );
  const reviewed = facts.ledgerReviewedOn;
  if (!reviewed) reasons.push('機器台帳を点検した記録がありません (「台帳を点検した」で記録できます)。');
  else if (daysBetween(reviewed, facts.today) > 365) reasons.push(`機器台帳の最後の点検 (${reviewed}) から 12 か月を過ぎています。`);
  if (reasons.length) return make('no', reasons, refs('device', missing));
  return make('yes', [`${rows.length} 台すべてに必要な項目があり、${reviewed} に点検しています。`]);
}

/** Patches: nothing past its support end, nothing unpatched for longer than the organisation allows. */
function patchSuggestion(devices: DeviceFact[], facts: LedgerFacts, make: Make): Suggestion {
  if (devices.length === 0) return make('unknown', ['対象の機器が機器台帳にありません。']);
  const eol = devices.filter((d) => d.supportEnd && d.supportEnd < facts.today);
  const stale = devices.filter((d) => d.lastPatch && daysBetween(d.lastPatch, facts.today) > facts.patchMaxDays);
  const never = devices.filter((d) => !d.lastPatch);
  const ids = new Set(devices.map((d) => d.id));
  const found = (facts.findings ?? []).filter((f) => ids.has(f.deviceId));
  const reasons: string[] = [];
  if (eol.length) reasons.push(`サポートが終了した機器があります: ${listOf(eol)}`);
  if (stale.length) reasons.push(`${facts.patchMaxDays} 日を超えてパッチを適用していない機器があります: ${listOf(stale)}`);
  for (const kind of ['kev', 'eol'] as const) {
    const of = found.filter((f) => f.kind === kind);
    if (of.length === 0) continue;
    const what = kind === 'kev' ? '悪用が知られた脆弱性 (CISA KEV) のある機器' : 'サポートが終了した版 (endoflife.date) の機器';
    reasons.push(
      `${what}: ${of
        .slice(0, 5)
        .map((f) => `${f.label} (${f.title})`)
        .join('、')}${of.length > 5 ? ` ほか ${of.length - 5} 件` : ''}`,
    );
  }
  const foundRows = found.map((f) => ({ id: f.deviceId, label: f.label }));
  if (reasons.length)
    return make(
      'no',
      reasons,
      refs('device', [...eol, ...stale, ...foundRows.filter((r, i, all) => all.findIndex((x) => x.id === r.id) === i)]),
    );
  if (never.length)
    return make('unknown', [`最終パッチ適用日が未記入の機器が ${never.length} 台あります: ${listOf(never)}`], refs('device', never));
  return make('yes', [`対象の機器 ${devices.length} 台すべてがサポート期間内で、${facts.patchMaxDays} 日以内にパッチを適用しています。`]);
}

/** 不要なソフトウェア・サービスの停止: every device reviewed within 12 months. */
function reviewSuggestion(devices: DeviceFact[], facts: LedgerFacts, make: Make): Suggestion {
  const targets = devices.filter((d) => d.deviceClass !== 'network');
  if (targets.length === 0) return make('unknown', ['対象の機器が機器台帳にありません。']);
  const old = targets.filter((d) => d.servicesReviewedOn && daysBetween(d.servicesReviewedOn, facts.today) > 365);
  if (old.length) return make('no', [`不要なサービスの確認から 12 か月を過ぎた機器があります: ${listOf(old)}`], refs('device', old));
  const never = targets.filter((d) => !d.servicesReviewedOn);
  if (never.length)
    return make(
      'unknown',
      [`不要なサービスを確認した日が未記入の機器が ${never.length} 台あります: ${listOf(never)}`],
      refs('device', never),
    );
  return make('yes', [`対象の機器 ${targets.length} 台すべてで、12 か月以内に不要なサービスを確認しています。`]);
}
