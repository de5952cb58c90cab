// The 連絡体制図 on one A4 page: the call order as a chart (組織内, then 外部関係機関) and the two lists,
// 外部連絡リスト in the columns of the ministry's example (No, カテゴリ, 組織名, 担当者名, 電話番号).
import { entryTitle } from '../../../domain/contacts/chart.ts';
import { formatWareki } from '../../../domain/dates/wareki.ts';
import { type Html, html } from '../../lib/html.ts';
import type { ChartView } from '../contacts/contacts.present.ts';
import type { OrgHeader } from './document.ts';

type Entry = ChartView['internal'][number];

const phoneOf = (e: Entry): Html => (e.phone || e.url ? html`${e.phone || e.url}` : html`<span class="missing">（未記入）</span>`);

function box(e: Entry, step: number): Html {
  return html`<li><span class="step">${step}</span>${entryTitle(e)}<span class="phone">${phoneOf(e)}${e.hours ? ` (${e.hours})` : ''}</span></li>`;
}

function flow(chart: ChartView): Html {
  return html`<div class="flow" aria-label="呼び出し順">
<div><h3>組織内</h3><ol><li class="start">異常の発見者</li>${chart.internal.map((e, i) => box(e, i + 1))}</ol></div>
<div><h3>外部関係機関</h3><ol>${chart.external.map((e, i) => box(e, i + 1))}</ol></div>
</div>`;
}

function lists(chart: ChartView): Html {
  const inferred = (e: Entry) => (e.starter?.inferred && !e.phone ? html`<span class="mark">番号は各自で確認</span>` : '');
  return html`<div class="lists">
<h2>外部連絡リスト</h2>
<table><thead><tr><th class="num" scope="col">No</th><th class="cat" scope="col">カテゴリ</th><th scope="col">組織名</th><th class="person" scope="col">担当者名</th><th class="tel" scope="col">電話番号</th><th scope="col">受付時間・備考</th></tr></thead>
<tbody>${chart.external.map(
    (e, i) =>
      html`<tr><td class="num">${i + 1}</td><td>${e.category}</td><td>${e.organizationName}${inferred(e)}</td><td>${e.personName}</td><td>${phoneOf(e)}</td><td>${[e.hours, e.note].filter(Boolean).join(' / ')}</td></tr>`,
  )}</tbody></table>
<h2>組織内の連絡先</h2>
<table><thead><tr><th class="num" scope="col">No</th><th scope="col">役割</th><th scope="col">部署名</th><th class="person" scope="col">担当者名</th><th class="tel" scope="col">電話番号</th><th scope="col">備考</th></tr></thead>
<tbody>${chart.internal.map(
    (e, i) =>
      html`<tr><td class="num">${i + 1}</td><td>${e.category}</td><td>${e.organizationName}</td><td>${e.personName}</td><td>${phoneOf(e)}</td><td>${e.note}</td></tr>`,
  )}</tbody></table>
</div>`;
}

export function renderContactChart(org: OrgHeader, chart: ChartView): Html {
  const confirmed = chart.confirmedOn ? `${formatWareki(chart.confirmedOn)} (${chart.confirmedOn})` : '未確認';
  const empty = chart.internal.length === 0 && chart.external.length === 0;
  return html`<section class="doc contact-doc" aria-label="連絡体制図">
<h1>連絡体制図</h1>
<table class="meta"><tbody><tr><th scope="row">医療機関名</th><td>${org.name}</td><th scope="row">最終確認日</th><td>${confirmed}</td></tr></tbody></table>
${empty ? html`<p class="ready">連絡体制図はまだ登録されていません。</p>` : html`${flow(chart)}${lists(chart)}`}
<p class="provenance">インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図（チェックリスト 3(1)）。番号は変わることがあります。定期的に確認してください。</p>
</section>`;
}
