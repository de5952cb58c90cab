// The main thread's side of pglite-worker.mjs: the part of PGlite's interface that drizzle-orm's
// PGlite session uses (query, exec, transaction, close), answered by PGlite in a worker thread.
// Transactions keep PGlite's semantics: while one is open, other queries wait in the worker.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';

interface Reply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: { message: string; name: string } & Record<string, unknown>;
}

/** An error from the worker, with the database's fields (code, detail, constraint …) as PGlite gives them. */
function rebuildError(error: NonNullable<Reply['error']>): Error {
  const err = new Error(error.message);
  Object.assign(err, error);
  return err;
}

export class PgliteWorkerClient {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>();
  #nextId = 1;
  #stopped: Error | undefined;
  readonly waitReady: Promise<void>;

  /** A data folder, or an in-memory database loaded from a dumped data folder image (tests). */
  constructor(source: { dir: string } | { image: Uint8Array }) {
    this.#worker = new Worker(path.join(import.meta.dirname, 'pglite-worker.mjs'), { workerData: source });
    this.waitReady = new Promise<void>((resolve, reject) => {
      this.#pending.set(0, { resolve: () => resolve(), reject });
    });
    this.#worker.on('message', (reply: Reply) => this.#settle(reply));
    this.#worker.on('error', (err) => this.#stop(err));
    this.#worker.on('exit', (code) => this.#stop(new Error(`the database worker stopped (exit code ${code})`)));
    this.#worker.ref();
  }

  #settle(reply: Reply): void {
    const waiter = this.#pending.get(reply.id);
    if (!waiter) return;
    this.#pending.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(rebuildError(reply.error ?? { message: 'database worker error', name: 'Error' }));
    // an idle worker must not keep a finished CLI command alive
    if (this.#pending.size === 0) this.#worker.unref();
  }

  #stop(err: Error): void {
    this.#stopped ??= err;
    for (const waiter of this.#pending.values()) waiter.reject(err);
    this.#pending.clear();
  }

  #call<T>(message: Record<string, unknown>): Promise<T> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#worker.ref();
      this.#worker.postMessage({ ...message, id });
    });
  }

  #query<T>(tx: number | undefined, sql: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> {
    return this.#call<Results<T>>({
      op: 'query',
      tx,
      sql,
      params,
      rowMode: options?.rowMode,
      drizzleParsers: options?.parsers !== undefined,
    });
  }

  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.#query<T>(undefined, sql, params, options);
  }

  exec(sql: string): Promise<Results[]> {
    return this.#call<Results[]>({ op: 'exec', sql });
  }

  async transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    const txId = await this.#call<number>({ op: 'begin' });
    let closed = false;
    const tx = {
      query: <R>(sql: string, params?: unknown[], options?: QueryOptions) => this.#query<R>(txId, sql, params, options),
      exec: (sql: string) => this.#call<Results[]>({ op: 'exec', tx: txId, sql }),
      rollback: async () => {
        closed = true;
        await this.#call({ op: 'end', tx: txId, commit: false });
      },
      get closed() {
        return closed;
      },
    } as unknown as Transaction;
    let result: T;
    try {
      result = await callback(tx);
    } catch (err) {
      if (!closed) await this.#call({ op: 'end', tx: txId, commit: false });
      throw err;
    }
    if (!closed) await this.#call({ op: 'end', tx: txId, commit: true });
    return result;
  }

  async close(): Promise<void> {
    if (!this.#stopped) await this.#call({ op: 'close' });
    await this.#worker.terminate();
  }

  /** drizzle-orm's PGlite driver is typed on PGlite; this object answers the calls it makes. */
  asPglite(): PGlite {
    return this as unknown as PGlite;
  }
}
