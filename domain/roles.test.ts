import { describe, expect, it } from 'vitest';
import { can, type OrgAction, ROLES, type Role } from './roles.ts';

const ACTIONS: OrgAction[] = ['org.read', 'org.write', 'org.manage'];

describe('can(role, action)', () => {
  it('gives each role exactly its actions', () => {
    const table = Object.fromEntries(ROLES.map((r) => [r, ACTIONS.filter((a) => can(r, a))]));
    expect(table).toEqual({
      admin: ['org.read', 'org.write', 'org.manage'],
      editor: ['org.read', 'org.write'],
      viewer: ['org.read'],
    });
  });

  it('lets a non-member do nothing, and a system administrator manage without reading records', () => {
    expect(ACTIONS.filter((a) => can(null, a))).toEqual([]);
    expect(ACTIONS.filter((a) => can(null, a, true))).toEqual(['org.manage']);
  });

  it('adds management to a system administrator who is also a member, and nothing else', () => {
    const table = Object.fromEntries(ROLES.map((r: Role) => [r, ACTIONS.filter((a) => can(r, a, true))]));
    expect(table).toEqual({
      admin: ['org.read', 'org.write', 'org.manage'],
      editor: ['org.read', 'org.write', 'org.manage'],
      viewer: ['org.read', 'org.manage'],
    });
  });
});
