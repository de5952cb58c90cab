// Creates a new PGlite data folder in a short-lived process: initdb grows PGlite's WASM memory to
// ~850 MB, which a process never gives back, so the server itself only ever opens existing folders.
import { PGlite } from '@electric-sql/pglite';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: pglite-initdb.mjs DIR\n');
  process.exit(2);
}
const db = new PGlite(dir);
await db.waitReady;
await db.close();
