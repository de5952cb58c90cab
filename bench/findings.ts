// Matching the ledger against the feeds at 10,000 and 100,000 rows: time and peak memory of each,
// and the ratio between the two sizes (linear growth gives about 10). Target: 100,000 rows under 10 s.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './lib/proc.ts';

const run = promisify(execFile);

export interface FindingsBench {
  sizes: { n: number; ms: number; findings: number; peakKib: number; kev: number; eolProducts: number }[];
  ratio: number;
}

export async function runFindings(log: (s: string) => void): Promise<FindingsBench> {
  const sizes: FindingsBench['sizes'] = [];
  for (const n of [10_000, 100_000]) {
    log(`  matching ${n} rows…`);
    const { stdout } = await run(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(ROOT, 'bench', 'findings-child.ts'), String(n)],
      { cwd: ROOT, maxBuffer: 1 << 20 },
    );
    sizes.push(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}'));
  }
  const [small, large] = sizes;
  return { sizes, ratio: small && large ? large.ms / small.ms : Number.NaN };
}
