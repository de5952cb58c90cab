// 接続元制限 (R5/R6 2(8), R7 on 2-⑬): every 外部接続点 lets in only the sources it must (IP addresses;
// a country/region restriction narrows it but still lets in everyone there), and the wireless LAN
// lets on only the institution's devices (MAC address filtering or IEEE 802.1X) — the manual's
// explanation of the item names wireless LAN.
import type { DeviceFact, LedgerFacts, Suggestion } from './types.ts';
import { listOf, refs, Verdict } from './verdict.ts';

const WIRELESS = /無線|wi-?fi|wlan|アクセスポイント|access ?point|(^|[^a-z])ap([^a-z]|$)/i;
const LIMITED = /802\.1x|mac ?(アドレス|address)? ?(フィルタ|filter|認証|制限)/i;
const NOT_LIMITED = /(802\.1x|mac ?(アドレス|address)? ?(フィルタ|filter|認証|制限))[^。\n]{0,6}(なし|無し|無効|未設定|していない|しない)/i;

/** A wireless LAN access point of the ledger, and whether its notes say who may join. */
export function wirelessOf(d: DeviceFact): { limited: boolean | null } | null {
  if (d.deviceClass !== 'network' && d.deviceClass !== 'other') return null;
  const about = [d.model, d.hostname, d.os, d.description, ...d.tags].join(' ').normalize('NFKC');
  if (!WIRELESS.test(about)) return null;
  const notes = [d.description, ...d.tags].join(' ').normalize('NFKC');
  return { limited: NOT_LIMITED.test(notes) ? false : LIMITED.test(notes) ? true : null };
}

export function sourceSuggestion(facts: LedgerFacts, inUse: DeviceFact[]): Suggestion {
  const v = new Verdict('source');
  v.cannotTell('外部接続点に登録されていない接続 (事業者が置いた回線やルータなど) がないか。');
  const points = facts.connections.filter((c) => c.status !== 'retired');
  const aps = inUse.map((d) => ({ d, w: wirelessOf(d) })).filter((x) => x.w !== null);
  if (points.length === 0) v.doubt('外部接続点が登録されていません。保守用VPN や回線を事業者に確認して登録してください。');
  const open = points.filter((p) => p.sourceRestriction === 'none');
  if (open.length) {
    const geo = open.filter((p) => p.geoRestriction);
    v.fail(
      `接続元制限のない外部接続点があります: ${listOf(open)}${
        geo.length ? ` (${listOf(geo)} は国・地域を制限していますが、その国・地域からはだれでも接続できます)` : ''
      }`,
      refs('connection', open),
    );
  }
  const unknown = points.filter((p) => p.sourceRestriction === 'unknown');
  if (unknown.length) v.doubt(`接続元制限を確認していない外部接続点があります: ${listOf(unknown)}`, refs('connection', unknown));
  const wideOpen = aps.filter((x) => x.w?.limited === false).map((x) => x.d);
  if (wideOpen.length)
    v.fail(
      `MAC アドレスフィルタリングや IEEE 802.1X 認証で接続できる端末を制限していない無線LAN のアクセスポイントがあります: ${listOf(wideOpen)}`,
      refs('device', wideOpen),
    );
  const unsure = aps.filter((x) => x.w?.limited === null).map((x) => x.d);
  if (unsure.length)
    v.doubt(
      `無線LAN のアクセスポイント ${unsure.length} 台で、接続できる端末の制限 (MAC アドレスフィルタリング、IEEE 802.1X 認証) が台帳から分かりません: ${listOf(unsure)} (機器の説明欄に「802.1X」「MACアドレスフィルタ」などと書くと読み取ります)`,
      refs('device', unsure),
    );
  if (aps.length === 0)
    v.cannotTell(
      '無線LAN を使っているか。機器台帳に無線LAN のアクセスポイントがありません。使っている場合は登録し、MAC アドレスフィルタリングや IEEE 802.1X 認証で接続できる端末を制限しているか確かめてください。',
    );
  const geo = points.filter((p) => p.geoRestriction).length;
  const wireless = aps.length ? ` 無線LAN のアクセスポイント ${aps.length} 台すべてで、接続できる端末を制限しています。` : '';
  return v.result(
    `外部接続点 ${points.length} 件すべてで接続元を制限しています${geo ? ` (うち ${geo} 件は国・地域も制限)` : ''}。${wireless}`,
  );
}
