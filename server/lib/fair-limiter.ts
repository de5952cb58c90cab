// A bounded, fair limiter for heavy work (PDF rendering): at most `running` jobs at once and
// `runningPerOrg` per organisation, short waiting lines per organisation and overall, a bound per
// user, and the next job taken round robin by organisation, so one organisation's flood neither
// delays another's single request nor fills the server. Beyond the bounds a job is refused at once:
// run() throws LimiterFull synchronously, with an estimate of when to retry, so a caller knows whether
// the job was accepted before it answers. Pure: no timers, the clock is injected.
// Its state is per process, which is right for what it guards: each process runs its own Chromium.

export interface FairLimits {
  /** jobs running at once, all organisations together */
  running: number;
  /** jobs running at once for one organisation */
  runningPerOrg: number;
  /** jobs waiting for one organisation */
  waitingPerOrg: number;
  /** jobs waiting, all organisations together */
  waiting: number;
  /** jobs running or waiting for one user, across organisations */
  perUser: number;
}

export interface FairRequest {
  org: string;
  user: string;
}

/** org: the organisation's own line is full; user: this user has enough in hand; server: the overall line is full */
export type FullReason = 'org' | 'user' | 'server';

export class LimiterFull extends Error {
  readonly reason: FullReason;
  readonly retryAfterSeconds: number;

  constructor(reason: FullReason, retryAfterSeconds: number) {
    super(`limiter full (${reason})`);
    this.reason = reason;
    this.retryAfterSeconds = retryAfterSeconds;
    this.name = 'LimiterFull';
  }
}

/** A waiting job whose client went away before it started. */
export class JobAbandoned extends Error {
  constructor() {
    super('job abandoned while waiting');
    this.name = 'JobAbandoned';
  }
}

const INITIAL_JOB_MS = 3000;

export class FairLimiter {
  private active = 0;
  private waitingCount = 0;
  private readonly activeByOrg = new Map<string, number>();
  private readonly heldByUser = new Map<string, number>();
  private readonly lines = new Map<string, (() => void)[]>();
  /** when each busy organisation last started a job: the one served longest ago goes next (round robin) */
  private readonly lastStart = new Map<string, number>();
  private starts = 0;
  private averageMs = INITIAL_JOB_MS;
  private measured = false;

  private limits: FairLimits;
  private readonly now: () => number;

  constructor(limits: FairLimits, now: () => number = Date.now) {
    this.limits = limits;
    this.now = now;
  }

  /** New bounds take effect for the next admission and start. */
  configure(limits: FairLimits): void {
    this.limits = limits;
    this.dispatch();
  }

  snapshot(): { running: number; waiting: number } {
    return { running: this.active, waiting: this.waitingCount };
  }

  /**
   * Starts or queues the job; throws LimiterFull at once when the bounds are reached. A waiting job
   * whose `abandoned` signal fires (its client went away) leaves the line and rejects with JobAbandoned;
   * a running one is left to finish.
   */
  run<T>(req: FairRequest, job: () => Promise<T>, abandoned?: AbortSignal): Promise<T> {
    const refused = this.refusal(req);
    if (refused) throw new LimiterFull(refused, this.retryAfterSeconds());
    bump(this.heldByUser, req.user, 1);
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        const line = this.lines.get(req.org);
        const at = line?.indexOf(start) ?? -1;
        if (!line || at < 0) return;
        line.splice(at, 1);
        if (line.length === 0) this.lines.delete(req.org);
        this.waitingCount -= 1;
        bump(this.heldByUser, req.user, -1);
        reject(new JobAbandoned());
      };
      const start = () => {
        abandoned?.removeEventListener('abort', leave);
        this.active += 1;
        bump(this.activeByOrg, req.org, 1);
        this.lastStart.set(req.org, ++this.starts);
        const began = this.now();
        attempt(job)
          .finally(() => this.finish(req, this.now() - began))
          .then(resolve, reject);
      };
      if (this.canStart(req.org) && !this.lines.has(req.org)) return start();
      this.lines.set(req.org, [...(this.lines.get(req.org) ?? []), start]);
      this.waitingCount += 1;
      if (abandoned?.aborted) leave();
      else abandoned?.addEventListener('abort', leave, { once: true });
    });
  }

  private refusal(req: FairRequest): FullReason | undefined {
    if ((this.lines.get(req.org)?.length ?? 0) >= this.limits.waitingPerOrg) return 'org';
    if ((this.heldByUser.get(req.user) ?? 0) >= this.limits.perUser) return 'user';
    if (this.canStart(req.org) && !this.lines.has(req.org)) return undefined;
    return this.waitingCount >= this.limits.waiting ? 'server' : undefined;
  }

  private canStart(org: string): boolean {
    return this.active < this.limits.running && (this.activeByOrg.get(org) ?? 0) < this.limits.runningPerOrg;
  }

  private finish(req: FairRequest, tookMs: number): void {
    this.active -= 1;
    bump(this.activeByOrg, req.org, -1);
    bump(this.heldByUser, req.user, -1);
    if (!this.activeByOrg.has(req.org) && !this.lines.has(req.org)) this.lastStart.delete(req.org);
    this.averageMs = this.measured ? 0.7 * this.averageMs + 0.3 * tookMs : tookMs;
    this.measured = true;
    this.dispatch();
  }

  /** Starts waiting jobs while there is room, each from the organisation served longest ago. */
  private dispatch(): void {
    while (this.active < this.limits.running) {
      const org = this.nextOrg();
      const line = org === undefined ? undefined : this.lines.get(org);
      const next = line?.shift();
      if (org === undefined || !line || !next) return;
      if (line.length === 0) this.lines.delete(org);
      this.waitingCount -= 1;
      next();
    }
  }

  private nextOrg(): string | undefined {
    let best: string | undefined;
    for (const org of this.lines.keys()) {
      if (!this.canStart(org)) continue;
      if (best === undefined || (this.lastStart.get(org) ?? 0) < (this.lastStart.get(best) ?? 0)) best = org;
    }
    return best;
  }

  /** Roughly when the jobs ahead will be done, from the measured job time. */
  private retryAfterSeconds(): number {
    const ahead = this.waitingCount / Math.max(1, this.limits.running) + 1;
    return Math.max(1, Math.ceil((this.averageMs * ahead) / 1000));
  }
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const n = (counts.get(key) ?? 0) + by;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

function attempt<T>(job: () => Promise<T>): Promise<T> {
  try {
    return job();
  } catch (err) {
    return Promise.reject(err);
  }
}
