// A browser-like client signed in as a new member of an organisation with the given role.
import type { Role } from '../../domain/roles.ts';
import type { Deps } from '../deps.ts';
import { TestClient } from './client.ts';
import { testApp } from './harness.ts';
import { PASSWORD, seedUser } from './seed.ts';

export async function memberClient(deps: Deps, orgId: string, role: Role): Promise<TestClient> {
  const user = await seedUser(deps, { org: { id: orgId, role } });
  const client = new TestClient(testApp(deps));
  await client.signIn(user.loginId, PASSWORD);
  return client;
}
