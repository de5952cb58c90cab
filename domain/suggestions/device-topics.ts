// The items read from one column per device or per remote-access point: 不要なソフトウェア・サービスの停止,
// USB ストレージ等の接続制限, 二要素認証 (of the remote-access points the register knows).

import { REMOTE_ACCESS } from '../connections/connection.ts';
import { adminsWithoutMfa } from './account-topics.ts';
import type { DeviceFact, LedgerFacts, Suggestion } from './types.ts';
import { daysBetween, listOf, MAMORI, refs, type Verdict } from './verdict.ts';

/** 不要なソフトウェア・サービスの停止: every server and PC reviewed within 12 months (Mamori's advice). */
export function servicesSuggestion(devices: DeviceFact[], facts: LedgerFacts, v: Verdict): Suggestion {
  v.cannotTell('機器で実際に動いているソフトウェア・サービス (台帳には確認した日だけが記録されます)。');
  const targets = devices.filter((d) => d.deviceClass !== 'network');
  if (targets.length === 0) return v.doubt('対象の機器が機器台帳にありません。').result('');
  const old = targets.filter((d) => d.servicesReviewedOn && daysBetween(d.servicesReviewedOn, facts.today) > 365);
  if (old.length)
    v.fail(`不要なサービスの確認から 12 か月を過ぎた機器があります (${MAMORI}: 12 か月ごとの確認): ${listOf(old)}`, refs('device', old));
  const never = targets.filter((d) => !d.servicesReviewedOn);
  if (never.length)
    v.doubt(`不要なサービスを確認した日が未記入の機器が ${never.length} 台あります: ${listOf(never)}`, refs('device', never));
  return v.result(`対象の機器 ${targets.length} 台すべてで、12 か月以内に不要なサービスを確認しています (期間は ${MAMORI})。`);
}

/** USB ストレージ等: the ledger's USB 制限 column of every server and PC. */
export function usbSuggestion(devices: DeviceFact[], v: Verdict): Suggestion {
  v.cannotTell('台帳の「USB 制限」の記録が、機器の実際の設定と合っているか。');
  const targets = devices.filter((d) => d.deviceClass !== 'network');
  if (targets.length === 0) return v.doubt('対象の機器が機器台帳にありません。').result('');
  const open = targets.filter((d) => d.usbRestricted === false);
  if (open.length) v.fail(`USB ストレージを制限していない機器があります: ${listOf(open)}`, refs('device', open));
  const unknown = targets.filter((d) => d.usbRestricted === null);
  if (unknown.length) v.doubt(`USB 制限が未確認の機器が ${unknown.length} 台あります: ${listOf(unknown)}`, refs('device', unknown));
  return v.result(`対象の機器 ${targets.length} 台すべてで USB ストレージを制限しています。`);
}

/** 二要素認証: only what the 外部接続点 register knows (remote access); logins on site are in no ledger, so never はい. */
export function mfaSuggestion(facts: LedgerFacts, v: Verdict): Suggestion {
  v.cannotTell(
    '電子カルテなどのアプリケーションやサーバへのログインの二要素認証 (Mamori は遠隔操作に使う外部接続点と、利用者台帳に記録された管理者のアカウントを見ています)。',
  );
  adminsWithoutMfa(facts, v);
  const remote = facts.connections.filter((p) => p.status !== 'retired' && REMOTE_ACCESS.includes(p.kind));
  if (remote.length === 0) return v.doubt('遠隔操作に使う外部接続点 (保守用VPN、リモートデスクトップ等) が登録されていません。').result('');
  const open = remote.filter((p) => p.mfa === false);
  if (open.length) v.fail(`多要素認証のない遠隔操作の接続があります: ${listOf(open)}`, refs('connection', open));
  const unknown = remote.filter((p) => p.mfa === null);
  if (unknown.length) v.doubt(`多要素認証を確認していない接続があります: ${listOf(unknown)}`, refs('connection', unknown));
  // the item is about logins to the system itself, which no ledger records: never はい from the register alone
  const ok = remote.length - open.length - unknown.length;
  const logins = '院内の端末やサーバへのログインの二要素認証は台帳からは分かりません。';
  v.doubt(ok ? `遠隔操作の接続 ${ok} 件で多要素認証を使っていますが、${logins}` : logins);
  return v.result('');
}
