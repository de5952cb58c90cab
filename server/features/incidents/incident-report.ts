// The incident's report: what happened, when it began and ended, who started it, the first-response
// steps with who did each and when, what was affected, and the timeline — times in JST. As an A4 print
// (PDF) and as plain text to paste into the 厚生労働省 and police reports (no docx needed).
import { kindLabels } from '../../../domain/connections/connection.ts';
import {
  entryKindLabels,
  FIRST_STEPS,
  incidentStatusLabels,
  jstMinute,
  PROVENANCE,
  stepLabels,
} from '../../../domain/incidents/incident.ts';
import { type Html, html } from '../../lib/html.ts';
import type { OrgHeader } from '../outputs/document.ts';
import type { incidentOf } from './incidents.service.ts';

type IncidentView = Awaited<ReturnType<typeof incidentOf>>;

const jst = (iso: string | null) => (iso ? `${jstMinute(new Date(iso))}` : '—');
const AFFECTED: Record<string, string> = { device: '機器', connection: '外部接続点', backup: 'システム' };

export function incidentReportText(org: OrgHeader, v: IncidentView, generatedAt: Date): string {
  const { incident: i, steps, entries } = v;
  const lines = [
    `インシデント報告 (${org.name})`,
    `作成: ${jstMinute(generatedAt)} (日本時間)`,
    '',
    `インシデント ${i.no}: ${i.title}`,
    `状態: ${incidentStatusLabels[i.status].ja}`,
    `開始: ${jst(i.startedAt)} (${i.startedBy})`,
    `終了: ${i.closedAt ? `${jst(i.closedAt)} (${i.closedBy ?? ''})` : '対応中'}`,
    '',
    '■ 影響を受けたもの',
    ...(i.affected.length ? i.affected.map((a) => `- ${AFFECTED[a.type] ?? a.type}: ${a.label}`) : ['- (未記入)']),
    '',
    '■ 初動の手順',
    ...steps.map(
      (s) => `- ${stepLabels[s.step].ja}: ${s.doneAt ? `済 ${jst(s.doneAt)} (${s.doneBy ?? ''})${s.note ? ` ${s.note}` : ''}` : '未実施'}`,
    ),
    '',
    '■ 経過 (日本時間)',
    ...entries.map((e) => `${jst(e.at)} [${entryKindLabels[e.kind].ja}] ${e.text} (${e.author})`),
    '',
    `※ ${PROVENANCE}`,
  ];
  return `${lines.join('\n')}\n`;
}

export function renderIncidentReport(org: OrgHeader, v: IncidentView, generatedAt: Date): Html {
  const { incident: i, steps, entries, ledgers } = v;
  const done = new Map(steps.map((s) => [s.step, s]));
  return html`<section class="doc incident-doc" aria-label="インシデント報告">
<h1>インシデント報告<br><small>インシデント ${i.no}: ${i.title}</small></h1>
<table class="meta"><tbody>
<tr><th scope="row">医療機関名</th><td>${org.name}</td><th scope="row">作成 (日本時間)</th><td>${jstMinute(generatedAt)}</td></tr>
<tr><th scope="row">開始</th><td>${jst(i.startedAt)} (${i.startedBy})</td><th scope="row">終了</th><td>${i.closedAt ? `${jst(i.closedAt)} (${i.closedBy ?? ''})` : '対応中'}</td></tr>
</tbody></table>
<h2>影響を受けたもの</h2>
${
  i.affected.length
    ? html`<ul>${i.affected.map((a) => html`<li>${AFFECTED[a.type] ?? a.type}: ${a.label}</li>`)}</ul>`
    : html`<p class="missing">未記入</p>`
}
<h2>初動の手順</h2>
<table><thead><tr><th scope="col">手順</th><th scope="col">実施 (日本時間)</th><th scope="col">実施した人</th><th scope="col">補足</th></tr></thead>
<tbody>${FIRST_STEPS.map((step) => {
    const s = done.get(step);
    return html`<tr><td>${stepLabels[step].ja}</td><td>${s?.doneAt ? jst(s.doneAt) : html`<span class="missing">未実施</span>`}</td><td>${s?.doneBy ?? ''}</td><td>${s?.note ?? ''}</td></tr>`;
  })}</tbody></table>
<h2>経過 (日本時間)</h2>
<table><thead><tr><th scope="col">時刻</th><th scope="col">種類</th><th scope="col">内容</th><th scope="col">記録した人</th></tr></thead>
<tbody>${entries.map(
    (e) => html`<tr><td>${jst(e.at)}</td><td>${entryKindLabels[e.kind].ja}</td><td>${e.text}</td><td>${e.author}</td></tr>`,
  )}</tbody></table>
${
  ledgers.connections.length
    ? html`<h2>外部接続点 (台帳、作成時点)</h2><ul>${ledgers.connections.map(
        (p) =>
          html`<li>${p.name} (${kindLabels[p.kind as keyof typeof kindLabels]?.ja ?? p.kind})${p.vendorName ? ` — ${p.vendorName}` : ''}</li>`,
      )}</ul>`
    : ''
}
<p class="provenance">${PROVENANCE} 経過の記録は追記のみで、変更・削除はできません (訂正は新しい記録として残ります)。</p>
</section>`;
}
