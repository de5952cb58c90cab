// Use cases: this installation's own spellings of makers and products (system administrators):
// list, add or change, remove. Audited in the system chain.
import { z } from 'zod';
import { searchForm } from '../../../domain/devices/normalize.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { requireSystemAdmin } from '../orgs/orgs.policy.ts';
import { aliasesAll, deleteAlias, saveAlias } from './feeds.repo.ts';

export const aliasSchema = z.object({
  alias: z.string().trim().min(2, '2 文字以上にしてください').max(100),
  canonical: z.string().trim().min(2, '2 文字以上にしてください').max(100),
});

const present = (r: { alias: string; canonical: string; createdBy: string; createdAt: Date }) => ({
  alias: r.alias,
  canonical: r.canonical,
  createdBy: r.createdBy,
  createdAt: r.createdAt.toISOString(),
});

export async function listAliases(deps: Deps) {
  return (await aliasesAll(deps.db)).map(present);
}

export async function addAlias(deps: Deps, caller: Caller, input: z.output<typeof aliasSchema>) {
  requireSystemAdmin(caller.user);
  const row = {
    alias: searchForm(input.alias),
    canonical: searchForm(input.canonical),
    createdBy: caller.actor.label,
    createdAt: deps.clock.now(),
  };
  await deps.db.transaction(async (tx) => {
    await saveAlias(tx, row);
    await recordAudit(
      tx,
      caller.actor,
      { organizationId: null, action: 'feeds.alias_saved', targetType: 'alias', targetId: row.alias, after: { canonical: row.canonical } },
      row.createdAt,
    );
  });
  return present(row);
}

export async function removeAlias(deps: Deps, caller: Caller, alias: string) {
  requireSystemAdmin(caller.user);
  await deps.db.transaction(async (tx) => {
    const removed = await deleteAlias(tx, alias);
    if (!removed) throw notFound('読み替え');
    await recordAudit(
      tx,
      caller.actor,
      {
        organizationId: null,
        action: 'feeds.alias_removed',
        targetType: 'alias',
        targetId: alias,
        before: { canonical: removed.canonical },
      },
      deps.clock.now(),
    );
  });
  return { removed: alias };
}
