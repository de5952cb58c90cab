// Use case: add a checklist version without code — from a file (`mamori catalog import`) or from
// the UI (a copy of an existing version, edited). Same format as catalog/*.json, validated, with the
// differences from the version it derives from. Versions are never edited in place: a correction is
// the next revision of the same id, and assessments keep the revision they were answered on.
import { describeDiff, diffVersions, type VersionDiff } from '../../../domain/catalog/diff.ts';
import type { CatalogVersion } from '../../../domain/catalog/schema.ts';
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { moveProvisionalAssessments } from '../assessments/move-text.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { parseCatalogFile, sortCatalog } from './catalog.loader.ts';
import { presentVersionSummary } from './catalog.present.ts';
import { insertStoredVersion } from './catalog.repo.ts';

export interface ImportResult {
  version: ReturnType<typeof presentVersionSummary>;
  diff: VersionDiff;
  lines: string[];
  stored: boolean;
  /** assessments on provisional text moved onto the new version (0 on a dry run) */
  moved: number;
}

const name = (v: { id: string; revision: number }) => `${v.id} 第${v.revision}版`;

/** The version a new one is compared with: the one it names, its previous revision, or the latest earlier year. */
function baseOf(catalog: CatalogVersion[], next: CatalogVersion): CatalogVersion | null {
  if (next.derivedFrom) {
    const named = catalog.find((v) => v.id === next.derivedFrom?.id && v.revision === next.derivedFrom.revision);
    if (!named) throw new AppError('CATALOG_INVALID', `derivedFrom: ${name(next.derivedFrom)} がありません。`);
    return named;
  }
  const sameId = catalog.filter((v) => v.id === next.id);
  if (sameId.length) return sameId.at(-1) ?? null;
  return catalog.filter((v) => v.fiscalYear < next.fiscalYear).at(-1) ?? null;
}

/** The rules a version must meet to join this installation's catalog. */
function checkPlace(catalog: CatalogVersion[], next: CatalogVersion): void {
  if (catalog.some((v) => v.id === next.id && v.revision === next.revision))
    throw new AppError(
      'CONFLICT',
      `${name(next)} は既にあります。版は上書きできません。訂正は第${next.revision + 1}版として取り込んでください。`,
    );
  const revisions = catalog.filter((v) => v.id === next.id).map((v) => v.revision);
  const expected = revisions.length ? Math.max(...revisions) + 1 : 1;
  if (next.revision !== expected)
    throw new AppError('CATALOG_INVALID', `revision: ${next.id} の次の版は第${expected}版です (ファイルは第${next.revision}版)。`);
  const other = catalog.find((v) => v.fiscalYear === next.fiscalYear && v.id !== next.id);
  if (other)
    throw new AppError(
      'CATALOG_INVALID',
      `fiscalYear: ${fiscalYear(next.fiscalYear).label}には既に ${other.id} (${other.label}) があります。訂正なら id を ${other.id} にしてください。`,
    );
}

/** The fiscal years whose text a new version may change: its own and the next, the one before (a form's nearest), and later years answered on it. */
function yearsReached(catalog: CatalogVersion[], next: CatalogVersion): number[] {
  const last = Math.max(next.fiscalYear + 1, ...catalog.map((v) => v.fiscalYear + 1));
  return Array.from({ length: last - next.fiscalYear + 2 }, (_, i) => next.fiscalYear - 1 + i);
}

export async function importCatalogVersion(
  deps: Deps,
  actor: Actor,
  text: string,
  opts: { dryRun: boolean; file?: string },
): Promise<ImportResult> {
  return addCatalogVersion(deps, actor, parseCatalogFile(opts.file ?? '取り込むファイル', text), opts);
}

/** Checks a version's place in the catalog and its differences; unless a dry run, stores it and moves provisional assessments onto it. */
export async function addCatalogVersion(
  deps: Deps,
  actor: Actor,
  next: CatalogVersion,
  opts: { dryRun: boolean; audit?: Record<string, unknown> },
): Promise<ImportResult> {
  checkPlace(deps.catalog, next);
  const diff = diffVersions(baseOf(deps.catalog, next), next);
  const result = { version: presentVersionSummary(next), diff, lines: describeDiff(diff) };
  if (opts.dryRun) return { ...result, stored: false, moved: 0 };
  const catalog = sortCatalog([...deps.catalog, next]);
  const moved = await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const stored = await insertStoredVersion(tx, {
      id: next.id,
      revision: next.revision,
      fiscalYear: next.fiscalYear,
      content: next,
      createdBy: actor.userId,
      createdByLabel: actor.label,
      createdAt: now,
    });
    if (!stored) throw new AppError('CONFLICT', `${name(next)} はたった今ほかの操作で追加されました。`);
    await recordAudit(
      tx,
      actor,
      {
        action: 'catalog.version_added',
        targetType: 'catalog_version',
        targetId: name(next),
        after: {
          id: next.id,
          revision: next.revision,
          fiscalYear: next.fiscalYear,
          label: next.label,
          base: diff.base,
          summary: result.lines,
          ...opts.audit,
        },
      },
      now,
    );
    return moveProvisionalAssessments(tx, actor, catalog, yearsReached(catalog, next), now);
  });
  deps.catalog.push(next);
  sortCatalog(deps.catalog);
  const movedLine = moved.length
    ? [`推定の文言で回答していた ${moved.length} 件の回答を、この版に移しました (変わった項目は各回答に表示されます)。`]
    : [];
  return { ...result, lines: [...result.lines, ...movedLine], stored: true, moved: moved.length };
}
