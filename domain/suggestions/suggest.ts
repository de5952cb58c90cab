// What the ledgers say about a checklist item — はい / いいえ / 判断できない — with the reasons, the rows
// behind them and what the ledgers cannot know (「確認できないこと」). The person still decides and
// signs; this only reads the ledgers, and never says はい where something it needs is missing. Items
// are recognised by their words (so every version and target class is covered without a table of
// ids): 台帳管理 2(1), リモートメンテナンス 2(2), セキュリティパッチ, 接続元制限, 不要なソフトウェア及び
// サービス, USB, 二要素認証, MDS/SDS, from the 利用者台帳 不要なアカウント, アクセス利用権限, パスワード, and
// from the バックアップ台帳 バックアップの実施と復旧手順, and from the BCP 確認表 the BCP item.

import type { CatalogItem } from '../catalog/schema.ts';
import type { DeviceClass } from '../devices/device.ts';
import { accessSuggestion, accountsSuggestion, logsSuggestion, passwordSuggestion } from './account-topics.ts';
import { backupSuggestion } from './backup-topic.ts';
import { bcpSuggestion } from './bcp-topic.ts';
import { mfaSuggestion, servicesSuggestion, usbSuggestion } from './device-topics.ts';
import { disclosureSuggestion } from './disclosure-topic.ts';
import { ledgerSuggestion } from './ledger-topic.ts';
import { patchSuggestion } from './patch-topic.ts';
import { remoteSuggestion } from './remote-topic.ts';
import { sourceSuggestion } from './source-topic.ts';
import type { DeviceFact, LedgerFacts, Suggestion, Topic } from './types.ts';
import { listOf, Verdict } from './verdict.ts';

export type {
  ConfirmationFact,
  ConnectionFact,
  DeviceFact,
  DisclosureFact,
  LedgerFacts,
  RowRef,
  Suggested,
  Suggestion,
  Topic,
} from './types.ts';

const TOPIC_WORDS: [Topic, RegExp][] = [
  ['ledger', /台帳管理/],
  ['remote', /リモートメンテナンス/],
  ['patch', /セキュリティパッチ/],
  ['source', /接続元制限/],
  ['services', /不要なソフトウェア及びサービス/],
  ['usb', /USB/i],
  // the R7 password item mentions 二要素認証 in its note (※); it is not the MFA item
  ['mfa', /^(?!.*パスワード).*(二要素認証|多要素認証)/],
  ['disclosure', /MDS|SDS|医療情報セキュリティ開示書/],
  ['accounts', /不要なアカウント/],
  ['access', /アクセス利用権限/],
  ['password', /パスワード/],
  ['logs', /アクセスログ/],
  ['bcp', /事業継続計画|BCP/i],
  ['backup', /バックアップ/],
];

export function topicOf(item: Pick<CatalogItem, 'text' | 'textFragment'>): Topic | null {
  const words = `${item.text ?? ''} ${item.textFragment ?? ''}`.normalize('NFKC');
  return TOPIC_WORDS.find(([, re]) => re.test(words))?.[0] ?? null;
}

// 医療情報システム全般 = サーバ、端末PC、ネットワーク機器 (manual 用語); a row of class その他 may be any of
// them (its class was not chosen and the OS did not tell), so it counts too
const GENERAL: DeviceClass[] = ['server', 'pc', 'network', 'other'];

/** The device classes an item is about: its target classes, or all of 医療情報システム全般. */
function classesOf(item: Pick<CatalogItem, 'targets'>): DeviceClass[] {
  const own = item.targets.filter((t): t is 'server' | 'pc' | 'network' => t === 'server' || t === 'pc' || t === 'network');
  return own.length ? own : GENERAL;
}

/** Rows of class その他 are not counted for an item of one class; the person is told they may belong. */
function unclassifiedNote(v: Verdict, classes: DeviceClass[], inUse: DeviceFact[]) {
  if (classes.includes('other')) return;
  const other = inUse.filter((d) => d.deviceClass === 'other');
  if (other.length)
    v.cannotTell(`種類が「その他」の機器 ${other.length} 台 (${listOf(other)}) がこの項目の対象か (台帳で種類を選ぶと含めて判断します)。`);
}

export function suggest(item: Pick<CatalogItem, 'text' | 'textFragment' | 'targets'>, facts: LedgerFacts): Suggestion | null {
  const topic = topicOf(item);
  if (!topic) return null;
  const inUse = facts.devices.filter((d) => d.status !== 'retired' && d.status !== 'spare');
  const classes = classesOf(item);
  const devices = inUse.filter((d) => classes.includes(d.deviceClass));
  const v = new Verdict(topic);
  switch (topic) {
    case 'ledger':
      return ledgerSuggestion(
        facts,
        inUse.filter((d) => GENERAL.includes(d.deviceClass)),
      );
    case 'remote':
      return remoteSuggestion(facts);
    case 'patch':
      unclassifiedNote(v, classes, inUse);
      return patchSuggestion(devices, facts, v);
    case 'source':
      return sourceSuggestion(facts, inUse);
    case 'services':
      unclassifiedNote(v, classes, inUse);
      return servicesSuggestion(devices, facts, v);
    case 'usb':
      unclassifiedNote(v, classes, inUse);
      return usbSuggestion(devices, v);
    case 'mfa':
      return mfaSuggestion(facts, v);
    case 'disclosure':
      return facts.disclosures ? disclosureSuggestion(facts) : null;
    case 'accounts':
      return accountsSuggestion(facts, v);
    case 'access':
      return accessSuggestion(facts, v);
    case 'password':
      return passwordSuggestion(facts, v);
    case 'logs':
      return logsSuggestion(facts, v);
    case 'backup':
      return facts.backups ? backupSuggestion(facts) : null;
    case 'bcp':
      return facts.bcpSheet === undefined ? null : bcpSuggestion(facts.bcpSheet);
  }
}
