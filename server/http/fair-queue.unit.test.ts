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
    const queue = new FairQueue({ concurrency: 1, queue: 100, waitMs: 60_000, burst: 1 });
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

  it('forgets who was served once the queue is idle, so a past burst is not held against a client', async () => {
    const queue = new FairQueue({ concurrency: 1, queue: 100, waitMs: 60_000, burst: 1 });
    const r = recorder(queue);
    // a burst of sign-ins from one address, served while nobody else was waiting
    const burst = Array.from({ length: 20 }, () => r.acquire('address'));
    for (let i = 0; i < 20; i++) {
      await vi.waitFor(() => expect(r.releases.length).toBeGreaterThan(i));
      r.releases[i]?.();
    }
    await Promise.all(burst);
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
    r.started.length = 0;
    r.releases.length = 0;
    // later, under load: one running, another client with a backlog, then the address again
    const later = [r.acquire('a'), ...Array.from({ length: 4 }, () => r.acquire('b')), r.acquire('address')];
    for (let i = 0; i < 6; i++) {
      await vi.waitFor(() => expect(r.releases.length).toBeGreaterThan(i));
      r.releases[i]?.();
    }
    await Promise.all(later);
    expect(r.started.slice(0, 3)).toEqual(['a', 'b', 'address']);
  });

  /** 50 closed-loop clients (each asks again as soon as its previous request is done), served one at a time. */
  function steadyLoad(queue: FairQueue) {
    const started: string[] = [];
    let release: (() => void) | undefined;
    let stop = false;
    const once = async (client: string) => {
      const done = await queue.acquire(client);
      started.push(client);
      await new Promise<void>((resolve) => {
        release = () => {
          done();
          resolve();
        };
      });
    };
    const loop = async (client: string) => {
      while (!stop) await once(client);
    };
    for (let c = 0; c < 50; c++) void loop(`c${c}`);
    return {
      started,
      /** one request of another client, held like the others until a step */
      once,
      /** finishes the running request, so the next one starts */
      async step() {
        await vi.waitFor(() => expect(release).toBeDefined());
        const r = release;
        release = undefined;
        r?.();
      },
      stop: () => {
        stop = true;
      },
    };
  }

  it('serves steady clients round robin, and a newcomer next even when every client is busy', async () => {
    const queue = new FairQueue({ concurrency: 1, queue: 1000, waitMs: 60_000, burst: 1 });
    const load = steadyLoad(queue);
    for (let i = 0; i < 200; i++) await load.step();
    const round = load.started.slice(-50);
    expect(new Set(round).size).toBe(50); // the last 50 starts: each client once
    const before = load.started.length;
    void queue.acquire('newcomer').then(() => load.started.push('newcomer'));
    await Promise.resolve();
    await load.step();
    await vi.waitFor(() => expect(load.started.length).toBeGreaterThan(before));
    expect(load.started[before]).toBe('newcomer');
    load.stop();
  });

  it("starts a newcomer's burst ahead of the round, then queues it like everyone else", async () => {
    const queue = new FairQueue({ concurrency: 1, queue: 1000, waitMs: 60_000, burst: 6 });
    const load = steadyLoad(queue);
    for (let i = 0; i < 50 * 10 + 25; i++) await load.step(); // mid-round: 25 clients not yet served in it
    const before = load.started.length;
    // a new tab: 7 requests at once
    for (let i = 0; i < 7; i++) void load.once('tab');
    await Promise.resolve();
    for (let i = 0; i < 40; i++) await load.step();
    await vi.waitFor(() => expect(load.started.length).toBeGreaterThanOrEqual(before + 40));
    const after = load.started.slice(before);
    expect(after.slice(0, 6)).toEqual(Array(6).fill('tab')); // its burst first
    const seventh = after.indexOf('tab', 6);
    expect(seventh).toBeGreaterThan(6 + 20); // then behind the clients still waiting for their turn in this round
    load.stop();
  });

  it('refuses beyond the bound at once, and a wait beyond the deadline', async () => {
    vi.useFakeTimers();
    const queue = new FairQueue({ concurrency: 1, queue: 2, waitMs: 10_000, burst: 1 });
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
