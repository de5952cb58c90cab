// First start: while no user exists, anyone who can reach the server may create the first system
// administrator, once. There is no default password anywhere.
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { createUserAs } from '../users/create-user.ts';
import { countUsers } from '../users/users.repo.ts';
import type { firstAdminSchema } from './setup.contract.ts';

export async function needsSetup(deps: Deps): Promise<boolean> {
  return (await countUsers(deps.db)) === 0;
}

/** `input` has passed firstAdminSchema (the route's contract, or the CLI operation). */
export async function createFirstAdmin(deps: Deps, actor: Actor, input: z.output<typeof firstAdminSchema>) {
  return deps.db.transaction(async (tx) => {
    // serialise concurrent first-start requests: only one may find zero users
    await tx.execute(sql`select pg_advisory_xact_lock(727274)`);
    if ((await countUsers(tx)) > 0) throw new AppError('ALREADY_SET_UP', '初期設定は完了しています。ログインしてください。');
    return createUserAs(deps, actor, { ...input, isSystemAdmin: true }, undefined, tx);
  });
}
