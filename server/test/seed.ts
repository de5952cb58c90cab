// Factories: real users and organisations made through the same use cases the app uses.
import { orgInputSchema } from '../../domain/organization-input.ts';
import type { Role } from '../../domain/roles.ts';
import type { Deps } from '../deps.ts';
import { createOrganizationAs } from '../features/orgs/orgs.service.ts';
import { createUserAs } from '../features/users/create-user.ts';
import { systemActor } from '../lib/actor.ts';
import { parseInput } from '../lib/validate.ts';

export const PASSWORD = 'correct-horse-battery-42';
let counter = 0;

export async function seedUser(
  deps: Deps,
  overrides: { loginId?: string; isSystemAdmin?: boolean; org?: { id: string; role: Role } } = {},
) {
  counter += 1;
  const loginId = overrides.loginId ?? `user${counter}`;
  const { user } = await createUserAs(
    deps,
    systemActor('seed'),
    { loginId, displayName: `利用者 ${counter}`, password: PASSWORD, isSystemAdmin: overrides.isSystemAdmin ?? false },
    overrides.org ? { organizationId: overrides.org.id, role: overrides.org.role } : undefined,
  );
  return { ...user, password: PASSWORD };
}

export async function seedOrg(deps: Deps, overrides: Partial<{ slug: string; name: string; kind: string; requireMfa: boolean }> = {}) {
  counter += 1;
  const input = parseInput(orgInputSchema, {
    slug: overrides.slug ?? `org-${counter}`,
    name: overrides.name ?? `テスト医院 ${counter}`,
    kind: overrides.kind ?? 'clinic',
    prefecture: '東京都',
    requireMfa: overrides.requireMfa ?? false,
  });
  return createOrganizationAs(deps, systemActor('seed'), input);
}
