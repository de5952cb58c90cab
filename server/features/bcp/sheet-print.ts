// The BCP 確認表 on A4: the sheet's header note, the BCP document it checks, each step with its
// 大項目 and 確認項目 (provenance shown where the text is not the source's own words), the answer with
// its note, evidence file and what the ledgers said; Mamori's own checks in a table of their own.
import { type Provenance, provenanceLabels } from '../../../domain/bcp/sheet.ts';
import { formatWareki } from '../../../domain/dates/wareki.ts';
import { type Html, html } from '../../lib/html.ts';
import { jstStamp, type OrgHeader } from '../outputs/document.ts';
import type { SheetView } from './sheet.present.ts';

type Check = SheetView['steps'][number]['mamori'][number];

const ANSWER = { yes: 'はい', no: 'いいえ' } as const;
const SUGGESTED = { yes: 'はい', no: 'いいえ', unknown: '判断できない' } as const;

const mark = (p: Provenance, corrected: boolean) =>
  corrected
    ? html` <small class="provenance">[${provenanceLabels.corrected.ja}]</small>`
    : p === 'verbatim'
      ? ''
      : html` <small class="provenance">[${provenanceLabels[p].ja}]</small>`;

function checkText(c: Check): Html {
  if (c.correction) return html`${c.correction.text}${mark(c.provenance, true)}`;
  if (c.text === null) return html`<span class="missing">(確認項目の原文を確認できていません)</span>`;
  return html`${c.text}${mark(c.provenance, false)}`;
}

function answerCell(c: Check): Html {
  const a = c.answer;
  const given = a?.value
    ? html`<strong>${ANSWER[a.value]}</strong>${a.carried ? html`<br><small>(前年度から引き継ぎ)</small>` : ''}`
    : html`<span class="missing">未回答</span>`;
  return html`<td class="answer">${given}</td>`;
}

function basisCell(c: Check): Html {
  const a = c.answer;
  const parts: Html[] = [];
  if (a?.note) parts.push(html`<div>${a.note}</div>`);
  if (a?.evidence) parts.push(html`<div>証跡: ${a.evidence.fileName}</div>`);
  if (c.prefill)
    parts.push(
      html`<div><small>${c.prefill.basis}: ${SUGGESTED[c.prefill.answer]} — ${c.prefill.reasons.slice(0, 2).join(' ')}</small></div>`,
    );
  return html`<td>${parts}</td>`;
}

function stepTable(s: SheetView['steps'][number]): Html {
  const rows = s.groups.flatMap((g) =>
    g.checks.map(
      (c, i) =>
        html`<tr>${i === 0 ? html`<th scope="rowgroup" rowspan="${g.checks.length}">${g.no}<br>${g.titleCorrection ? html`${g.titleCorrection.text}${mark(g.titleProvenance, true)}` : g.title ? html`${g.title}${mark(g.titleProvenance, false)}` : html`<span class="missing">(大項目名を確認できていません)</span>`}</th>` : ''}<td>${checkText(c)}</td>${answerCell(c)}${basisCell(c)}</tr>`,
    ),
  );
  const mamori = s.mamori.length
    ? html`<table class="bcp-sheet mamori"><caption>Mamori の確認項目 (確認表の原文ではありません。台帳から確かめられることです)</caption><thead><tr><th scope="col">確認項目</th><th scope="col">回答</th><th scope="col">備考・根拠</th></tr></thead><tbody>${s.mamori.map(
        (c) => html`<tr><td>${checkText(c)}</td>${answerCell(c)}${basisCell(c)}</tr>`,
      )}</tbody></table>`
    : '';
  return html`<h2>${s.no}. ${s.title}${s.description ? html` <small>（${s.description}）${mark(s.descriptionProvenance, false)}</small>` : ''}</h2>
<table class="bcp-sheet"><thead><tr><th scope="col">大項目</th><th scope="col">確認項目</th><th scope="col">回答</th><th scope="col">備考・根拠</th></tr></thead><tbody>${rows}</tbody></table>
${s.incomplete ? html`<p class="provenance">この段階の確認項目は、資料で一部しか確認できていません。</p>` : ''}${mamori}`;
}

export function renderSheet(org: OrgHeader, v: SheetView, generatedAt: Date): Html {
  const plan = v.sheet;
  const s = v.summary;
  return html`<section class="doc bcp-doc" aria-label="${v.title}">
<h1>${v.fiscalYearLabel} ${v.title}${v.edition}<br><small>${v.headerNote}</small></h1>
<table class="meta"><tbody><tr><th scope="row">医療機関名</th><td>${org.name}</td><th scope="row">作成</th><td>${jstStamp(generatedAt)}</td></tr>
<tr><th scope="row">BCP の策定日・見直し日</th><td>${plan?.planOn ? formatWareki(plan.planOn) : html`<span class="missing">未記録</span>`}</td><th scope="row">BCP の文書</th><td>${plan?.planEvidence?.fileName ?? html`<span class="missing">未記録</span>`}</td></tr>
<tr><th scope="row">回答</th><td colspan="3">はい ${s.yes} ・ いいえ ${s.no} ・ 未回答 ${s.unanswered} (確認項目 ${s.total})${s.carried ? ` ・ 前年度から引き継いだまま ${s.carried}` : ''}${s.unseen ? ` ・ 原文未確認の確認項目 ${s.unseen}` : ''}</td></tr></tbody></table>
${plan ? '' : html`<p class="missing">この年度の確認表はまだ始められていません。下の回答欄は空です。</p>`}
${v.steps.map(stepTable)}
<p class="provenance">出典: ${v.source}。[原文] 以外の印は、資料で文言を確認できていない行です ([推定]: 要約や並びからの推定、[原文 (途中まで)]: 途中までしか確認できていない、[原文未確認]: 行があることだけ分かっている)。「備考・根拠」の小さな字は、Mamori が台帳から読んだ内容です (判断は記入者)。</p>
</section>`;
}
