// The web reaches the server only through HTTP: of the server's code it may name only the contract's
// type, and only in an `import type` (erased from the bundle). Biome forbids every other server path.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });

describe('the web and the server', () => {
  it('share only the contract type', () => {
    const offending: string[] = [];
    const web = files(path.resolve(import.meta.dirname, '..', '..', 'web', 'src'));
    expect(web.length).toBeGreaterThan(50);
    for (const file of web) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']*\/server\/[^']*)'/gms)) {
        if (!m[1] || !m[2]?.endsWith('/server/api.ts')) offending.push(`${path.basename(file)}: ${m[0].replace(/\s+/g, ' ')}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
