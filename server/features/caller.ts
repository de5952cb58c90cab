// The signed-in user behind a request (or the CLI's local identity) and how the audit trail names them.
import type { Actor } from '../lib/actor.ts';
import type { UserRow } from './users/users.repo.ts';

export interface Caller {
  user: UserRow;
  actor: Actor;
  /** fires when the HTTP client has gone away (none for the CLI): queued heavy work is then dropped */
  readonly gone?: AbortSignal;
}

export const callerFor = (user: UserRow, clientAddress: string | null): Caller => ({
  user,
  actor: { userId: user.id, label: user.loginId, clientAddress },
});
