// The texts are split by file (web/src/messages) and registered when their file is imported, so a
// screen downloads only the texts it shows. That is safe only if every file that names a text imports
// (directly or through its static imports) the file of messages holding it: a static import is loaded
// before the module runs, whichever chunk the bundler puts either in. This test reads the sources and
// fails naming the file and the missing import.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..');
const MESSAGES = resolve(SRC, 'messages');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === MESSAGES ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });

const messageFiles = readdirSync(MESSAGES)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['index.ts', 'types.ts', 'registry.ts'].includes(f))
  .map((f) => join(MESSAGES, f));

/** Every key and the file of messages that holds it. */
const keyFile = new Map<string, string>();
for (const file of messageFiles) {
  for (const m of readFileSync(file, 'utf8').matchAll(/^\s{2}'([^']+)':/gm)) keyFile.set(m[1] as string, file);
}

/** The files a module imports for their values (not `import type`), resolved; messages files included. */
function staticImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of src.matchAll(/^(import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s+)?'(\.{1,2}\/[^']+)'/gm)) {
    if (m[2]) continue;
    const target = resolve(dirname(file), m[3] as string);
    if (existsSync(target)) found.push(target);
  }
  return found;
}

function closure(file: string): Set<string> {
  const seen = new Set<string>();
  const stack = [file];
  while (stack.length > 0) {
    const f = stack.pop() as string;
    if (seen.has(f)) continue;
    seen.add(f);
    if (!f.startsWith(MESSAGES)) stack.push(...staticImports(f));
  }
  return seen;
}

/** The files of messages whose texts a source file names: quoted keys, and `prefix.${…}` templates. */
function neededMessageFiles(file: string): Set<string> {
  const src = readFileSync(file, 'utf8');
  const needed = new Set<string>();
  for (const m of src.matchAll(/(['"])([A-Za-z][\w]*\.[\w.]+)\1/g)) {
    const holder = keyFile.get(m[2] as string);
    if (holder) needed.add(holder);
  }
  for (const m of src.matchAll(/`([A-Za-z][\w]*\.[\w.]*)\$\{/g)) {
    for (const [key, holder] of keyFile) if (key.startsWith(m[1] as string)) needed.add(holder);
  }
  return needed;
}

describe('texts are loaded with the code that shows them', () => {
  it('finds the keys (the check itself works)', () => {
    expect(keyFile.size).toBeGreaterThan(1000);
    expect(keyFile.get('devices.title')).toBe(join(MESSAGES, 'devices.ts'));
    const labels = join(SRC, 'labels.ts');
    expect(neededMessageFiles(labels)).toContain(join(MESSAGES, 'audit.ts')); // `action.${action}`
  });

  it('every source file imports the files of messages it names', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const reachable = closure(file);
      const lacking = [...neededMessageFiles(file)].filter((m) => !reachable.has(m));
      if (lacking.length > 0) missing.push(`${relative(SRC, file)}: ${lacking.map((m) => relative(SRC, m)).join(', ')}`);
    }
    expect(missing).toEqual([]);
  });

  it('the app never loads the whole dictionary (index.ts is for types and tests)', () => {
    const offenders = sourceFiles(SRC).filter((f) => staticImports(f).includes(join(MESSAGES, 'index.ts')));
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
