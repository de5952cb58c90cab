// GET /api/health: version, engine and migration state, for monitoring and the CLI.
import { Hono } from 'hono';
import { migrationState } from '../../db/migrate.ts';
import type { AppEnv } from '../../http/env.ts';

export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const deps = c.get('deps');
  const migrations = await migrationState(deps.database);
  const ok = migrations.pending === 0;
  return c.json(
    { status: ok ? 'ok' : 'migrations_pending', version: deps.version, engine: deps.database.engine, migrations },
    ok ? 200 : 503,
  );
});
