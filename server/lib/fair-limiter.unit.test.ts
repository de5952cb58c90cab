// The fair limiter with jobs the test finishes by hand: which job starts when, and who is refused.
import { describe, expect, it } from 'vitest';
import { FairLimiter, type FairLimits, JobAbandoned, LimiterFull } from './fair-limiter.ts';

const LIMITS: FairLimits = { running: 1, runningPerOrg: 1, waitingPerOrg: 2, waiting: 8, perUser: 3 };

/** A limiter whose jobs record their start and wait until the test finishes them. */
function harness(limits: FairLimits = LIMITS) {
  let now = 0;
  const limiter = new FairLimiter(limits, () => now);
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  const submit = (name: string, org: string, user = `${org}-viewer`, abandoned?: AbortSignal) =>
    limiter.run(
      { org, user },
      () => {
        started.push(name);
        return new Promise<string>((resolve) => finish.set(name, () => resolve(name)));
      },
      abandoned,
    );
  const done = async (name: string, ms = 0) => {
    now += ms;
    finish.get(name)?.();
    await new Promise((r) => setImmediate(r)); // let the limiter start the next job
  };
  return { limiter, started, submit, done };
}

/** How a submission was answered at once: accepted (started or waiting) or refused, and why. */
const answer = (submit: () => Promise<unknown>) => {
  try {
    submit();
    return 'accepted';
  } catch (err) {
    return err instanceof LimiterFull ? err.reason : String(err);
  }
};

describe('fair limiter', () => {
  it('drops a waiting job whose client went away: it never starts, and its place and the user’s count are free again', async () => {
    const { limiter, started, submit, done } = harness({ ...LIMITS, perUser: 2 });
    const running = submit('a0', 'A', 'u');
    const gone = new AbortController();
    const abandoned = submit('a1', 'A', 'u', gone.signal);
    expect(limiter.snapshot()).toEqual({ running: 1, waiting: 1 });
    expect(answer(() => submit('a2', 'A', 'u'))).toBe('user'); // two in hand already
    gone.abort();
    await expect(abandoned).rejects.toBeInstanceOf(JobAbandoned);
    expect(limiter.snapshot()).toEqual({ running: 1, waiting: 0 });
    const next = submit('a3', 'A', 'u'); // the user's count was given back
    await done('a0');
    expect(started).toEqual(['a0', 'a3']);
    await done('a3');
    expect(await Promise.all([running, next])).toEqual(['a0', 'a3']);
    // a running job is not stopped by its signal
    const late = new AbortController();
    const kept = submit('a4', 'A', 'u', late.signal);
    late.abort();
    await done('a4');
    expect(await kept).toBe('a4');
  });

  it('runs one job per organisation, queues two, and refuses the rest of a flood as the organisation’s', async () => {
    const { started, submit } = harness();
    const answers = Array.from({ length: 12 }, (_, i) => answer(() => submit(`a${i}`, 'A')));
    expect(answers).toEqual([...Array(3).fill('accepted'), ...Array(9).fill('org')]);
    expect(started).toEqual(['a0']);
  });

  it('starts another organisation’s job before the flood’s waiting ones (round robin, not first come)', async () => {
    const { started, submit, done } = harness();
    const flood = [0, 1, 2].map((i) => submit(`a${i}`, 'A'));
    const b = submit('b0', 'B');
    await done('a0');
    expect(started).toEqual(['a0', 'b0']);
    await done('b0');
    await done('a1');
    expect(started).toEqual(['a0', 'b0', 'a1', 'a2']);
    await done('a2');
    expect(await Promise.all([...flood, b])).toEqual(['a0', 'a1', 'a2', 'b0']);
  });

  it('alternates between organisations that both wait', async () => {
    const { started, submit, done } = harness();
    for (const i of [0, 1, 2]) submit(`a${i}`, 'A');
    for (const i of [0, 1]) submit(`b${i}`, 'B');
    submit('c0', 'C');
    for (const name of ['a0', 'b0', 'c0', 'a1', 'b1']) await done(name);
    expect(started).toEqual(['a0', 'b0', 'c0', 'a1', 'b1', 'a2']);
  });

  it('with two slots gives the second to another organisation at once', async () => {
    const { started, submit } = harness({ ...LIMITS, running: 2 });
    for (const i of [0, 1, 2]) submit(`a${i}`, 'A');
    submit('b0', 'B');
    expect(started).toEqual(['a0', 'b0']);
  });

  it('refuses beyond the overall waiting line as the server’s, with a Retry-After from measured jobs', async () => {
    const { limiter, submit, done } = harness({ ...LIMITS, waiting: 3 });
    submit('a0', 'A');
    await done('a0', 4000); // one job took 4 s
    for (const org of ['A', 'B', 'C', 'D']) submit(`${org}1`, org);
    let err: unknown;
    try {
      submit('e1', 'E');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LimiterFull);
    expect((err as LimiterFull).reason).toBe('server');
    // 1 running and 3 waiting on one slot, about 4 s each
    expect((err as LimiterFull).retryAfterSeconds).toBeGreaterThanOrEqual(4);
    expect(limiter.snapshot()).toEqual({ running: 1, waiting: 3 });
  });

  it('bounds one user across organisations', async () => {
    const { limiter, submit } = harness({ ...LIMITS, running: 2 });
    const mine = ['A', 'B', 'C', 'D'].map((org) => answer(() => submit(`x-${org}`, org, 'inspector')));
    expect(mine).toEqual(['accepted', 'accepted', 'accepted', 'user']);
    submit('d-own', 'D'); // another user of D still gets in line
    expect(limiter.snapshot()).toEqual({ running: 2, waiting: 2 });
  });

  it('frees the slot when a job fails and passes the failure on', async () => {
    const limiter = new FairLimiter(LIMITS);
    await expect(limiter.run({ org: 'A', user: 'u' }, () => Promise.reject(new Error('chromium crashed')))).rejects.toThrow('crashed');
    await expect(
      limiter.run({ org: 'A', user: 'u' }, () => {
        throw new Error('sync');
      }),
    ).rejects.toThrow('sync');
    expect(await limiter.run({ org: 'A', user: 'u' }, async () => 'ok')).toBe('ok');
    expect(limiter.snapshot()).toEqual({ running: 0, waiting: 0 });
  });
});
