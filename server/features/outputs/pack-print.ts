// The inspection pack (立入検査用一式): a cover page with the year's readiness by the 手引き rules and
// the contents, then every form of the year (医療機関確認用 first, then each 事業者確認用) and the
// 連絡体制図, each starting on a new page.

import { type Html, html } from '../../lib/html.ts';
import type { YearReadiness } from '../assessments/readiness.ts';
import type { ChartView } from '../contacts/contacts.present.ts';
import { renderForm } from './assessment-print.ts';
import { renderContactChart } from './contacts-print.ts';
import { addressLine, type FormDocument, type OrgHeader } from './document.ts';

export interface PackInput {
  org: OrgHeader;
  readiness: YearReadiness;
  forms: FormDocument[];
  chart: ChartView;
  generatedAt: Date;
}

const titleOf = (d: FormDocument) => [d.assessment.formLabel, d.assessment.vendorName, d.assessment.systemName].filter(Boolean).join(' ');

function cover(p: PackInput): Html {
  const r = p.readiness;
  const status = r.ready
    ? html`<p class="ready">立入検査の手引きの確認事項を満たしています。</p>`
    : html`<p class="ready">手引きの確認事項のうち、不足が ${r.gaps.length} 件あります。</p><ul>${r.gaps.map((g) => html`<li>${g.message}</li>`)}</ul>`;
  return html`<section class="doc cover" aria-label="表紙">
<h1>医療機関におけるサイバーセキュリティ対策チェックリスト<br>立入検査用資料（${r.fiscalYearLabel}）</h1>
<table class="meta"><tbody>
<tr><th scope="row">医療機関名</th><td>${p.org.name}</td></tr>
<tr><th scope="row">医療機関コード</th><td>${p.org.medicalInstitutionCode ?? ''}</td></tr>
<tr><th scope="row">所在地</th><td>${addressLine(p.org)}</td></tr>
</tbody></table>
<h2>確認状況</h2>
${status}
${r.notices.length ? html`<ul class="notes">${r.notices.map((n) => html`<li>${n}</li>`)}</ul>` : ''}
${r.advice.length ? html`<h2>Mamori からの助言（立入検査の手引きの確認事項ではありません）</h2><ul class="notes">${r.advice.map((a) => html`<li>${a.message}</li>`)}</ul>` : ''}
${r.vendors.length ? html`<h2>医療情報システムを提供する事業者</h2><ul>${r.vendors.map((v) => html`<li>${v.name}: ${v.systems.length ? v.systems.map((s) => `${s.name} ${s.hasForm ? '事業者確認用あり' : '事業者確認用なし'}`).join('、') : v.hasForm ? '事業者確認用あり' : '事業者確認用なし'}</li>`)}</ul>` : ''}
<h2>内容</h2>
<ol>${p.forms.map((f) => html`<li>${titleOf(f)}（${f.assessment.versionLabel}、回答 ${f.assessment.progress.answered}/${f.assessment.progress.total}）</li>`)}<li>連絡体制図（${p.chart.paper ? `紙で保管、最終確認日 ${p.chart.paper.confirmedOn}` : `最終確認日 ${p.chart.confirmedOn ?? '未確認'}`}）</li></ol>
</section>`;
}

export function renderPack(p: PackInput): Html {
  return html`${cover(p)}${p.forms.map(renderForm)}${renderContactChart(p.org, p.chart)}`;
}
