import { afterEach, describe, expect, it, vi } from 'vitest';
import { FairQueue, QueueFull } from './fair-queue.ts';

/** Acquires for a client and records the order in which acquisitions start. */
function recorder(queue: FairQueue) {
  const started: string[] = [];
  const releases: (() => void)[] = [];
  const acquire = (client: string, label = client) =>
    queue.acquire(client).then((release) => {
      started.push(label);
      releases.push(release);
    });
  return { started, releases, acquire };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('fair request queue', () => {
  it('starts a new client before the backlog of a busy one', async () => {
    const queue = new FairQueue({ concurrency: 1, queue: 100, waitMs: 60_000 });
    const r = recorder(queue);
    const all = [r.acquire('busy', 'busy-0')];
    for (let i = 1; i <= 20; i++) all.push(r.acquire('busy', `busy-${i}`));
    await Promise.resolve();
    all.push(r.acquire('new'));
    for (let i = 0; i < 3; i++) {
      await vi.waitFor(() => expect(r.releases.length).toBeGreaterThan(i));
      r.releases[i]?.();
    }
    await vi.waitFor(() => expect(r.started.length).toBeGreaterThanOrEqual(3));
    expect(r.started.slice(0, 3)).toEqual(['busy-0', 'new', 'busy-1']);
  });

  it('serves steady clients round robin, and a newcomer next even when every client is busy', async () => {
    const queue = new FairQueue({ concurrency: 1, queue: 1000, waitMs: 60_000 });
    const started: string[] = [];
    let release: (() => void) | undefined;
    let stop = false;
    // 50 closed-loop clients: each asks again as soon as its previous request is done
    const loop = async (client: string) => {
      while (!stop) {
        const done = await queue.acquire(client);
        started.push(client);
        await new Promise<void>((resolve) => {
          release = () => {
            done();
            resolve();
          };
        });
      }
    };
    const step = async () => {
      await vi.waitFor(() => expect(release).toBeDefined());
      const r = release;
      release = undefined;
      r?.();
    };
    for (let c = 0; c < 50; c++) void loop(`c${c}`);
    for (let i = 0; i < 200; i++) await step();
    const round = started.slice(-50);
    expect(new Set(round).size).toBe(50); // the last 50 starts: each client once
    const before = started.length;
    void queue.acquire('newcomer').then(() => started.push('newcomer'));
    await Promise.resolve();
    await step();
    await vi.waitFor(() => expect(started.length).toBeGreaterThan(before));
    expect(started[before]).toBe('newcomer');
    stop = true;
  });

  it('refuses beyond the bound at once, and a wait beyond the deadline', async () => {
    vi.useFakeTimers();
    const queue = new FairQueue({ concurrency: 1, queue: 2, waitMs: 10_000 });
    const first = await queue.acquire('a');
    const waiting = [queue.acquire('b'), queue.acquire('c')];
    await expect(queue.acquire('d')).rejects.toEqual(new QueueFull('full'));
    vi.advanceTimersByTime(10_001);
    for (const w of waiting) await expect(w).rejects.toEqual(new QueueFull('timeout'));
    expect(queue.stats()).toEqual({ running: 1, waiting: 0 });
    first();
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
    const again = await queue.acquire('e');
    again();
    again(); // a second release changes nothing
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
  });
});
