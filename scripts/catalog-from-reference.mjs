#!/usr/bin/env node
// Regenerates catalog/r5.json, r6.json and r7.json from the project's research compilation
// (../shared/reference/checklist/items.json). The catalog files are committed: Mamori does not need
// shared/ at run time. Wording is never edited here: what the compilation marks as inferred or not
// found is carried as such (item.wording), so the UI can show it honestly.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reference = path.resolve(root, '..', 'shared', 'reference', 'checklist', 'items.json');
const source = JSON.parse(fs.readFileSync(reference, 'utf8'));
const REIWA_BASE = 2018; // 令和N年度 starts in April of 2018 + N

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
      caveats: source.caveats,
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
