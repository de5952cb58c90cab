// schema.ts and the SQL migrations must say the same: drizzle-kit generate, run on a copy of the
// migrations, must find nothing to write. A schema change without `npm run db:generate` fails here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('the migrations', () => {
  it('are in step with schema.ts (drizzle-kit generate writes nothing)', () => {
    const dir = path.join('.test-artifacts', `migrations-check-${process.pid}`);
    const abs = path.join(root, dir);
    fs.rmSync(abs, { recursive: true, force: true });
    fs.mkdirSync(abs, { recursive: true });
    try {
      fs.cpSync(path.join(root, 'server', 'db', 'migrations'), path.join(abs, 'migrations'), { recursive: true });
      const before = fs.readdirSync(path.join(abs, 'migrations')).sort();
      // drizzle-kit resolves `out` against the working folder: relative paths from the repository root
      fs.writeFileSync(
        path.join(abs, 'drizzle.config.ts'),
        `export default { dialect: 'postgresql', schema: './server/db/schema.ts', out: './${dir}/migrations' };\n`,
      );
      const run = spawnSync(
        process.execPath,
        [path.join(root, 'node_modules', 'drizzle-kit', 'bin.cjs'), 'generate', '--config', path.join(dir, 'drizzle.config.ts')],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
      expect(run.status, run.stderr).toBe(0);
      const after = fs.readdirSync(path.join(abs, 'migrations')).sort();
      expect(after, `${run.stdout}\nschema.ts changed without a migration: run npm run db:generate`).toEqual(before);
      expect(run.stdout).toContain('No schema changes');
    } finally {
      fs.rmSync(abs, { recursive: true, force: true });
    }
  }, 60_000);
});
