// One checklist form in the official A4 layout: header with the institution and signature fields,
// the items under their section headings, and the answer columns 1回目 (はい・いいえ circled, 確認日),
// 目標日 and 2回目, dates in 和暦 with 西暦. Unconfirmed wording is marked, never passed off as official.
import { answerCells } from '../../../domain/catalog/labels.ts';
import { formatWareki } from '../../../domain/dates/wareki.ts';
import { type Html, html, multiline } from '../../lib/html.ts';
import { addressLine, contractLine, type FormDocument, type ItemView, jstStamp, remarksOf, unknownWording } from './document.ts';

function date(iso: string | null | undefined): Html | string {
  if (!iso) return '';
  return html`<span class="date">${formatWareki(iso)}<small>(${iso})</small></span>`;
}

function choice(value: string | null | undefined): Html {
  const opt = (v: string, label: string) => html`<span class="opt${value === v ? ' on' : ''}">${label}</span>`;
  const chosen = value === 'yes' ? 'はい' : value === 'no' ? 'いいえ' : '未回答';
  return html`<span class="choice" aria-label="${chosen}">${opt('yes', 'はい')}・${opt('no', 'いいえ')}</span>`;
}

function itemText(item: ItemView): Html {
  const marks = [
    item.wording === 'inferred' && html`<span class="mark">※推定</span>`,
    item.status === 'reference' && html`<span class="mark">参考項目</span>`,
  ];
  if (item.text === null) {
    return html`<span class="unknown-text">${unknownWording(item)}</span><span class="mark">※文言不明</span>${marks}`;
  }
  return html`${item.text}${marks}`;
}

function resultCells(item: ItemView): Html {
  if (item.exempt) return html`<td class="exempt" colspan="3">記入不要（${item.exemptReason ?? ''}）</td>`;
  const a = item.answer;
  const cells = answerCells(item);
  // a row with one answer cell (R5 3(1)) prints it across the three columns, as the form does
  if (!cells.second) return html`<td class="result" colspan="3">${choice(a?.firstAnswer)}${cells.date && date(a?.firstDate)}</td>`;
  return html`<td class="result">${choice(a?.firstAnswer)}${date(a?.firstDate)}</td>
<td class="result">${cells.target && a?.firstAnswer === 'no' ? date(a.targetDate) : ''}</td>
<td class="result">${choice(a?.secondAnswer)}${date(a?.secondDate)}</td>`;
}

function itemRows(items: ItemView[]): Html[] {
  const rows: Html[] = [];
  let section: string | null = null;
  for (const item of items) {
    if (item.sectionTitle !== section) {
      section = item.sectionTitle;
      const heading = item.section === '0' ? item.sectionTitle : `${item.section} ${item.sectionTitle}`;
      rows.push(html`<tr><th class="section" colspan="6" scope="colgroup">${heading}</th></tr>`);
    }
    rows.push(
      html`<tr data-item="${item.id}"><td class="no">${item.label}</td><td>${itemText(item)}</td>${resultCells(item)}<td class="memo">${multiline(remarksOf(item))}</td></tr>`,
    );
  }
  return rows;
}

export function renderForm(doc: FormDocument): Html {
  const a = doc.assessment;
  const { org } = doc;
  const hasInferred = a.items.some((i) => i.wording !== 'confirmed');
  return html`<section class="doc form-doc" aria-label="${a.formLabel}">
<p class="doc-kind"><span>${a.formLabel}</span></p>
<h1>${a.versionTitle}<br><small>${a.versionLabel}（${a.fiscalYearLabel}）</small></h1>
<table class="meta"><tbody>
<tr><th scope="row">医療機関名</th><td colspan="3">${org.name}</td></tr>
<tr><th scope="row">医療機関コード</th><td>${org.medicalInstitutionCode ?? ''}</td><th scope="row">所在地</th><td>${addressLine(org)}</td></tr>
${a.form === 'vendor' ? html`<tr><th scope="row">事業者名</th><td>${a.vendorName ?? ''}</td><th scope="row">システム名</th><td>${a.systemName ?? ''}</td></tr>` : ''}
<tr><th scope="row">医療情報システム安全管理責任者</th><td colspan="3">${doc.responsiblePerson ?? ''}</td></tr>
<tr><th scope="row">記入者（署名）</th><td class="sign"></td><th scope="row">記入日</th><td class="sign">　　　年　　月　　日</td></tr>
</tbody></table>
${a.headerNotes.length ? html`<ul class="notes">${a.headerNotes.map((n) => html`<li>${n}</li>`)}</ul>` : ''}
${a.provisional ? html`<div class="provisional" role="note"><p><strong>この様式の文言は暫定です (原文未確認を含みます)。</strong></p><ul class="notes">${a.textNotices.map((n) => html`<li>${n}</li>`)}</ul></div>` : ''}
<p class="notes">事業者との契約: ${contractLine(a)}</p>
${doc.asOf ? html`<p class="notes as-of">${formatWareki(doc.asOf)}（${doc.asOf}）終了時点（日本時間）の内容です。監査証跡から再現しました。</p>` : ''}
<table class="items">
<colgroup><col class="c-no"><col><col class="c-result"><col class="c-result"><col class="c-result"><col class="c-memo"></colgroup>
<thead><tr><th rowspan="2" class="no" scope="col">番号</th><th rowspan="2" scope="col">チェック項目</th><th colspan="3" scope="colgroup">確認結果（日付）</th><th rowspan="2" class="memo" scope="col">備考</th></tr>
<tr><th class="result" scope="col">1回目</th><th class="result" scope="col">目標日</th><th class="result" scope="col">2回目</th></tr></thead>
<tbody>${itemRows(a.items)}</tbody>
</table>
${hasInferred ? html`<p class="legend">※推定: 公開資料の引用から推定した文言です。※文言不明: 原文を確認できていない項目です。提出前に厚生労働省の様式と照合してください。</p>` : ''}
<p class="provenance">項目の出典: ${a.textSource ?? a.versionLabel}（Mamori 収録データ ${a.versionId} 第${a.revision}版）。作成: Mamori ${jstStamp(doc.generatedAt)}（日本時間）</p>
</section>`;
}
