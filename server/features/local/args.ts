// The arguments of a local operation (as the CLI sends them): a text value, and `--org SLUG` resolved
// to the organisation.
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import { findOrgBySlug } from '../orgs/orgs.repo.ts';

export type Args = Record<string, unknown>;

export const text = (args: Args, key: string): string | undefined => (typeof args[key] === 'string' ? (args[key] as string) : undefined);

export async function orgOf(deps: Deps, args: Args) {
  const slug = text(args, 'org') ?? '';
  const org = await findOrgBySlug(deps.db, slug);
  if (!org) throw new AppError('NOT_FOUND', `組織 ${slug} が見つかりません。`);
  return org;
}
