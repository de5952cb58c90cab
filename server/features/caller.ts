// The signed-in user behind a request (or the CLI's local identity) and how the audit trail names them.
import type { Actor } from '../lib/actor.ts';
import type { OrgLookup } from './orgs/org-lookup.ts';
import type { UserRow } from './users/users.repo.ts';

export interface Caller {
  user: UserRow;
  actor: Actor;
  /** fires when the HTTP client has gone away (none for the CLI): queued heavy work is then dropped */
  readonly gone?: AbortSignal;
  /** the organisation the request names, read with the session (see orgs/org-lookup.ts) */
  orgLookup?: OrgLookup | undefined;
}

export const callerFor = (user: UserRow, clientAddress: string | null): Caller => ({
  user,
  actor: { userId: user.id, label: user.loginId, clientAddress },
});
