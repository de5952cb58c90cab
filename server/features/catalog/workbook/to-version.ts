// What an official workbook's form becomes: the next revision of its fiscal year's version (or the
// first version of a new year), with this form's wording `confirmed` and its provenance (file name,
// sha256, when and by whom it was loaded, any row an administrator corrected), the other forms kept
// as they were (or, for a new year, copied with their wording marked 推定). Each row read is reported
// beside the version it replaces: new, changed or the same; items of the old form with no counterpart
// are listed as dropped. Pure.
import { itemLabel } from '../../../../domain/assessment/rules.ts';
import { planTextMove, sameWording } from '../../../../domain/assessment/text-move.ts';
import { formFor, yearVersion } from '../../../../domain/catalog/form-text.ts';
import type { AnswerType, Target } from '../../../../domain/catalog/labels.ts';
import { type CatalogForm, type CatalogItem, type CatalogVersion, checkCatalog } from '../../../../domain/catalog/schema.ts';
import { fiscalYear } from '../../../../domain/dates/fiscal-year.ts';
import { AppError } from '../../../lib/errors.ts';
import type { ReadForm, ReadItem, ReadRow } from './shape.ts';

export type WorkbookForm = 'institution' | 'vendor';

export interface WorkbookMeta {
  file: string;
  sha256: string;
  loadedAt: Date;
  loadedBy: string;
  fiscalYear: number;
  form: WorkbookForm;
}

/** An administrator's correction of a misread row (by the sheet's row number). */
export interface RowCorrection {
  row: number;
  skip?: boolean;
  section?: string;
  no?: number;
  targets?: Target[];
  status?: 'required' | 'reference';
  text?: string;
  answerType?: AnswerType;
}

export interface RowReport {
  row: number;
  kind: ReadRow['kind'];
  text: string;
  item: {
    id: string;
    label: string;
    section: string;
    no: number;
    targets: Target[];
    status: string;
    answerType: AnswerType;
    text: string;
    change: 'new' | 'changed' | 'same';
    /** the replaced version's wording when it differs */
    before: string | null;
    corrected: boolean;
  } | null;
}

export interface WorkbookVersion {
  version: CatalogVersion;
  base: CatalogVersion | null;
  rows: RowReport[];
  dropped: { id: string; label: string; text: string | null }[];
}

const REIWA_BASE = 2018;
const fail = (field: string, message: string) => new AppError('VALIDATION', message, { fields: [{ field, message }] });

export function versionFromWorkbook(
  catalog: CatalogVersion[],
  read: ReadForm,
  meta: WorkbookMeta,
  corrections: RowCorrection[],
): WorkbookVersion {
  checkNames(read, meta);
  const items = applyCorrections(read, corrections);
  const yv = yearVersion(catalog, meta.fiscalYear) ?? null;
  const sameYear = yv !== null && yv.fiscalYear === meta.fiscalYear;
  const baseForm = yv ? formFor(yv, meta.form) : undefined;
  const built = buildItems(items, read, meta, baseForm?.items ?? []);
  const plan = planTextMove(baseForm?.items ?? [], built, new Set((baseForm?.items ?? []).map((i) => i.id)));
  const matchOf = new Map(plan.moves.map((m) => [m.to, m.from]));
  const baseItem = (id: string) => baseForm?.items.find((i) => i.id === matchOf.get(id));
  const finished = built.map((i) => inherit(i, baseItem(i.id), read));
  const form: CatalogForm = {
    form: meta.form,
    label: read.formLabel ?? baseForm?.label ?? (meta.form === 'vendor' ? '事業者確認用' : '医療機関確認用'),
    ...alsoForOf(read, meta, baseForm),
    headerNotes: read.headerNotes,
    notes: '',
    itemsInferred: false,
    items: finished,
  };
  const version = versionOf(catalog, yv, sameYear, form, read, meta, corrections);
  const checked = checkCatalog(version);
  if (!checked.ok)
    throw new AppError('CATALOG_INVALID', `読み取った内容を版にできません: ${checked.problems[0]?.where}: ${checked.problems[0]?.message}`);
  const numbering = version.numbering;
  return {
    version: checked.version,
    base: yv,
    rows: rowReports(read, items, finished, baseItem, corrections, numbering),
    dropped: plan.setAside.flatMap((id) => {
      const i = baseForm?.items.find((x) => x.id === id);
      return i ? [{ id, label: itemLabel(i, yv?.numbering), text: i.text }] : [];
    }),
  };
}

function checkNames(read: ReadForm, meta: WorkbookMeta): void {
  if (read.fiscalYear !== null && read.fiscalYear !== meta.fiscalYear) {
    throw fail(
      'fiscalYear',
      `ワークブックは${fiscalYear(read.fiscalYear).label}のものです (指定は${fiscalYear(meta.fiscalYear).label})。年度を確かめてください。`,
    );
  }
  const vendorSheet = read.formLabel === '事業者確認用';
  if (read.formLabel !== null && vendorSheet !== (meta.form === 'vendor')) {
    throw fail(
      'form',
      `ワークブックは「${read.formLabel}」です (指定は${meta.form === 'vendor' ? '事業者確認用' : '医療機関・薬局確認用'})。様式を確かめてください。`,
    );
  }
}

function applyCorrections(read: ReadForm, corrections: RowCorrection[]): ReadItem[] {
  const rows = new Set(read.items.map((i) => i.row));
  const unknown = corrections.find((c) => !rows.has(c.row));
  if (unknown) throw fail('corrections', `${unknown.row} 行目は項目として読み取った行ではありません。`);
  return read.items.flatMap((item) => {
    const c = corrections.find((x) => x.row === item.row);
    if (!c) return [item];
    if (c.skip) return [];
    return [
      {
        ...item,
        ...(c.section !== undefined ? { section: c.section } : {}),
        ...(c.no !== undefined ? { no: c.no } : {}),
        ...(c.targets !== undefined ? { targets: c.targets } : {}),
        ...(c.status !== undefined ? { reference: c.status === 'reference' } : {}),
        ...(c.text !== undefined ? { text: c.text.trim() } : {}),
        ...(c.answerType !== undefined ? { answerType: c.answerType } : {}),
      },
    ];
  });
}

/** Items with ids: section-no, or section-no.target for a row under a target heading (R5/R6: 2-4.server), as the catalog names them. */
function buildItems(items: ReadItem[], read: ReadForm, meta: WorkbookMeta, baseItems: CatalogItem[]): CatalogItem[] {
  const byNumber = new Map<string, ReadItem[]>();
  for (const i of items.filter((x) => !x.gate)) byNumber.set(`${i.section}-${i.no}`, [...(byNumber.get(`${i.section}-${i.no}`) ?? []), i]);
  for (const [number, same] of byNumber) {
    const keys = same.map((i) => [...i.targets].sort().join(','));
    const clash = same.find((_, k) => keys.indexOf(keys[k] as string) !== k);
    if (clash) {
      const first = same[keys.indexOf([...clash.targets].sort().join(','))];
      throw fail('file', `${first?.row} 行目と ${clash.row} 行目が同じ番号 (${number}) で対象も同じです。どちらかを訂正してください。`);
    }
  }
  const sectionTitle = (section: string) =>
    read.sectionTitles[section] ?? baseItems.find((b) => b.section === section)?.sectionTitle ?? `${section}`;
  return items.map((i) => {
    const perTarget =
      !i.gate && ((byNumber.get(`${i.section}-${i.no}`)?.length ?? 0) > 1 || (i.targetsFrom === 'heading' && i.targets[0] !== 'general'));
    return {
      id: i.gate ? '0-gate' : perTarget ? `${i.section}-${i.no}.${i.targets[0]}` : `${i.section}-${i.no}`,
      section: i.section,
      sectionTitle: i.gate ? '医療情報システムの有無' : sectionTitle(i.section),
      no: i.no,
      targets: i.targets,
      status: i.gate ? 'gate' : i.reference ? 'reference' : 'required',
      text: i.text,
      wording: 'confirmed',
      answerType: i.answerType,
      ...(i.dueFiscalYear ? { dueFiscalYear: i.dueFiscalYear } : {}),
      skipIfNoVendorContract: false,
      physicalEvidenceRequired: false,
      newInVersion: false,
      guidelineRefs: [],
      notes: '',
      source: `公式ワークブック「${meta.file}」シート「${read.sheet}」${i.address || `${i.row} 行目`} (sha256 ${meta.sha256.slice(0, 16)}…)`,
    };
  });
}

/** What the workbook does not say, from the item it replaces: guideline references, the 記入不要 rule, 現物確認. */
function inherit(item: CatalogItem, before: CatalogItem | undefined, read: ReadForm): CatalogItem {
  const number = `${item.section}-${item.no}`;
  return {
    ...item,
    skipIfNoVendorContract: read.noVendorNumbers.length ? read.noVendorNumbers.includes(number) : (before?.skipIfNoVendorContract ?? false),
    physicalEvidenceRequired: before?.physicalEvidenceRequired ?? /連絡体制図/.test(item.text ?? ''),
    newInVersion: before === undefined && item.status !== 'gate',
    guidelineRefs: before?.guidelineRefs ?? [],
  };
}

function alsoForOf(read: ReadForm, meta: WorkbookMeta, baseForm: CatalogForm | undefined): Pick<CatalogForm, 'alsoFor'> {
  if (meta.form !== 'institution') return {};
  if (/薬局/.test(read.formLabel ?? '') && /医療機関/.test(read.formLabel ?? '')) return { alsoFor: ['pharmacy'] };
  return baseForm?.alsoFor ? { alsoFor: baseForm.alsoFor } : {};
}

function versionOf(
  catalog: CatalogVersion[],
  yv: CatalogVersion | null,
  sameYear: boolean,
  form: CatalogForm,
  read: ReadForm,
  meta: WorkbookMeta,
  corrections: RowCorrection[],
): CatalogVersion {
  const id = sameYear && yv ? yv.id : `R${meta.fiscalYear - REIWA_BASE}`;
  const revision = Math.max(0, ...catalog.filter((v) => v.id === id).map((v) => v.revision)) + 1;
  // another form of the year: kept (same year), or copied from the earlier year with its wording 推定
  const others = (yv?.forms ?? [])
    .filter((f) => f.form !== meta.form && !(meta.form === 'institution' && f.form === 'pharmacy' && form.alsoFor?.includes('pharmacy')))
    .map((f) =>
      sameYear
        ? f
        : {
            ...f,
            itemsInferred: true,
            items: f.items.map((i) => ({ ...i, wording: i.wording === 'unknown' ? ('unknown' as const) : ('inferred' as const) })),
          },
    );
  const date = meta.loadedAt.toISOString().slice(0, 10);
  const stillProvisional = others.filter((f) => f.items.some((i) => i.wording !== 'confirmed')).map((f) => f.label);
  return {
    format: 'mamori-checklist-catalog',
    formatVersion: 1,
    id,
    revision,
    fiscalYear: meta.fiscalYear,
    label: `${fiscalYear(meta.fiscalYear).label}版`,
    title: read.title ?? yv?.title ?? '医療機関におけるサイバーセキュリティ対策チェックリスト',
    released: true,
    numbering: read.numbering,
    ...(yv ? { derivedFrom: { id: yv.id, revision: yv.revision } } : {}),
    revisionNote: `公式ワークブック「${meta.file}」の${form.label}を取り込み`,
    provenance: {
      published: sameYear && yv ? yv.provenance.published : `${fiscalYear(meta.fiscalYear).label} (公式ワークブックによる)`,
      sources: [`公式ワークブック「${meta.file}」 sha256 ${meta.sha256}`, ...(sameYear && yv ? yv.provenance.sources : [])],
      compiledFrom: `${form.label}: ${meta.loadedBy} が ${date} に公式ワークブックから取り込み (Mamori)`,
      caveats: [
        `${form.label}の文言は公式ワークブック「${meta.file}」のシート「${read.sheet}」から読み取りました。`,
        ...corrections.map((c) => `${c.row} 行目は取り込み時に管理者が${c.skip ? '除外' : '訂正'}しました (${meta.loadedBy}、${date})。`),
        ...stillProvisional.map((label) => `${label}の文言はまだ推定です。公式のワークブックを取り込むと置き換わります。`),
      ],
    },
    answerColumns: read.singleAnswerColumn
      ? [{ key: 'first', label: '確認結果', fields: ['answer(はい|いいえ)', 'date'] }]
      : [
          { key: 'first', label: '1回目', fields: ['answer(はい|いいえ)', 'date'] },
          { key: 'target', label: '目標日', fields: ['date'], when: 'first answer is いいえ' },
          { key: 'second', label: '2回目', fields: ['answer(はい|いいえ)', 'date'] },
        ],
    answerColumnsInferred: false,
    rules: yv?.rules ?? [],
    ...(sameYear && yv?.changes ? { changes: yv.changes } : {}),
    forms: [form, ...others],
  };
}

function rowReports(
  read: ReadForm,
  items: ReadItem[],
  built: CatalogItem[],
  before: (id: string) => CatalogItem | undefined,
  corrections: RowCorrection[],
  numbering: CatalogVersion['numbering'],
): RowReport[] {
  return read.rows.map((r) => {
    const k = items.findIndex((i) => i.row === r.row);
    const item = k >= 0 ? built[k] : undefined;
    if (!item) return { row: r.row, kind: r.kind, text: r.text, item: null };
    const b = before(item.id);
    const change = !b
      ? 'new'
      : sameWording(b.text, item.text) && b.status === item.status && b.answerType === item.answerType
        ? 'same'
        : 'changed';
    return {
      row: r.row,
      kind: r.kind,
      text: r.text,
      item: {
        id: item.id,
        label: itemLabel(item, numbering),
        section: item.section,
        no: item.no ?? 0,
        targets: item.targets,
        status: item.status,
        answerType: item.answerType,
        text: item.text ?? '',
        change,
        before: b && !sameWording(b.text, item.text) ? b.text : null,
        corrected: corrections.some((c) => c.row === r.row),
      },
    };
  });
}
