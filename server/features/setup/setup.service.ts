// First start: while no user exists, anyone who can reach the server may create the first system
// administrator, once. There is no default password anywhere.
import { sql } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { createUserAs } from '../users/create-user.ts';
import { countUsers } from '../users/users.repo.ts';

export async function needsSetup(deps: Deps): Promise<boolean> {
  return (await countUsers(deps.db)) === 0;
}

export async function createFirstAdmin(deps: Deps, actor: Actor, raw: { loginId?: unknown; displayName?: unknown; password?: unknown }) {
  if (typeof raw.password !== 'string' || raw.password === '') {
    throw new AppError('VALIDATION', 'パスワードを入力してください。', {
      fields: [{ field: 'password', message: 'パスワードを入力してください' }],
    });
  }
  return deps.db.transaction(async (tx) => {
    // serialise concurrent first-start requests: only one may find zero users
    await tx.execute(sql`select pg_advisory_xact_lock(727274)`);
    if ((await countUsers(tx)) > 0) throw new AppError('ALREADY_SET_UP', '初期設定は完了しています。ログインしてください。');
    return createUserAs(
      deps,
      actor,
      { loginId: raw.loginId, displayName: raw.displayName, password: raw.password, isSystemAdmin: true },
      undefined,
      tx,
    );
  });
}
