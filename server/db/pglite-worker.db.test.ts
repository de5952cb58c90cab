// PGlite in its worker thread: the server's thread keeps running while a query computes, and
// transactions, errors and closing behave as PGlite's own do.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, testEngine } from '../test/engines.ts';
import type { Database } from './client.ts';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

describe.skipIf(testEngine() !== 'pglite')('PGlite in a worker thread', () => {
  let database: Database;
  beforeEach(async () => {
    database = await freshDatabase();
    await database.db.execute(sql`create table probe (id int primary key, note text)`);
  });
  afterEach(async () => {
    await database.close();
  });

  it("keeps this thread's event loop turning while a long query runs", async () => {
    let turns = 0;
    let running = true;
    const spin = () => {
      turns += 1;
      if (running) setImmediate(spin);
    };
    setImmediate(spin);
    const turnsBefore = turns;
    const result = await database.db.execute(sql`select count(*)::int as n from generate_series(1, 3000000) g where g % 7 = 0`);
    running = false;
    expect(rowsOf<{ n: number }>(result)[0]?.n).toBe(428571);
    // on this thread the query would be one synchronous call: no turn until it returned
    expect(turns - turnsBefore).toBeGreaterThan(100);
  });

  it('commits a transaction, and a query sent meanwhile waits for it and sees its rows', async () => {
    const order: string[] = [];
    let outside: Promise<unknown> | undefined;
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into probe values (1, 'in the transaction')`);
      outside = database.db.execute(sql`select count(*)::int as n from probe`).then((r) => {
        order.push('outside');
        return r;
      });
      await tx.execute(sql`insert into probe values (2, 'still in it')`);
      order.push('commit');
    });
    const seen = rowsOf<{ n: number }>(await outside);
    expect(order).toEqual(['commit', 'outside']);
    expect(seen[0]?.n).toBe(2);
  });

  it('rolls a transaction back when its callback throws, and nested savepoints too', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into probe values (1, 'gone')`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into probe values (2, 'kept')`);
      await expect(
        tx.transaction(async (inner) => {
          await inner.execute(sql`insert into probe values (3, 'gone')`);
          throw new Error('inner');
        }),
      ).rejects.toThrow('inner');
    });
    const rows = rowsOf<{ id: number }>(await database.db.execute(sql`select id from probe order by id`));
    expect(rows.map((r) => r.id)).toEqual([2]);
  });

  it("passes the database's error fields through (a unique violation keeps its code)", async () => {
    await database.db.execute(sql`insert into probe values (1, 'a')`);
    const err = await database.db.execute(sql`insert into probe values (1, 'b')`).catch((e: unknown) => e);
    const cause = (err as { cause?: { code?: string; constraint?: string } }).cause;
    expect(cause?.code).toBe('23505');
    expect(cause?.constraint).toBe('probe_pkey');
    // the connection is usable after the error
    expect(rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from probe`))[0]?.n).toBe(1);
  });

  it('returns dates, timestamps and intervals as text, as drizzle expects from PGlite', async () => {
    const [row] = rowsOf<{ d: unknown; ts: unknown; i: unknown }>(
      await database.db.execute(sql`select date '2025-04-01' as d, timestamptz '2025-04-01 09:00+09' as ts, interval '2 days' as i`),
    );
    expect(row).toEqual({ d: '2025-04-01', ts: expect.stringMatching(/^2025-04-01 /), i: '2 days' });
  });

  it('refuses queries after close with a clear error instead of hanging', async () => {
    await database.close();
    const err = await database.db.execute(sql`select 1`).catch((e: unknown) => e);
    expect(String((err as { cause?: unknown }).cause)).toMatch(/database worker stopped/);
    database = await freshDatabase(); // for afterEach
  });
});
