import { describe, expect, it } from 'vitest';
import { requestQueue } from './admission.ts';

const limits = { concurrency: undefined, queue: 100, waitMs: 10_000 };

/** How many requests the queue lets run before the next one waits. */
async function runningAtOnce(queue: ReturnType<typeof requestQueue>): Promise<number> {
  for (let i = 0; i < 50; i++) void queue.acquire(`client-${i}`);
  await Promise.resolve();
  return queue.stats().running;
}

describe('admission of API requests', () => {
  it('runs as many at once as the PostgreSQL pool has connections', async () => {
    expect(await runningAtOnce(requestQueue('postgres', limits, 6))).toBe(6);
    expect(await runningAtOnce(requestQueue('postgres', limits, 14))).toBe(14);
  });

  it('runs two at once on PGlite, and what MAMORI_REQUEST_CONCURRENCY says when set', async () => {
    expect(await runningAtOnce(requestQueue('pglite', limits, 6))).toBe(2);
    expect(await runningAtOnce(requestQueue('postgres', { ...limits, concurrency: 3 }, 6))).toBe(3);
  });
});
