// Use case: load the feeds from files (sites without internet: `mamori feeds load`, or an upload by a
// system administrator). Every file is read and checked first; only then is each feed given replaced,
// in one transaction — a broken file leaves the previous data as it was. Audited (system chain).
import { createHash } from 'node:crypto';
import type { EolProduct, NvdRecord } from '../../../domain/findings/feeds.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import { replaceEol, replaceKev, replaceNvd, saveFeedVersion } from './feeds.repo.ts';
import { parseEolJson, parseProductFile } from './parse-eol.ts';
import { type KevFeed, parseKev } from './parse-kev.ts';
import { parseNvd } from './parse-nvd.ts';

export interface FeedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FeedFiles {
  kev?: FeedFile;
  eol?: FeedFile[];
  nvd?: FeedFile[];
}

/** Largest feed file read (the full KEV is ~1.6 MB, the endoflife.date dump ~10 MB). */
export const MAX_FEED_BYTES = 200 * 1024 * 1024;

const sha = (files: FeedFile[]) => {
  const h = createHash('sha256');
  for (const f of files) h.update(f.bytes);
  return h.digest('hex');
};

function checkSizes(files: FeedFile[]) {
  for (const f of files) {
    if (f.bytes.length > MAX_FEED_BYTES) {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `${f.name}: ファイルが大きすぎます (上限 ${MAX_FEED_BYTES / 1048576} MB)。これまでのデータはそのままです。`,
      );
    }
  }
}

const text = (f: FeedFile) => new TextDecoder('utf-8').decode(f.bytes);

function eolOf(files: FeedFile[]): EolProduct[] {
  const products = files.flatMap((f) => (/\.md$/i.test(f.name) ? [parseProductFile(f.name, text(f))] : parseEolJson(f.name, text(f))));
  if (products.length === 0) throw new AppError('IMPORT_FILE_INVALID', 'endoflife.date: 製品のファイルがありません。');
  return products;
}

export async function loadFeedsAs(deps: Deps, actor: Actor, files: FeedFiles) {
  const all = [...(files.kev ? [files.kev] : []), ...(files.eol ?? []), ...(files.nvd ?? [])];
  if (all.length === 0) throw new AppError('VALIDATION', '読み込むファイルを指定してください (--kev, --eol, --nvd)。');
  checkSizes(all);
  const kev: KevFeed | null = files.kev ? parseKev(files.kev.bytes, files.kev.name) : null;
  const eol: EolProduct[] | null = files.eol?.length ? eolOf(files.eol) : null;
  const nvd: NvdRecord[] | null = files.nvd?.length ? files.nvd.flatMap((f) => parseNvd(f.name, text(f))) : null;
  const now = deps.clock.now();
  const loaded: { kind: 'kev' | 'eol' | 'nvd'; version: string; entries: number }[] = [];
  await deps.db.transaction(async (tx) => {
    const save = async (kind: 'kev' | 'eol' | 'nvd', version: string, releasedAt: string | null, entries: number, source: FeedFile[]) => {
      await saveFeedVersion(tx, {
        kind,
        version,
        releasedAt,
        loadedAt: now,
        loadedBy: actor.label,
        sha256: sha(source),
        entries,
        source: source
          .map((f) => f.name)
          .join(', ')
          .slice(0, 500),
      });
      loaded.push({ kind, version, entries });
    };
    if (kev && files.kev) {
      await replaceKev(tx, kev.entries);
      await save('kev', kev.version, kev.released, kev.entries.length, [files.kev]);
    }
    if (eol && files.eol) {
      await replaceEol(tx, eol);
      await save('eol', `${eol.length} products`, null, eol.length, files.eol);
    }
    if (nvd && files.nvd) {
      await replaceNvd(tx, nvd);
      await save('nvd', `${nvd.length} CVEs`, null, nvd.length, files.nvd);
    }
    await recordAudit(
      tx,
      actor,
      { organizationId: null, action: 'feeds.loaded', targetType: 'feeds', targetId: null, after: { loaded } },
      now,
    );
  });
  return { loaded };
}
