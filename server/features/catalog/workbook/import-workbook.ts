// Use case: a system administrator loads the ministry's own workbook of a checklist form (`mamori
// catalog import-workbook`, or 「公式ワークブックを取り込む」 in the UI). The form is found by its shape
// in whichever sheet has it; what was read is shown row by row beside the version it replaces; rows
// may be corrected; the result is the next revision of the year's version (or a new year's first),
// stored like any added version — and the assessments on provisional text move onto it.
import { createHash } from 'node:crypto';
import type { Deps } from '../../../deps.ts';
import type { Actor } from '../../../lib/actor.ts';
import { AppError } from '../../../lib/errors.ts';
import type { presentVersionSummary } from '../catalog.present.ts';
import { addCatalogVersion } from '../import-version.ts';
import { readSheets } from './read-sheets.ts';
import { type ReadForm, readForm } from './shape.ts';
import { type RowCorrection, type RowReport, versionFromWorkbook, type WorkbookForm } from './to-version.ts';

export interface WorkbookImportOptions {
  fiscalYear: number;
  form: WorkbookForm;
  dryRun: boolean;
  corrections: RowCorrection[];
}

export interface WorkbookImportResult {
  file: string;
  sha256: string;
  sheet: string;
  version: ReturnType<typeof presentVersionSummary>;
  base: { id: string; revision: number; label: string } | null;
  rows: RowReport[];
  dropped: { id: string; label: string; text: string | null }[];
  lines: string[];
  stored: boolean;
  moved: number;
}

const refuse = (message: string) => new AppError('IMPORT_FILE_INVALID', message, { fields: [{ field: 'file', message }] });

/** The one sheet that reads as a form; refused when none does (naming where reading stopped) or two do. */
export function findForm(grids: Awaited<ReturnType<typeof readSheets>>): ReadForm {
  const results = grids.map(readForm);
  const forms = results.flatMap((r) => (r.ok && r.form.items.filter((i) => !i.gate).length >= 3 ? [r.form] : []));
  if (forms.length > 1) {
    throw refuse(
      `シート「${forms.map((f) => f.sheet).join('」と「')}」がどれもチェックリストの様式に見えます。取り込む様式のシートだけのファイルにしてください。`,
    );
  }
  const [form] = forms;
  if (form) return form;
  const stopped = results.find((r) => !r.ok && r.row !== null) ?? results.find((r) => !r.ok);
  if (stopped && !stopped.ok) {
    throw refuse(
      `シート「${stopped.sheet}」${stopped.row !== null ? `の ${stopped.row} 行目` : ''}で読み取りを止めました: ${stopped.message}`,
    );
  }
  throw refuse('チェックリストの項目の行が見つかりません (1(1)、2-① などの番号で始まる行)。');
}

export async function importWorkbook(
  deps: Deps,
  actor: Actor,
  file: { name: string; bytes: Uint8Array },
  opts: WorkbookImportOptions,
): Promise<WorkbookImportResult> {
  if (file.bytes.byteLength === 0) throw refuse('ファイルが空です。');
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const read = findForm(await readSheets(file.bytes, file.name));
  const meta = { file: file.name, sha256, loadedAt: deps.clock.now(), loadedBy: actor.label, fiscalYear: opts.fiscalYear, form: opts.form };
  const built = versionFromWorkbook(deps.catalog, read, meta, opts.corrections);
  const stored = await addCatalogVersion(deps, actor, built.version, {
    dryRun: opts.dryRun,
    audit: { workbook: { file: file.name, sha256, sheet: read.sheet, corrections: opts.corrections } },
  });
  const base = built.base;
  return {
    file: file.name,
    sha256,
    sheet: read.sheet,
    version: stored.version,
    base: base ? { id: base.id, revision: base.revision, label: base.label } : null,
    rows: built.rows,
    dropped: built.dropped,
    lines: stored.lines,
    stored: stored.stored,
    moved: stored.moved,
  };
}
