// The 緊急時カード: on one A4 page, what to do first when a cyber attack is suspected — printed in advance
// and kept by the phone, because on the day the network may be cut and Mamori unreachable. From the
// ledgers: where to cut (the 外部接続点, the backups' networks), whom to call in order with numbers
// (the 連絡体制図), whom to report to (厚生労働省, 警察, 保健所), and the order in which systems come back
// (the バックアップ台帳). The steps are Mamori's summary of the BCP ひな形 (3.3 初動対応) and the 2018
// notice; the card says so.

import { isolationLabels, placeLabels } from '../../../domain/backups/ledger.ts';
import { kindLabels } from '../../../domain/connections/connection.ts';
import { formatWareki } from '../../../domain/dates/wareki.ts';
import { PROVENANCE } from '../../../domain/incidents/incident.ts';
import { type Html, html } from '../../lib/html.ts';
import type { BackupPlanView } from '../backup-ledger/backup-ledger.present.ts';
import type { ConnectionView } from '../connections/connections.present.ts';
import type { ChartView } from '../contacts/contacts.present.ts';
import { jstStamp, type OrgHeader } from './document.ts';

type Entry = ChartView['internal'][number];

/** At most this many rows per list: the card stays one page; the rest is counted. */
const MAX_ROWS = 8;

/** Where a report goes, recognised in the 連絡体制図's external entries by its words. */
export const REPORT_TO = [
  { name: '厚生労働省', words: /厚生労働省|厚労省/ },
  { name: '警察', words: /警察/ },
  { name: '保健所', words: /保健所/ },
] as const;

const phone = (e: Entry): Html =>
  e.phone || e.url ? html`<strong>${e.phone || e.url}</strong>` : html`<span class="missing">番号が未記入</span>`;
const more = (n: number) => (n > MAX_ROWS ? html`<p class="more">ほか ${n - MAX_ROWS} 件 (台帳を参照)</p>` : '');

function cutOff(points: ConnectionView[], plans: BackupPlanView[]): Html {
  const online = plans.filter((p) => p.isolation !== 'offline' && p.isolation !== 'both');
  return html`<section class="card-step"><h2><span class="n">1</span>ネットワークから切り離す</h2>
<p>感染の疑いがある端末・サーバは LAN ケーブルを抜き、無線を切ります (<strong>電源は切らない</strong>)。広がるおそれがあれば、まずバックアップにつながるネットワーク、次に外部との接続を切ります。</p>
${
  online.length
    ? html`<p class="sub">つながったままのバックアップ (先に切り離す):</p><ul class="tight">${online
        .slice(0, MAX_ROWS)
        .map(
          (p) =>
            html`<li>${p.systemName}: ${p.places.map((x) => placeLabels[x].ja).join('、') || '保管場所 未記入'} (${isolationLabels[p.isolation].ja})</li>`,
        )}</ul>${more(online.length)}`
    : ''
}
${
  points.length
    ? html`<p class="sub">外部との接続 (外部接続点):</p><table class="card-table"><thead><tr><th scope="col">接続</th><th scope="col">種類</th><th scope="col">機器</th><th scope="col">事業者</th></tr></thead><tbody>${points
        .slice(0, MAX_ROWS)
        .map(
          (p) => html`<tr><td>${p.name}</td><td>${kindLabels[p.kind].ja}</td><td>${p.deviceLabel ?? ''}</td><td>${p.vendorName}</td></tr>`,
        )}</tbody></table>${more(points.length)}`
    : html`<p class="missing">外部接続点が登録されていません。保守用VPN・リモートデスクトップ・回線を登録すると、ここに切る場所が載ります。</p>`
}
</section>`;
}

function keepEvidence(): Html {
  return html`<section class="card-step"><h2><span class="n">2</span>証拠を残す</h2>
<ul class="tight"><li>電源を切らない・再起動しない・初期化 (再インストール) しない。</li><li>画面 (脅迫文など) を写真に撮り、気付いた時刻と行ったことを記録する。</li><li>ファイルを消したり、身代金を払ったりしない。</li></ul>
</section>`;
}

function callInOrder(chart: ChartView): Html {
  const rows = [...chart.internal.map((e) => ({ e, side: '組織内' })), ...chart.external.map((e) => ({ e, side: '外部' }))];
  return html`<section class="card-step"><h2><span class="n">3</span>この順に連絡する</h2>
${
  rows.length
    ? html`<table class="card-table"><thead><tr><th scope="col" class="num">順</th><th scope="col">区分</th><th scope="col">連絡先</th><th scope="col">担当者</th><th scope="col">電話番号</th></tr></thead><tbody>${rows
        .slice(0, MAX_ROWS + 4)
        .map(
          ({ e, side }, i) =>
            html`<tr><td class="num">${i + 1}</td><td>${side}</td><td>${[e.category, e.organizationName].filter(Boolean).join(': ')}</td><td>${e.personName}</td><td>${phone(e)}${e.hours ? html`<small> ${e.hours}</small>` : ''}</td></tr>`,
        )}</tbody></table>${rows.length > MAX_ROWS + 4 ? html`<p class="more">ほか ${rows.length - MAX_ROWS - 4} 件 (連絡体制図を参照)</p>` : ''}`
    : html`<p class="missing">連絡体制図が登録されていません。連絡体制図を作ってから印刷してください。</p>`
}
</section>`;
}

function reportTo(chart: ChartView): Html {
  return html`<section class="card-step"><h2><span class="n">4</span>報告する</h2>
<p>個人情報の漏えいや診療への支障 (そのおそれを含む) があれば、速やかに報告します。</p>
<table class="card-table"><tbody>${REPORT_TO.map(({ name, words }) => {
    const e = chart.external.find((x) => words.test(`${x.category} ${x.organizationName}`));
    return html`<tr><th scope="row">${name}</th><td>${e ? html`${e.organizationName} ${e.personName}` : html`<span class="missing">連絡体制図に登録がありません</span>`}</td><td>${e ? phone(e) : ''}</td></tr>`;
  })}</tbody></table>
</section>`;
}

function restoreOrder(plans: BackupPlanView[]): Html {
  const inUse = plans.filter((p) => p.status !== 'retired');
  return html`<section class="card-step"><h2><span class="n">5</span>復旧の順番</h2>
${
  inUse.length
    ? html`<table class="card-table"><thead><tr><th scope="col" class="num">順</th><th scope="col">システム</th><th scope="col">復旧を担当する事業者</th><th scope="col">目標</th><th scope="col">オフライン等のコピー</th></tr></thead><tbody>${inUse
        .slice(0, MAX_ROWS)
        .map(
          (p) =>
            html`<tr><td class="num">${p.restoreOrder ?? '—'}</td><td>${p.systemName}</td><td>${p.vendorName}</td><td>${p.recoveryHours === null ? '' : `${p.recoveryHours} 時間`}</td><td>${isolationLabels[p.isolation].ja}</td></tr>`,
        )}</tbody></table>${more(inUse.length)}`
    : html`<p class="missing">バックアップ台帳にシステムが登録されていません。</p>`
}
</section>`;
}

export interface EmergencyCardInput {
  org: OrgHeader;
  chart: ChartView;
  points: ConnectionView[];
  plans: BackupPlanView[];
  generatedAt: Date;
}

export function renderEmergencyCard({ org, chart, points, plans, generatedAt }: EmergencyCardInput): Html {
  const open = points.filter((p) => p.status !== 'retired');
  const confirmed = chart.confirmedOn ? formatWareki(chart.confirmedOn) : '未確認';
  return html`<section class="doc card-doc" aria-label="緊急時カード">
<h1>緊急時カード — サイバー攻撃が疑われたら</h1>
<p class="card-meta"><span>医療機関名: <strong>${org.name}</strong></span><span>作成: ${jstStamp(generatedAt)}</span><span>連絡体制図の確認日: ${confirmed}</span></p>
<p class="ready">画面がおかしい・ファイルが開けない・脅迫文が出た: 一人で対処せず、すぐに 3 の順に連絡してください。</p>
${cutOff(
  open,
  plans.filter((p) => p.status !== 'retired'),
)}${keepEvidence()}${callInOrder(chart)}${reportTo(chart)}${restoreOrder(plans)}
<p class="provenance">${PROVENANCE} 台帳が変わったら印刷し直してください。</p>
</section>`;
}
