// mamori feeds load --kev FILE --eol DIR|FILE [--nvd FILE|DIR]: the vulnerability and end-of-life
// data, from files (sites without internet). Every file is checked first; a broken one changes nothing.
// mamori findings --org SLUG [--severity critical,high,medium,info] [--json]: the organisation's findings.
import fs from 'node:fs';
import path from 'node:path';
import { severityLabels } from '../../domain/findings/match.ts';
import { MAX_FEED_BYTES } from '../../server/features/feeds/load-feeds.ts';
import { AppError } from '../../server/lib/errors.ts';
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';

/** A file, or every .md / .json file of a folder, each read only when it is within the size limit. */
function filesOf(p: string | undefined, pattern: RegExp): { name: string; base64: string }[] {
  if (!p) return [];
  const full = path.resolve(p);
  const names = fs.statSync(full).isDirectory()
    ? fs
        .readdirSync(full)
        .filter((f) => pattern.test(f))
        .map((f) => path.join(full, f))
    : [full];
  return names.map((f) => {
    const size = fs.statSync(f).size;
    if (size > MAX_FEED_BYTES)
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `${f}: ファイルが大きすぎます (${Math.round(size / 1048576)} MB、上限 ${MAX_FEED_BYTES / 1048576} MB)。これまでのデータはそのままです。`,
      );
    return { name: path.basename(f), base64: fs.readFileSync(f).toString('base64') };
  });
}

export async function feedsLoadCommand(values: CliValues): Promise<number> {
  if (!values.kev && !values.eol && !values.nvd) {
    process.stderr.write('使い方: mamori feeds load --kev FILE --eol DIR|FILE [--nvd FILE|DIR]\n');
    return 2;
  }
  const args = {
    kev: filesOf(values.kev, /\.(json|csv)$/i),
    eol: filesOf(values.eol, /\.(md|json)$/i),
    nvd: filesOf(values.nvd, /\.json$/i),
  };
  const result = (await runOperation(configFrom(values), 'feeds.load', args)) as {
    loaded: { kind: string; version: string; entries: number }[];
  };
  print(values.json, result, () => result.loaded.map((l) => `${l.kind}: ${l.version} (${l.entries} 件) を読み込みました。`).join('\n'));
  return 0;
}

/** mamori feeds update [--only kev|eol] [--kev-sha256 HEX]: fetch from the canonical addresses. */
export async function feedsUpdateCommand(values: CliValues): Promise<number> {
  const kinds = values.only ? [values.only] : ['kev', 'eol'];
  if (kinds.some((k) => k !== 'kev' && k !== 'eol')) {
    process.stderr.write('使い方: mamori feeds update [--only kev|eol] [--kev-sha256 HEX]\n');
    return 2;
  }
  const result = (await runOperation(configFrom(values), 'feeds.update', { kinds, kevSha256: values['kev-sha256'] })) as {
    loaded: { kind: string; version: string; entries: number }[];
    from: string[];
  };
  print(values.json, result, () =>
    [...result.loaded.map((l) => `${l.kind}: ${l.version} (${l.entries} 件) を読み込みました。`), `取得元: ${result.from.join(', ')}`].join(
      '\n',
    ),
  );
  return 0;
}

interface FindingsResult {
  counts: Record<string, number>;
  findings: { severity: keyof typeof severityLabels; subject: { label: string }; title: string; method: string }[];
  warnings: string[];
}

export async function findingsCommand(values: CliValues): Promise<number> {
  if (!values.org) {
    process.stderr.write('使い方: mamori findings --org SLUG [--severity critical,high,medium,info] [--json]\n');
    return 2;
  }
  const r = (await runOperation(configFrom(values), 'findings', { org: values.org, severity: values.severity })) as FindingsResult;
  print(values.json, r, () =>
    [
      `重大 ${r.counts.critical ?? 0} / 高 ${r.counts.high ?? 0} / 中 ${r.counts.medium ?? 0} / 情報 ${r.counts.info ?? 0}`,
      ...r.warnings.map((w) => `※ ${w}`),
      ...r.findings.map(
        (f) => `[${severityLabels[f.severity].ja}] ${f.subject.label}: ${f.title}${f.method === 'name-only' ? ' (名前のみで照合)' : ''}`,
      ),
    ].join('\n'),
  );
  return 0;
}
