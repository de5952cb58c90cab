// セキュリティパッチ (R5/R6 2(7) per class, R7 on 2-⑥ 全般): nothing past its support end, nothing
// known-exploited, nothing unpatched for longer than the organisation allows. A support end that is
// neither in the ledger nor in the end-of-life data is unknown — never taken as "still supported".
import type { DeviceFact, LedgerFacts, Suggestion } from './types.ts';
import { daysBetween, listOf, MAMORI, refs, type Verdict } from './verdict.ts';

export function patchSuggestion(devices: DeviceFact[], facts: LedgerFacts, v: Verdict): Suggestion {
  v.cannotTell('ウイルス対策ソフトが動いていて、定義ファイルが最新か。');
  v.cannotTell('台帳の最終パッチ適用日が、機器の実際の更新の履歴と合っているか。');
  if (devices.length === 0) return v.doubt('対象の機器が機器台帳にありません。').result('');
  const eol = devices.filter((d) => d.supportEnd && d.supportEnd < facts.today);
  if (eol.length) v.fail(`サポートが終了した機器があります: ${listOf(eol)}`, refs('device', eol));
  const stale = devices.filter((d) => d.lastPatch && daysBetween(d.lastPatch, facts.today) > facts.patchMaxDays);
  if (stale.length)
    v.fail(
      `${facts.patchMaxDays} 日を超えてパッチを適用していない機器があります (${MAMORI}。日数は台帳の点検の設定で変えられます): ${listOf(stale)}`,
      refs('device', stale),
    );
  const ids = new Set(devices.map((d) => d.id));
  const found = (facts.findings ?? []).filter((f) => ids.has(f.deviceId));
  for (const kind of ['kev', 'eol'] as const) {
    const of = found.filter((f) => f.kind === kind);
    if (of.length === 0) continue;
    const what = kind === 'kev' ? '悪用が知られた脆弱性 (CISA KEV) のある機器' : 'サポートが終了した版 (endoflife.date) の機器';
    const shown = of.slice(0, 5).map((f) => `${f.label} (${f.title})`);
    v.fail(
      `${what}: ${shown.join('、')}${of.length > 5 ? ` ほか ${of.length - 5} 件` : ''}`,
      refs(
        'device',
        of.map((f) => ({ id: f.deviceId, label: f.label })),
      ),
    );
  }
  const never = devices.filter((d) => !d.lastPatch);
  if (never.length) v.doubt(`最終パッチ適用日が未記入の機器が ${never.length} 台あります: ${listOf(never)}`, refs('device', never));
  const noSupport = devices.filter((d) => !d.supportEnd && d.supportFromData === null);
  if (noSupport.length)
    v.doubt(
      `サポート期限が空欄で、サポート期限のデータ (endoflife.date) にも当たらないため、サポート中か分からない機器が ${noSupport.length} 台あります: ${listOf(noSupport)}`,
      refs('device', noSupport),
    );
  return v.result(
    `対象の機器 ${devices.length} 台すべてがサポート期間内で、${facts.patchMaxDays} 日以内にパッチを適用しています (日数は ${MAMORI})。`,
  );
}
