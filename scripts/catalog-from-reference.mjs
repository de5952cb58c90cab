#!/usr/bin/env node
// Regenerates catalog/r5.json … r7.json (and the provisional r8.json built from them) from the project's research compilation
// (../shared/reference/checklist/items.json). The catalog files are committed: Mamori does not need
// shared/ at run time. Wording is never edited here: what the compilation marks as inferred or not
// found is carried as such (item.wording), so the UI can show it honestly.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reference = path.resolve(root, '..', 'shared', 'reference', 'checklist', 'items.json');
const source = JSON.parse(fs.readFileSync(reference, 'utf8'));
const REIWA_BASE = 2018; // 令和N年度 starts in April of 2018 + N

// The compilation's caveats, as a person using Mamori reads them (its notes are research notes in English).
const CAVEATS = [
  '文言は厚生労働省の資料の転載 (OCR) と抜粋から取っています。正式な文言として使う前に、厚生労働省の様式で確認してください。',
  '「推定」「文言不明」の項目は、資料で原文を読めなかったものです。公式のワークブックを取り込むと原文に置き換わります。',
];

const wording = (it) => (it.textUnknown || it.text === null ? 'unknown' : it.inferred || it.textInferred ? 'inferred' : 'confirmed');

// Layout facts of the forms that the compilation keeps only in its notes (SEED002, R5 form as OCR'd):
// 3(1) has one はい・いいえ（ / ）cell, no 目標日 or 2回目; 参考項目 are due 「令和６年度中」.
const LAYOUT = {
  R5: {
    answerType: { '3-1': 'dated_once' },
    referenceDue: 2024,
  },
};

function item(it, version) {
  const layout = LAYOUT[version] ?? {};
  return {
    id: it.id,
    section: it.section,
    sectionTitle: it.sectionTitle,
    no: it.no ?? null,
    targets: it.targets,
    status: it.status,
    text: it.text ?? null,
    wording: wording(it),
    ...(it.textFragment ? { textFragment: it.textFragment } : {}),
    answerType: layout.answerType?.[it.id] ?? (it.answerType === 'yes_no_only' ? 'yes_no_only' : 'dated'),
    ...(it.status === 'reference' && layout.referenceDue ? { dueFiscalYear: layout.referenceDue } : {}),
    skipIfNoVendorContract: it.skipIfNoVendorContract === true,
    physicalEvidenceRequired: it.physicalEvidenceRequired === true,
    newInVersion: it.newInR7 === true,
    guidelineRefs: it.guidelineRefs ?? [],
    notes: it.notes ?? '',
    source: it.source,
  };
}

for (const v of source.versions.filter((x) => ['R5', 'R6', 'R7'].includes(x.fiscalYear))) {
  const n = Number(v.fiscalYear.slice(1));
  const out = {
    format: 'mamori-checklist-catalog',
    formatVersion: 1,
    id: v.fiscalYear,
    revision: 1,
    fiscalYear: REIWA_BASE + n,
    label: v.label,
    title: '医療機関におけるサイバーセキュリティ対策チェックリスト',
    released: true,
    // R7 on print "2-④" (the manual's circled numbers within a section); R5/R6 print "2(4)"
    ...(n >= 7 ? { numbering: 'circled' } : {}),
    provenance: {
      published: v.published,
      sources: v.sources ?? [],
      compiledFrom: 'shared/reference/checklist/items.json (Mamori research compilation; see its NOTES.md)',
      caveats: CAVEATS,
    },
    answerColumns: v.answerColumns,
    answerColumnsInferred: v.answerColumnsInferred === true,
    ...(v.answerColumnsNote ? { answerColumnsNote: v.answerColumnsNote } : {}),
    rules: (v.rules ?? []).map((r) => ({ id: r.id, text: r.text, source: r.source ?? '' })),
    ...(v.changesFromR6 ? { changes: v.changesFromR6.map((c) => ({ type: c.type, text: c.text, source: c.source ?? '' })) } : {}),
    forms: v.forms.map((f) => ({
      form: f.form,
      label: f.label,
      headerNotes: f.headerNotes ?? [],
      notes: typeof f.notes === 'string' ? f.notes : '',
      itemsInferred: f.inferred === true,
      items: f.items.map((it) => item(it, v.fiscalYear)),
    })),
  };
  const file = path.join(root, 'catalog', `${v.fiscalYear.toLowerCase()}.json`);
  fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(`${path.relative(root, file)}: ${out.forms.map((f) => `${f.form} ${f.items.length}`).join(', ')}\n`);
}

// 令和8年度版 until the ministry's workbooks are loaded: the forms of the latest version that has
// each (医療機関確認用 from R7, 事業者確認用 from R6), every wording marked 推定 with its source, and
// what is known of R8 and guideline 7.0 in the provenance. Loading the official workbook
// (`mamori catalog import-workbook`) adds the next revision with the official wording.
const R8_SOURCES = [
  'https://www.mhlw.go.jp/content/10808000/001716185.pdf (チェックリスト、2ページ; 第三者のリポジトリが記録した識別子、未読)',
  'https://www.mhlw.go.jp/content/10808000/001716186.pdf (マニュアル、18ページ; 未読)',
  'https://www.mhlw.go.jp/content/10808000/001716187.xlsx (チェックリスト 医療機関・薬局確認用; 未読)',
  'https://www.mhlw.go.jp/content/10808000/001716188.xlsx (チェックリスト 事業者確認用; 未読)',
  'https://www.mhlw.go.jp/content/10808000/001716656.pdf (通知 産情発0629第1号 2026-06-29: ガイドライン第7.0版の策定)',
];
const R8_CAVEATS = [
  '令和8年度版の原文はまだ取り込まれていません。項目と文言は、医療機関・薬局確認用が令和7年度版の医療機関確認用、事業者確認用が令和6年度版の事業者確認用からの推定です。',
  '公式のワークブック (医療機関・薬局確認用 / 事業者確認用) をシステム管理者が「チェックリストの版」→「公式ワークブックを取り込む」または `mamori catalog import-workbook FILE.xlsx --fiscal-year 2026 --form institution|vendor` で取り込むと、原文の版に置き換わり、回答はその版に移ります。',
  'ガイドライン第7.0版 (2026年6月) の主な変更 (二次資料による): パスワードの定期変更の要件の削除、使い回しの禁止とアカウントロックアウトの追加、端末とサーバの二要素認証 (令和9年4月1日時点を基準)、MDS/SDS の別紙 (MDS 41 項目・SDS 58 項目)、保守委託機関編の新設。',
  '令和8年度版は「医療機関・薬局におけるサイバーセキュリティ対策チェックリスト」として、病院・診療所・助産所・薬局に一つの医療機関・薬局確認用と、事業者確認用の二つの様式で公表されています (第三者の記録による)。',
];

const provisionalItem = (from) => (it) => ({
  ...it,
  wording: it.wording === 'unknown' ? 'unknown' : 'inferred',
  newInVersion: false,
  source: `${from}の文言 (令和8年度版の原文は未確認)。元の出典: ${it.source}`,
});

function writeR8() {
  const read = (f) => JSON.parse(fs.readFileSync(path.join(root, 'catalog', f), 'utf8'));
  const [r7, r6] = [read('r7.json'), read('r6.json')];
  const form = (v, key) => v.forms.find((f) => f.form === key);
  const out = {
    format: 'mamori-checklist-catalog',
    formatVersion: 1,
    id: 'R8',
    revision: 1,
    fiscalYear: 2026,
    label: '令和8年度版',
    title: '医療機関・薬局におけるサイバーセキュリティ対策チェックリスト',
    released: true,
    numbering: 'circled',
    provenance: {
      published: '2026-06 (厚生労働省、ガイドライン第7.0版とともに公表。公表日は公式ページに未掲載)',
      sources: R8_SOURCES,
      compiledFrom:
        'Mamori: 原文未収録のため令和7年度版・令和6年度版から推定 (scripts/catalog-from-reference.mjs; 調査は shared/reference/checklist/NOTES-R6-R8.md)',
      caveats: R8_CAVEATS,
    },
    answerColumns: r7.answerColumns,
    answerColumnsInferred: true,
    answerColumnsNote: '令和8年度版の回答欄は未確認です (令和7年度版と同じと推定)。',
    rules: [
      {
        id: 'r8-forms',
        text: '医療機関・薬局は「医療機関・薬局確認用」、事業者は契約している事業者ごとに「事業者確認用」に記入する (令和7年度版の規則からの推定)。',
        source: 'inferred from R7 (https://wic-net.com/material/document/19102/3)',
      },
      {
        id: 'r8-fill',
        text: '各項目の実施状況を確認し、はい/いいえと確認した日付を記入; いいえの場合は令和8年度中の目標日を記入する (推定)。',
        source: 'inferred from R7',
      },
    ],
    changes: [
      { type: 'modified', text: 'パスワードの定期変更の要件を削除 (ガイドライン第7.0版)', source: 'NOTES-R6-R8.md §6 (二次資料)' },
      {
        type: 'added',
        text: 'パスワードの使い回しの禁止とアカウントロックアウト (ガイドライン第7.0版)',
        source: 'NOTES-R6-R8.md §6 (二次資料)',
      },
      { type: 'modified', text: '二要素認証の対象の明確化 (端末・サーバ、令和9年4月1日基準)', source: 'NOTES-R6-R8.md §4, §6 (二次資料)' },
      { type: 'added', text: 'MDS/SDS の別紙 (MDS 41 項目・SDS 58 項目)', source: 'NOTES-R6-R8.md §6 (二次資料)' },
      { type: 'modified', text: '医療機関確認用と薬局確認用を「医療機関・薬局確認用」に統合', source: 'NOTES-R6-R8.md §4' },
    ],
    forms: [
      {
        form: 'institution',
        label: '医療機関・薬局確認用',
        alsoFor: ['pharmacy'],
        headerNotes: [],
        notes: '',
        itemsInferred: true,
        items: form(r7, 'institution').items.map(provisionalItem('令和7年度版 医療機関確認用')),
      },
      {
        form: 'vendor',
        label: '事業者確認用',
        headerNotes: [],
        notes: '',
        itemsInferred: true,
        items: form(r6, 'vendor').items.map(provisionalItem('令和6年度版 事業者確認用')),
      },
    ],
  };
  fs.writeFileSync(path.join(root, 'catalog', 'r8.json'), `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(`catalog/r8.json: ${out.forms.map((f) => `${f.form} ${f.items.length}`).join(', ')} (provisional)\n`);
}

writeR8();
