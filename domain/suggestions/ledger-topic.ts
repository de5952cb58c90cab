// 2(1) / 2-① 台帳管理: every row of the 機器台帳 has what the manual's example ledger has — 管理番号,
// メーカー, OS, ソフトウェア and its バージョン, IPアドレス, コンピュータ名, 設置場所, 利用者 (manual P.6) —
// and the ledger is kept current. The training counts a partial ledger, or one without versions, as
// いいえ. A row whose class is その他 (not chosen, or not inferable from the OS) still counts.
import type { DeviceFact, LedgerFacts, Suggestion } from './types.ts';
import { daysBetween, listOf, MAMORI, refs, Verdict } from './verdict.ts';

const hasVersion = (s: string) => /\d/.test(s);

/** The manual's columns a row leaves empty. */
function gaps(d: DeviceFact): { ids: boolean; software: boolean; version: boolean; user: boolean } {
  const ids = !d.assetNo || !d.maker || !d.os || !d.hostname || !d.location || !d.ipAddress;
  // a network device's software is its firmware, kept in the OS column (FortiOS 6.0.4)
  const firmwareOnly = d.deviceClass === 'network' && d.software.length === 0;
  const software = d.software.length === 0 && !firmwareOnly;
  const version = firmwareOnly ? !hasVersion(d.os) : d.software.length > 0 && d.software.some((s) => !s.version);
  return { ids, software, version, user: !d.userName };
}

export function ledgerSuggestion(facts: LedgerFacts, rows: DeviceFact[]): Suggestion {
  const v = new Verdict('ledger');
  v.cannotTell('台帳に載っていない機器がないか (院内の機器と台帳の突き合わせは、人が確かめます)。');
  v.cannotTell('経営層 (院長など) が台帳の状況の報告を受けているか。');
  if (rows.length === 0) return v.fail('機器台帳にサーバ・端末PC・ネットワーク機器が登録されていません。').result('');
  const of = rows.map((d) => ({ d, g: gaps(d) }));
  const pick = (k: keyof ReturnType<typeof gaps>) => of.filter((x) => x.g[k]).map((x) => x.d);
  const partial = (what: string, list: DeviceFact[]) => {
    if (list.length) v.fail(`${what}が空の機器が ${list.length} 台あります: ${listOf(list)}`, refs('device', list));
  };
  partial('管理番号・メーカー・OS・IPアドレス・コンピュータ名・設置場所のどれか', pick('ids'));
  partial('ソフトウェア', pick('software'));
  partial('ソフトウェアのバージョン (ネットワーク機器はファームウェアの版)', pick('version'));
  partial('利用者', pick('user'));
  if (v.failed)
    v.fail(
      '一部の欄や一部の機器しか書かれていない台帳、バージョンのない台帳は「いいえ」です (立入検査に向けた厚生労働省の研修の説明による)。',
    );
  const reviewed = facts.ledgerReviewedOn;
  if (!reviewed) v.doubt('機器台帳を点検した記録がないため、台帳が今の機器と合っているか分かりません (「台帳を点検した」で記録できます)。');
  else if (daysBetween(reviewed, facts.today) > 365)
    v.doubt(`機器台帳の最後の点検 (${reviewed}) から 12 か月を過ぎています (${MAMORI}: 12 か月ごとの点検)。`);
  const unclassified = rows.filter((d) => d.deviceClass === 'other');
  if (unclassified.length)
    v.cannotTell(
      `種類が「その他」の機器 ${unclassified.length} 台 (${listOf(unclassified)}) がサーバ・端末PC・ネットワーク機器のどれか。台帳で種類を選ぶと、ほかの項目の対象になります。`,
    );
  return v.result(
    `${rows.length} 台すべてに台帳の例の欄 (管理番号・メーカー・OS・ソフトウェアとバージョン・IPアドレス・コンピュータ名・設置場所・利用者) があり、${reviewed} に点検しています。`,
  );
}
