// Runs PGlite in a worker thread. PGlite executes every query synchronously in WASM; on the main
// thread a busy database stopped the event loop from accepting new connections (a new browser tab
// waited 20 s behind 200 busy clients). Here the main thread only posts messages and keeps serving.
// Plain JavaScript: worker threads do not inherit the tsx loader the CLI registers.
// Protocol (see pglite-worker-client.ts): {id, op, ...} in, {id, ok, value | error} out.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';

const identity = (value) => value;
// The parsers drizzle-orm's PGlite session passes (dates, intervals and their arrays stay strings).
const DRIZZLE_PARSERS = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((oid) => [oid, identity]),
);

// a data folder, or (tests) an in-memory database loaded from a dumped template image
const db = workerData.image ? new PGlite({ loadDataDir: new Blob([workerData.image]) }) : new PGlite(workerData.dir);
/** open transactions: id -> { tx, finish(commit) } */
const transactions = new Map();
let nextTx = 1;

function errorOf(err) {
  const out = { message: String(err?.message ?? err), name: String(err?.name ?? 'Error') };
  if (err && typeof err === 'object') {
    for (const [key, value] of Object.entries(err)) {
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) out[key] = value;
    }
  }
  return out;
}

const reply = (id, ok, payload) => parentPort.postMessage(ok ? { id, ok, value: payload } : { id, ok, error: errorOf(payload) });

const ROLLBACK = Symbol('rollback');

function begin(id) {
  const txId = nextTx++;
  let finish;
  const decided = new Promise((resolve, reject) => {
    finish = (commit) => (commit ? resolve() : reject(ROLLBACK));
  });
  let started = false;
  const done = db.transaction(async (tx) => {
    started = true;
    transactions.set(txId, { tx, finish, ended: undefined });
    reply(id, true, txId);
    await decided;
  });
  done.then(
    () => transactions.get(txId)?.ended?.(true),
    (err) => {
      if (!started) return reply(id, false, err);
      const entry = transactions.get(txId);
      if (err === ROLLBACK) entry?.ended?.(true);
      else entry?.ended?.(false, err);
    },
  );
}

async function handle(msg) {
  switch (msg.op) {
    case 'query': {
      const target = msg.tx ? transactions.get(msg.tx)?.tx : db;
      if (!target) throw new Error(`transaction ${msg.tx} is not open`);
      const options = { rowMode: msg.rowMode };
      if (msg.drizzleParsers) options.parsers = DRIZZLE_PARSERS;
      return target.query(msg.sql, msg.params, options);
    }
    case 'exec': {
      const target = msg.tx ? transactions.get(msg.tx)?.tx : db;
      if (!target) throw new Error(`transaction ${msg.tx} is not open`);
      return target.exec(msg.sql);
    }
    case 'end': {
      const entry = transactions.get(msg.tx);
      if (!entry) throw new Error(`transaction ${msg.tx} is not open`);
      return new Promise((resolve, reject) => {
        entry.ended = (ok, err) => {
          transactions.delete(msg.tx);
          if (ok) resolve(null);
          else reject(err);
        };
        entry.finish(msg.commit);
      });
    }
    case 'close':
      await db.close();
      return null;
    default:
      throw new Error(`unknown operation ${msg.op}`);
  }
}

parentPort.on('message', (msg) => {
  if (msg.op === 'begin') return begin(msg.id);
  handle(msg).then(
    (value) => reply(msg.id, true, value),
    (err) => reply(msg.id, false, err),
  );
});

try {
  await db.waitReady;
  parentPort.postMessage({ id: 0, ok: true, value: 'ready' });
} catch (err) {
  parentPort.postMessage({ id: 0, ok: false, error: errorOf(err) });
}
