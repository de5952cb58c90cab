// A bench part measured on each engine: PGlite unless BENCH_ENGINE=postgres, then PostgreSQL (a
// server of its own, started and stopped here) unless BENCH_ENGINE=pglite or none is installed.
import { postgresUnavailable, startPostgres } from './postgres.ts';

export type Engine = 'pglite' | 'postgres';

/** Pushes each engine's measurement into `into.engines`, or why PostgreSQL was skipped into `into.skipped`. */
export async function onEachEngine<E>(
  into: { engines: E[]; skipped: string[] },
  measure: (engine: Engine, env: NodeJS.ProcessEnv, version: string) => Promise<E>,
): Promise<void> {
  if (process.env.BENCH_ENGINE !== 'postgres') into.engines.push(await measure('pglite', {}, 'PGlite (embedded)'));
  if (process.env.BENCH_ENGINE === 'pglite') return;
  const unavailable = postgresUnavailable();
  if (unavailable) {
    into.skipped.push(`PostgreSQL skipped: ${unavailable}`);
    return;
  }
  const pg = await startPostgres();
  try {
    into.engines.push(await measure('postgres', { DATABASE_URL: pg.url }, pg.version));
  } finally {
    await pg.stop();
  }
}
