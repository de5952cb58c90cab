// The organisation a request names, read together with its session (sessions.repo.ts) so that the
// access check (orgs.policy.ts) needs no query of its own. Only ever for the session's own user.
import type { OrgRow } from './orgs.repo.ts';

export interface OrgLookup {
  orgId: string;
  /**
   * undefined: no such organisation; role null: the user is not a member; grant: the 立入検査の閲覧許可
   * in force that lets a non-member read (only looked up for a read: GET or HEAD)
   */
  found: { org: OrgRow; role: string | null; grant?: string | null } | undefined;
  /** set by the access check when it let the request read under `found.grant`: the view is then audited */
  readUnderGrant?: string;
}

const ORG_PATH = /^\/api\/orgs\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i;

/** The organisation id in an API path such as /api/orgs/{id}/devices, if any. */
export const orgIdInPath = (path: string): string | undefined => ORG_PATH.exec(path)?.[1];
