// Start-time fair queuing of requests by client: at most `concurrency` run at once, at most `queue`
// wait, and a waiting request is started in order of its start tag. A client's tag is one past its
// previous request's tag, so a client that keeps many requests in flight queues behind itself and
// busy clients are served round robin. A client with no recent request has credit for a short burst:
// its tags start `burst` rounds behind the virtual time (the tag last started), so a new client (a
// new browser tab loading its first few requests, a colleague signing in) is started next instead of
// behind everyone's round; once the burst is spent it joins the round like everyone else, and the
// credit comes back only by waiting. Pure apart from the timers.

export class QueueFull extends Error {
  readonly reason: 'full' | 'timeout';

  constructor(reason: 'full' | 'timeout') {
    super(`request queue ${reason}`);
    this.reason = reason;
    this.name = 'QueueFull';
  }
}

export interface FairQueueLimits {
  /** requests running at once */
  concurrency: number;
  /** requests waiting; one more is refused at once */
  queue: number;
  /** longest wait before a request is refused */
  waitMs: number;
  /** requests an idle client may start ahead of the round (a page load's first requests) */
  burst: number;
}

interface Waiting {
  tag: number;
  seq: number;
  start: () => void;
  settled: boolean;
}

export class FairQueue {
  private running = 0;
  private waiting = 0;
  private virtual = 0;
  private seq = 0;
  private readonly heap: Waiting[] = [];
  private readonly lastTag = new Map<string, number>();

  private readonly limits: FairQueueLimits;

  constructor(limits: FairQueueLimits) {
    this.limits = limits;
  }

  stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting };
  }

  /** Resolves with a release function when the request may run; rejects with QueueFull. */
  acquire(client: string): Promise<() => void> {
    // a client with no recent request has credit for `burst` requests ahead of the current round
    const tag = Math.max(this.virtual - this.limits.burst, (this.lastTag.get(client) ?? Number.NEGATIVE_INFINITY) + 1);
    if (this.running < this.limits.concurrency && this.waiting === 0) {
      this.begin(client, tag);
      return Promise.resolve(this.releaser());
    }
    if (this.waiting >= this.limits.queue) return Promise.reject(new QueueFull('full'));
    this.lastTag.set(client, tag);
    return new Promise((resolve, reject) => {
      const entry: Waiting = {
        tag,
        seq: this.seq++,
        settled: false,
        start: () => {
          clearTimeout(timer);
          this.begin(client, tag);
          resolve(this.releaser());
        },
      };
      const timer = setTimeout(() => {
        entry.settled = true; // left in the heap, skipped when it comes up
        this.waiting -= 1;
        reject(new QueueFull('timeout'));
      }, this.limits.waitMs);
      timer.unref?.();
      this.waiting += 1;
      push(this.heap, entry);
    });
  }

  private begin(client: string, tag: number): void {
    this.running += 1;
    this.virtual = Math.max(this.virtual, tag);
    this.lastTag.set(client, tag);
    if (this.lastTag.size > 4 * (this.limits.queue + this.limits.concurrency)) this.forgetIdle();
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.running -= 1;
      this.next();
      // the end of a busy period: nobody is owed anything (a burst of sign-ins from one address
      // before the load must not leave that address behind everyone once the load has started)
      if (this.running === 0 && this.waiting === 0) this.lastTag.clear();
    };
  }

  private next(): void {
    while (this.running < this.limits.concurrency && this.heap.length > 0) {
      const entry = pop(this.heap);
      if (!entry || entry.settled) continue;
      entry.settled = true;
      this.waiting -= 1;
      entry.start();
    }
  }

  /** A client whose last tag is a burst behind would be tagged as a new client anyway. */
  private forgetIdle(): void {
    for (const [client, tag] of this.lastTag) if (tag + this.limits.burst + 1 <= this.virtual) this.lastTag.delete(client);
  }
}

const before = (a: Waiting, b: Waiting) => a.tag < b.tag || (a.tag === b.tag && a.seq < b.seq);

function push(heap: Waiting[], entry: Waiting): void {
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(heap[i] as Waiting, heap[parent] as Waiting)) break;
    [heap[i], heap[parent]] = [heap[parent] as Waiting, heap[i] as Waiting];
    i = parent;
  }
}

function pop(heap: Waiting[]): Waiting | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0 && last) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l] as Waiting, heap[m] as Waiting)) m = l;
      if (r < heap.length && before(heap[r] as Waiting, heap[m] as Waiting)) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m] as Waiting, heap[i] as Waiting];
      i = m;
    }
  }
  return top;
}
