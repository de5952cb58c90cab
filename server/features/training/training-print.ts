// The year's 教育・訓練の記録 on A4, for the report to the management: the totals, each session with its
// attendees' number, who was trained with their sessions, the 利用者台帳's staff not trained (said to be
// only as complete as that ledger), and the phishing drills with their rates.
import { formatWareki } from '../../../domain/dates/wareki.ts';
import { percent } from '../../../domain/training/completion.ts';
import { trainingKindLabels } from '../../../domain/training/training.ts';
import { type Html, html } from '../../lib/html.ts';
import { jstStamp, type OrgHeader } from '../outputs/document.ts';
import type { TrainingYear } from './training.service.ts';

function sessionsTable(y: TrainingYear): Html {
  if (y.sessions.length === 0)
    return html`<p class="missing">この年度の研修の記録がありません。全職員を対象とした研修を実施し、記録してください。</p>`;
  return html`<table class="training-table"><thead><tr><th scope="col">実施日</th><th scope="col">内容</th><th scope="col">形式</th><th scope="col">講師</th><th scope="col">受講者数</th><th scope="col">資料</th></tr></thead>
<tbody>${y.sessions.map(
    (s) =>
      html`<tr><td>${formatWareki(s.heldOn)}</td><td>${s.topic}${s.note ? html`<br><small>${s.note}</small>` : ''}</td><td>${trainingKindLabels[s.kind].ja}</td><td>${s.instructor}</td><td class="num">${s.attendees.length} 人</td><td>${s.material?.fileName ?? ''}</td></tr>`,
  )}</tbody></table>`;
}

function peopleTable(y: TrainingYear): Html {
  const { people } = y.completion;
  if (people.length === 0) return html`<p class="missing">この年度に研修を受講した人の記録がありません。</p>`;
  return html`<table class="training-table"><thead><tr><th scope="col">氏名</th><th scope="col">部署</th><th scope="col">受講した研修</th></tr></thead>
<tbody>${people.map(
    (p) =>
      html`<tr><td>${p.name}</td><td>${p.department}</td><td>${p.sessions.map((s, i) => html`${i ? html`<br>` : ''}${formatWareki(s.heldOn)} ${s.topic}`)}</td></tr>`,
  )}</tbody></table>`;
}

function notAttended(y: TrainingYear): Html {
  const c = y.completion;
  const source = html`<p class="provenance">未受講者は利用者台帳 (有効な個人のアカウント、${c.ledgerPeople} 人) から作っています。利用者台帳に登録のない職員は含まれません。</p>`;
  if (c.ledgerPeople === 0) return html`<p class="missing">利用者台帳に職員が登録されていないため、未受講者は分かりません。</p>${source}`;
  if (c.notAttended.length === 0) return html`<p class="ready">利用者台帳の職員は全員、この年度に 1 回以上受講しています。</p>${source}`;
  return html`<table class="training-table"><thead><tr><th scope="col">氏名</th><th scope="col">部署</th></tr></thead>
<tbody>${c.notAttended.map((p) => html`<tr><td>${p.name}</td><td>${p.department}</td></tr>`)}</tbody></table>${source}`;
}

function drillsTable(y: TrainingYear): Html {
  if (y.drills.length === 0) return html`<p class="missing">この年度の標的型メール訓練の記録がありません。</p>`;
  return html`<table class="training-table"><thead><tr><th scope="col">実施日</th><th scope="col">訓練メールの内容</th><th scope="col">送信数</th><th scope="col">開封・クリック</th><th scope="col">報告</th></tr></thead>
<tbody>${y.drills.map(
    (d) =>
      html`<tr><td>${formatWareki(d.heldOn)}</td><td>${d.scenario}${d.note ? html`<br><small>${d.note}</small>` : ''}</td><td class="num">${d.sent}</td><td class="num">${d.clicked} (${percent(d.clickRate)})</td><td class="num">${d.reported} (${percent(d.reportRate)})</td></tr>`,
  )}</tbody></table>`;
}

export function renderTrainingRecord(org: OrgHeader, y: TrainingYear, generatedAt: Date): Html {
  const t = y.completion.totals;
  return html`<section class="doc training-doc" aria-label="教育・訓練の記録">
<h1>${y.fiscalYear.label} 教育・訓練の記録<br><small>情報セキュリティ研修と標的型メール訓練の実施状況</small></h1>
<table class="meta"><tbody><tr><th scope="row">医療機関名</th><td>${org.name}</td><th scope="row">作成</th><td>${jstStamp(generatedAt)}</td></tr>
<tr><th scope="row">期間</th><td colspan="3">${formatWareki(y.fiscalYear.start)} 〜 ${formatWareki(y.fiscalYear.end)}</td></tr></tbody></table>
<table class="training-totals"><tbody><tr><th scope="row">研修</th><td>${t.sessions} 回</td><th scope="row">受講者 (延べではない人数)</th><td>${t.attendees} 人</td><th scope="row">未受講 (利用者台帳)</th><td>${y.completion.ledgerPeople ? `${y.completion.notAttended.length} 人` : '—'}</td></tr>
<tr><th scope="row">標的型メール訓練</th><td>${t.drills} 回</td><th scope="row">開封・クリック率</th><td>${percent(t.clickRate)}</td><th scope="row">報告率</th><td>${percent(t.reportRate)}</td></tr></tbody></table>
<h2>研修</h2>${sessionsTable(y)}
<h2>職員ごとの受講状況</h2>${peopleTable(y)}
<h2>未受講の職員</h2>${notAttended(y)}
<h2>標的型メール訓練</h2>${drillsTable(y)}
<p class="provenance">厚生労働省の研修資料は、全職員への情報セキュリティ研修と標的型メール訓練の実施、その状況の経営層への報告を求めています。</p>
</section>`;
}
