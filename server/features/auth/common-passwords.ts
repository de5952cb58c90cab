// The shipped list of common passwords (common-passwords.txt, built by scripts/common-passwords.mjs),
// read once on first use: ~49,000 lower-case entries, a few MB of memory.
import fs from 'node:fs';
import path from 'node:path';

let list: ReadonlySet<string> | undefined;

export function commonPasswords(): ReadonlySet<string> {
  list ??= new Set(
    fs
      .readFileSync(path.join(import.meta.dirname, 'common-passwords.txt'), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return list;
}
