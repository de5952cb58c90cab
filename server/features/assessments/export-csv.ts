// Use case: an assessment as CSV in the official columns, UTF-8 with BOM (Excel opens it correctly)
// or Shift_JIS (CP932) for older tools.
import iconv from 'iconv-lite';
import { statusLabels, wordingLabels } from '../../../domain/catalog/labels.ts';
import { toCsv } from '../../../domain/csv.ts';
import type { Deps } from '../../deps.ts';
import { csvEncodingName } from '../../lib/table-file.ts';
import type { Caller } from '../caller.ts';
import type { presentAssessment } from './assessments.present.ts';
import { getAssessment } from './assessments.service.ts';

const yesNo = (v: string | null | undefined) => (v === 'yes' ? 'はい' : v === 'no' ? 'いいえ' : '');

export type CsvEncoding = 'utf8' | 'cp932';

export async function exportAssessmentCsv(deps: Deps, caller: Caller, orgId: string, id: string, encoding: CsvEncoding) {
  return assessmentCsv(await getAssessment(deps, caller, orgId, id), encoding);
}

/** The CSV file of an assessment as presented (the CLI calls this with its own local authority). */
export function assessmentCsv(a: ReturnType<typeof presentAssessment>, encoding: CsvEncoding) {
  const head = [
    ['チェックリスト', `${a.fiscalYearLabel} ${a.formLabel}`],
    ['版', a.versionLabel],
    ...(a.vendorName ? [['事業者', [a.vendorName, a.systemName].filter(Boolean).join(' / ')]] : []),
    ['事業者との契約', a.hasVendorContract ? 'あり' : 'なし'],
    [],
    ['番号', '項目', '区分', '文言の確認状況', '1回目', '1回目の確認日', '目標日', '2回目', '2回目の確認日', '記入不要', 'メモ'],
  ];
  const rows = a.items.map((i) => [
    i.label,
    i.text ?? `(文言不明)${i.textFragment ? ` ${i.textFragment}…` : ''}`,
    statusLabels[i.status].ja,
    wordingLabels[i.wording].ja,
    yesNo(i.answer?.firstAnswer),
    i.answer?.firstDate,
    i.answer?.targetDate,
    yesNo(i.answer?.secondAnswer),
    i.answer?.secondDate,
    i.exempt ? (i.exemptReason ?? '記入不要') : '',
    i.answer?.note,
  ]);
  const text = toCsv([...head, ...rows]);
  const body =
    encoding === 'cp932' ? iconv.encode(text, 'cp932') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const fileName = `${a.fiscalYearLabel}_${a.formLabel}${a.vendorName ? `_${a.vendorName}` : ''}_${csvEncodingName(encoding === 'cp932')}.csv`;
  return { body, fileName, contentType: `text/csv; charset=${encoding === 'cp932' ? 'Shift_JIS' : 'UTF-8'}` };
}
