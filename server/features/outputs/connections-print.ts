// 「外部からどこに入れるか」: the 外部接続点 register on one A4 page — the institution in the middle of
// its connections grouped by kind, each marked where the source is not restricted or MFA is missing,
// then the register as a table. Removed points are left out.
import { kindLabels, restrictionLabels } from '../../../domain/connections/connection.ts';
import { formatWareki } from '../../../domain/dates/wareki.ts';
import { type Html, html } from '../../lib/html.ts';
import type { ConnectionView } from '../connections/connections.present.ts';
import { jstStamp, type OrgHeader } from './document.ts';

const mfaText = (v: boolean | null) => (v === null ? '未確認' : v ? 'あり' : 'なし');

function map(org: OrgHeader, points: ConnectionView[]): Html {
  const kinds = [...new Set(points.map((p) => p.kind))];
  return html`<div class="conn-map" aria-label="外部接続点の図">
<div class="conn-center">${org.name}<small>院内ネットワーク</small></div>
<div class="conn-kinds">${kinds.map(
    (k) =>
      html`<div class="conn-kind"><h3>${kindLabels[k].ja}</h3><ul>${points
        .filter((p) => p.kind === k)
        .map(
          (p) =>
            html`<li class="${p.warnings.length ? 'warn' : ''}">${p.name}${p.vendorName ? html`<small>${p.vendorName}</small>` : ''}${p.warnings.map((w) => html`<span class="mark">${w}</span>`)}</li>`,
        )}</ul></div>`,
  )}</div>
</div>`;
}

function table(points: ConnectionView[]): Html {
  return html`<table class="conn-table"><thead><tr><th scope="col">名称</th><th scope="col">種類</th><th scope="col">事業者</th><th scope="col">機器・ファームウェア</th><th scope="col">接続元制限</th><th scope="col">多要素認証</th><th scope="col">確認</th></tr></thead>
<tbody>${points.map(
    (p) =>
      html`<tr><td>${p.name}${p.purpose ? html`<br><small>${p.purpose}</small>` : ''}</td><td>${kindLabels[p.kind].ja}</td><td>${p.vendorName}</td><td>${[p.deviceLabel, p.firmware].filter(Boolean).join(' / ')}</td><td>${restrictionLabels[p.sourceRestriction].ja}${p.allowedSources.length ? html`<br><small>${p.allowedSources.join(', ')}</small>` : ''}${p.timeWindow ? html`<br><small>${p.timeWindow}</small>` : ''}</td><td>${mfaText(p.mfa)}</td><td>${p.confirmedOn ? formatWareki(p.confirmedOn) : ''}${p.confirmedBy ? html`<br><small>${p.confirmedBy}</small>` : ''}</td></tr>`,
  )}</tbody></table>`;
}

export function renderConnections(org: OrgHeader, all: ConnectionView[], generatedAt: Date): Html {
  const points = all.filter((p) => p.status !== 'retired');
  const open = points.filter((p) => p.sourceRestriction !== 'restricted').length;
  const noMfa = points.filter((p) => p.warnings.some((w) => w.startsWith('多要素認証'))).length;
  return html`<section class="doc conn-doc" aria-label="外部接続点">
<h1>外部接続点の一覧<br><small>外部から院内のネットワークに入れる経路</small></h1>
<table class="meta"><tbody><tr><th scope="row">医療機関名</th><td>${org.name}</td><th scope="row">作成</th><td>${jstStamp(generatedAt)}</td></tr></tbody></table>
${
  points.length === 0
    ? html`<p class="ready">外部接続点はまだ登録されていません。保守用VPN、リモートデスクトップ、回線を事業者に確認して登録してください。</p>`
    : html`<p class="ready">外部接続点 ${points.length} 件のうち、接続元を制限していない (または未確認の) もの ${open} 件、遠隔操作で多要素認証のない (または未確認の) もの ${noMfa} 件。</p>${map(org, points)}${table(points)}`
}
<p class="provenance">チェックリスト 2(8)「接続元制限を実施している」等の確認用。攻撃の多くは把握されていない保守用の接続から入っています。</p>
</section>`;
}
