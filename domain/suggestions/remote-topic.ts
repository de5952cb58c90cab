// 2(2) / 2-② リモートメンテナンス: 「…機器の有無を事業者に確認した」 is はい only when, for every vendor
// that maintains the institution's devices, someone recorded that they asked (who, with whom at the
// vendor, when, and how it is documented). A filled ledger column is not a confirmation.
import { maintenanceVendors } from './maintenance.ts';
import type { LedgerFacts, Suggestion } from './types.ts';
import { daysBetween, listOf, MAMORI, refs, Verdict } from './verdict.ts';

export function remoteSuggestion(facts: LedgerFacts): Suggestion {
  const v = new Verdict('remote');
  const vendors = maintenanceVendors(facts.devices, facts.connections);
  v.cannotTell('台帳に書かれていない事業者による保守や遠隔接続がないか (保守契約書と突き合わせてください)。');
  const inUse = facts.devices.filter((d) => d.status !== 'retired' && d.status !== 'spare');
  const noVendor = inUse.filter((d) => !d.vendorName);
  if (noVendor.length) v.cannotTell(`保守事業者の欄が空の機器 ${noVendor.length} 台 (${listOf(noVendor)}) を保守している事業者があるか。`);
  if (vendors.length === 0)
    return v
      .doubt(
        '機器台帳の保守事業者の欄にも、外部接続点の事業者の欄にも事業者がありません。事業者と契約していない場合、この項目は記入不要です。',
      )
      .result('');
  const byKey = new Map(facts.confirmations.map((c) => [c.vendorKey, c]));
  const missing = vendors.filter((x) => !byKey.has(x.key));
  if (missing.length)
    v.fail(
      `リモートメンテナンスの有無を確認した記録がない保守事業者があります: ${missing.map((x) => x.name).join('、')}`,
      missing.flatMap((x) => [...refs('device', x.devices), ...refs('connection', x.points)]),
    );
  for (const x of vendors) {
    const c = byKey.get(x.key);
    if (!c) continue;
    if (daysBetween(c.confirmedOn, facts.today) > 365)
      v.doubt(`${x.name} への確認 (${c.confirmedOn}) から 12 か月を過ぎています (${MAMORI}: 毎年の確認のたびに事業者に確かめる)。`);
    if (!c.remoteFound && x.remoteSeen.length)
      v.doubt(
        `${x.name} の回答は「リモートメンテナンスしている機器なし」ですが、台帳にはリモート保守ありの機器か保守用の接続があります: ${listOf(x.remoteSeen)}`,
        x.remoteSeen,
      );
  }
  const done = vendors.map((x) => byKey.get(x.key)).filter((c) => c !== undefined);
  return v.result(
    `保守事業者 ${vendors.length} 社すべてに、リモートメンテナンスの有無を確認した記録があります: ${done
      .map((c) => `${c.vendorName} (${c.confirmedOn}、${c.documentedAs})`)
      .join('、')}`,
  );
}
