// The record of an inspection on A4 (print view or PDF): the institution, the office, the date and the
// inspectors, the submission inspected (number, time, sha256), each 手引き point with 確認した / 指摘 and
// the note, the summary, and how the points are known (the 手引き's summary, or inferred for the year).
// A draft is printed as 下書き. To whoever may read the record (the office; the institution once completed).
import { pointResultLabels } from '../../../domain/inspection/points.ts';
import type { Deps } from '../../deps.ts';
import { html } from '../../lib/html.ts';
import type { Caller } from '../caller.ts';
import { jstStamp } from '../outputs/document.ts';
import { type OutputFile, type PrintFormat, pdfFor, printed } from '../outputs/outputs.service.ts';
import { getInspection, type InspectionView } from './inspections.service.ts';

const ABOUT = { institution: '医療機関確認用', vendor: '事業者確認用', chart: '連絡体制図' } as const;

export function renderInspection(r: InspectionView) {
  const submission = r.submission
    ? `事前送付 ${r.submission.no} 回目 (提出 ${jstStamp(new Date(r.submission.submittedAt))}、sha256 ${r.submission.sha256})`
    : '事前送付なし';
  const state = r.completedAt
    ? `確定 ${jstStamp(new Date(r.completedAt))} (${r.completedBy ?? ''})`
    : '下書き (確定していません。医療機関には表示されません)';
  return html`<section class="doc" aria-label="立入検査の記録">
<h1>立入検査の記録（サイバーセキュリティ対策・${r.fiscalYearLabel}）</h1>
${r.completedAt ? '' : html`<p class="draft">下書き</p>`}
<table class="meta"><tbody>
<tr><th scope="row">医療機関</th><td>${r.institutionName}</td></tr>
<tr><th scope="row">検査した保健所等</th><td>${r.officeName}</td></tr>
<tr><th scope="row">検査日</th><td>${r.inspectedOn ?? '未入力'}</td></tr>
<tr><th scope="row">検査担当者</th><td>${r.inspectors}</td></tr>
<tr><th scope="row">確認した資料</th><td>${submission}</td></tr>
<tr><th scope="row">状態</th><td>${state}</td></tr>
</tbody></table>
<h2>手引きの確認事項ごとの結果</h2>
<table class="form"><thead><tr><th scope="col">No.</th><th scope="col">様式</th><th scope="col">確認事項</th><th scope="col">結果</th><th scope="col">指摘の内容・メモ</th></tr></thead>
<tbody>${r.results.map(
    (p, i) =>
      html`<tr><td>${i + 1}</td><td>${ABOUT[p.about]}</td><td>${p.text}</td><td>${p.result ? pointResultLabels[p.result].ja : '未記録'}</td><td>${p.note}</td></tr>`,
  )}</tbody></table>
<h2>総評</h2>
<p class="summary">${r.summary || '—'}</p>
<p class="provenance">確認事項の出典: ${r.provenance.text}</p>
</section>`;
}

export async function inspectionFile(deps: Deps, caller: Caller, orgId: string, id: string, format: PrintFormat): Promise<OutputFile> {
  const r = await getInspection(deps, caller, orgId, id);
  return printed(
    deps,
    `${r.institutionName} ${r.fiscalYearLabel} 立入検査の記録`,
    renderInspection(r),
    format,
    `${r.fiscalYearLabel}_立入検査の記録`,
    pdfFor(orgId, caller),
  );
}
