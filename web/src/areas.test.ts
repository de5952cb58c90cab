import { describe, expect, it } from 'vitest';
import { canSee, ORG_AREAS } from './areas.ts';

const visible = (role: 'admin' | 'editor' | 'viewer' | null, isSystemAdmin: boolean) =>
  ORG_AREAS.filter((a) => canSee(a, role, isSystemAdmin)).map((a) => a.id);

describe('canSee: the areas in the side menu', () => {
  it('shows an editor the records and not the settings or the audit trail', () => {
    expect(visible('editor', false)).not.toContain('settings');
    expect(visible('editor', false)).not.toContain('audit');
    expect(visible('editor', false)).toContain('checklist');
  });

  it('shows a system administrator who joined as 担当者 the settings too (the server lets him manage)', () => {
    expect(visible('editor', true)).toEqual(expect.arrayContaining(['settings', 'audit', 'checklist']));
  });

  it('shows a system administrator who is not a member the home, settings and audit trail only', () => {
    expect(visible(null, true)).toEqual(['home', 'audit', 'settings']);
  });

  it('shows a stranger nothing', () => {
    expect(visible(null, false)).toEqual([]);
  });
});
