// A backup as an HTTP response body (POST /api/local/backup, for the CLI while the server holds the
// embedded data folder). The body ends only after the backup and its audit event are committed; on any
// failure it is aborted, so the client never takes a partial body for a whole one.
import { PassThrough, Readable, Writable } from 'node:stream';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { errorSummary } from '../../lib/error-summary.ts';
import { writeBackup } from './write-backup.ts';

export function backupResponseBody(deps: Deps, actor: Actor): ReadableStream<Uint8Array> {
  const body = new PassThrough();
  const gone = () => new Error('the client closed the connection during the backup');
  // Forwards into `body` without ending it: writeBackup ends this sink before it records the audit event.
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (body.destroyed) return done(gone());
      if (body.write(chunk)) return done();
      const onDrain = () => {
        body.off('close', onClose);
        done();
      };
      const onClose = () => {
        body.off('drain', onDrain);
        done(gone());
      };
      body.once('drain', onDrain);
      body.once('close', onClose);
    },
  });
  // a client that goes away must not leave the snapshot transaction (and, on PGlite, the database) held
  body.on('close', () => {
    if (!sink.writableFinished) sink.destroy(gone());
  });
  writeBackup(deps, sink, { actor }).then(
    () => body.end(),
    (err: unknown) => {
      deps.log.error('backup through the local channel failed', errorSummary(err));
      body.destroy(err instanceof Error ? err : new Error(String(err)));
    },
  );
  return Readable.toWeb(body) as ReadableStream<Uint8Array>;
}
