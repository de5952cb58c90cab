// Statements that run on most requests, built once per database handle with placeholders instead of
// on every call (drizzle's query building was a fifth of the server's time under load), and on
// PostgreSQL parsed and planned once per connection (named prepared statements; node-postgres keeps
// them per connection). A transaction's statements must run on its own connection: for a transaction
// handle they are built for it, as before.
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './client.ts';

export function preparedPer<T>(build: (q: Db | Tx) => T): (q: Db | Tx) => T {
  const built = new WeakMap<Db, T>();
  return (q) => {
    if (q instanceof PgTransaction) return build(q);
    const db = q as Db;
    let found = built.get(db);
    if (found === undefined) {
      found = build(db);
      built.set(db, found);
    }
    return found;
  };
}
