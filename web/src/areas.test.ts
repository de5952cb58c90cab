import { describe, expect, it } from 'vitest';
import { canSee, ORG_AREAS, switchTarget } from './areas.ts';

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

  it('shows an office (保健所) its jurisdiction instead of the ledgers, and an institution no jurisdiction', () => {
    const office = ORG_AREAS.filter((a) => canSee(a, 'admin', false, 'health-center')).map((a) => a.id);
    expect(office).toEqual(['home', 'jurisdiction', 'inspections', 'audit', 'settings']);
    expect(visible('admin', false)).not.toContain('jurisdiction');
    expect(switchTarget({ slug: 'kita-hc', role: 'editor', kind: 'health-center' }, '/o/sakura/devices', false)).toBe('/o/kita-hc');
  });

  it('shows a stranger nothing', () => {
    expect(visible(null, false)).toEqual([]);
  });
});

describe('switchTarget: switching organisation keeps the section', () => {
  it('opens the same area in the other organisation, from a page inside it too', () => {
    expect(switchTarget({ slug: 'momiji', role: 'editor' }, '/o/sakura/devices', false)).toBe('/o/momiji/devices');
    expect(switchTarget({ slug: 'momiji', role: 'viewer' }, '/o/sakura/checklist/4b1c…', false)).toBe('/o/momiji/checklist');
  });

  it("opens the other's home where the role there does not show the area, and from outside any organisation", () => {
    expect(switchTarget({ slug: 'momiji', role: 'viewer' }, '/o/sakura/settings', false)).toBe('/o/momiji');
    expect(switchTarget({ slug: 'momiji', role: 'admin' }, '/admin/users', true)).toBe('/o/momiji');
    expect(switchTarget({ slug: 'momiji', role: 'admin' }, '/o/sakura', false)).toBe('/o/momiji');
  });
});

describe('the areas and their addresses', () => {
  it('each area but the home lives at /o/:slug/<its id> (routes.tsx builds the routes from the ids)', () => {
    for (const area of ORG_AREAS) expect(area.segment, area.id).toBe(area.id === 'home' ? '' : area.id);
    expect(new Set(ORG_AREAS.map((a) => a.id)).size).toBe(ORG_AREAS.length);
  });
});
