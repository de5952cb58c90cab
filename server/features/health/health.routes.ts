// GET /api/health: version, engine and migration state, for monitoring and the CLI. Answered from a
// cached state, never waiting for the database: under load a monitor or a new browser tab is answered
// at once. The state is refreshed in the background when older than REFRESH_MS.
import { Hono } from 'hono';
import type { Database } from '../../db/client.ts';
import { type MigrationState, migrationState } from '../../db/migrate.ts';
import type { AppEnv } from '../../http/env.ts';

const REFRESH_MS = 15_000;

interface Cached {
  state: MigrationState;
  at: number;
  refreshing: boolean;
}

const cache = new WeakMap<Database, Cached>();

async function currentState(database: Database, now: number): Promise<MigrationState> {
  const cached = cache.get(database);
  if (!cached) {
    const state = await migrationState(database);
    cache.set(database, { state, at: now, refreshing: false });
    return state;
  }
  if (now - cached.at > REFRESH_MS && !cached.refreshing) {
    cached.refreshing = true;
    migrationState(database)
      .then((state) => Object.assign(cached, { state, at: Date.now() }))
      .catch(() => undefined) // the last known state stays; the next request tries again
      .finally(() => {
        cached.refreshing = false;
      });
  }
  return cached.state;
}

/** Called at start-up once the database is migrated, so that the first health check needs no query. */
export const primeHealth = async (database: Database): Promise<void> => {
  cache.set(database, { state: await migrationState(database), at: Date.now(), refreshing: false });
};

export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const deps = c.get('deps');
  const migrations = await currentState(deps.database, Date.now());
  const ok = migrations.pending === 0;
  return c.json(
    { status: ok ? 'ok' : 'migrations_pending', version: deps.version, engine: deps.database.engine, migrations },
    ok ? 200 : 503,
  );
});
