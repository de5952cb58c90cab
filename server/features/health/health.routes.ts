// GET /api/health: version, engine and migration state, for monitoring and the CLI. Answered from a
// cached state, never waiting for the database: under load a monitor or a new browser tab is answered
// at once. The state is refreshed in the background when older than REFRESH_MS.
import { z } from '@hono/zod-openapi';
import type { Database } from '../../db/client.ts';
import { type MigrationState, migrationState } from '../../db/migrate.ts';
import { answer, contractRoutes, defineRoute } from '../../http/contract.ts';

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

const HealthSchema = z
  .object({
    status: z.enum(['ok', 'migrations_pending']),
    version: z.string(),
    engine: z.enum(['pglite', 'postgres']),
    migrations: z.object({ applied: z.number(), known: z.number(), pending: z.number(), latest: z.string().optional() }),
    /** the server's automatic backups: none yet, ok, older than the schedule (stale), the last run failed, or off */
    backups: z
      .object({ status: z.enum(['off', 'none', 'ok', 'stale', 'failing']), lastAt: z.string().nullable(), everyHours: z.number() })
      .optional(),
  })
  .openapi('Health');

const health = defineRoute({
  public: true,
  method: 'get',
  path: '/',
  tags: ['運用'],
  summary: '稼働状態 (版、データベース、未適用のマイグレーション、自動バックアップ)。監視用、ログイン不要',
  responses: {
    200: answer(HealthSchema, '稼働中'),
    503: answer(HealthSchema, 'マイグレーションが未適用'),
  },
});

export const healthRoutes = contractRoutes().openapi(health, async (c) => {
  const deps = c.get('deps');
  const migrations = await currentState(deps.database, Date.now());
  const backups = deps.backups?.health(deps.clock.now());
  const body = { version: deps.version, engine: deps.database.engine, migrations, ...(backups ? { backups } : {}) };
  return migrations.pending === 0
    ? c.json({ status: 'ok' as const, ...body }, 200)
    : c.json({ status: 'migrations_pending' as const, ...body }, 503);
});
