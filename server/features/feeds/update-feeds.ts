// Use case: fetch the feeds from their canonical addresses (CISA's KEV JSON, endoflife.date's API v1
// full dump; other addresses by MAMORI_FEED_KEV_URL / MAMORI_FEED_EOL_URL) with a time-out and a size
// limit, then load them exactly as files are loaded: checked whole before anything is replaced, so a
// failed or broken download keeps the previous data. An expected sha256 may be given.
import { createHash } from 'node:crypto';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { type FeedFile, loadFeedsAs, MAX_FEED_BYTES } from './load-feeds.ts';

export interface UpdateOptions {
  kinds: ('kev' | 'eol')[];
  timeoutMs?: number;
  maxBytes?: number;
  sha256?: { kev?: string; eol?: string };
}

const failed = (what: string, why: string) =>
  new AppError('UNAVAILABLE', `${what} を取得できませんでした: ${why}。これまでのデータはそのままです。`);

/** GET a URL into memory, refusing a non-2xx answer, a body over `maxBytes`, and a slow server. */
export async function fetchLimited(url: string, what: string, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { accept: 'application/json' } });
  } catch (err) {
    const e = err as Error;
    throw failed(
      what,
      e.name === 'TimeoutError'
        ? `${Math.round(timeoutMs / 1000)} 秒以内に応答がありません`
        : `接続できません (${e.message.slice(0, 120)})`,
    );
  }
  if (!res.ok || !res.body) throw failed(what, `HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw failed(what, `大きすぎます (${Math.round(declared / 1048576)} MB)`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel();
        throw failed(what, `大きすぎます (上限 ${Math.round(maxBytes / 1048576)} MB)`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw failed(
      what,
      (err as Error).name === 'TimeoutError' ? '途中で時間切れになりました' : `途中で切れました (${(err as Error).message.slice(0, 120)})`,
    );
  }
  return Buffer.concat(chunks);
}

export async function updateFeedsAs(deps: Deps, actor: Actor, opts: UpdateOptions) {
  const maxBytes = opts.maxBytes ?? MAX_FEED_BYTES;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const files: { kev?: FeedFile; eol?: FeedFile[] } = {};
  for (const kind of opts.kinds) {
    const url = deps.config.feedUrls[kind];
    const what = kind === 'kev' ? 'CISA KEV' : 'endoflife.date';
    const bytes = await fetchLimited(url, what, maxBytes, timeoutMs);
    const expected = opts.sha256?.[kind];
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (expected && expected.toLowerCase() !== actual) throw failed(what, `sha256 が一致しません (${actual})`);
    const file = { name: kind === 'kev' ? 'known_exploited_vulnerabilities.json' : 'endoflife-products-full.json', bytes };
    if (kind === 'kev') files.kev = file;
    else files.eol = [file];
  }
  return { ...(await loadFeedsAs(deps, actor, files)), from: opts.kinds.map((k) => deps.config.feedUrls[k]) };
}
