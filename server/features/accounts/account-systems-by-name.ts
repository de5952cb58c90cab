// A system of the 利用者台帳 named as a person types it (`mamori import accounts --system NAME`):
// found by its folded name (systemKey, as it is registered once per folded name), or the refusal
// naming the systems that exist.
import { systemKey } from '../../../domain/assessment/vendor-forms.ts';
import type { Db, Tx } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { listAccountSystems } from './accounts.repo.ts';

/** The organisation's systems (with their account counts) and the one of that folded name, if any. */
export async function accountSystemByName(db: Db | Tx, orgId: string, name: string) {
  const systems = await listAccountSystems(db, orgId);
  const found = systems.find((s) => s.system.nameKey === systemKey(name));
  return { systems: systems.map((s) => s.system), found: found?.system };
}

/** The refusal naming the systems that do exist (or saying there are none yet). */
export function unknownAccountSystem(name: string, systems: { name: string }[], hint = ''): AppError {
  const known = systems.length
    ? `登録されているシステム: ${systems.map((s) => `「${s.name}」`).join('、')}。`
    : 'システムはまだ登録されていません。';
  return new AppError('NOT_FOUND', `システム「${name}」は利用者台帳にありません。${known}${hint}`);
}
