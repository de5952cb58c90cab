// KEV's required actions as CISA publishes them: the 2026-08-07 catalog's frequent phrases all read in Japanese.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kevActionJa } from '../../../domain/findings/kev-action.ts';
import { parseKev } from './parse-kev.ts';

const KEV = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'samples',
  'kev',
  'known_exploited_vulnerabilities.2026-08-07.json',
);

describe.skipIf(!fs.existsSync(KEV))('required actions of the real KEV catalog', () => {
  const { entries } = parseKev(new Uint8Array(fs.readFileSync(KEV)), 'kev.json');
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.requiredAction, (counts.get(e.requiredAction) ?? 0) + 1);

  it('reads every phrase used by three or more entries whole', () => {
    const frequent = [...counts].filter(([, n]) => n >= 3).map(([text]) => text);
    expect(frequent.length).toBeGreaterThanOrEqual(10);
    expect(frequent.filter((t) => !kevActionJa(t).complete)).toEqual([]);
  });

  it('gives Japanese for at least 98 % of the entries, and never Japanese for a text it cannot read at all', () => {
    const read = entries.filter((e) => kevActionJa(e.requiredAction).complete).length;
    expect(read / entries.length).toBeGreaterThan(0.98);
    const unknown = entries.find((e) => e.requiredAction.startsWith('For all affected software assets'));
    expect(kevActionJa(unknown?.requiredAction ?? '').ja).toBeNull();
  });
});
