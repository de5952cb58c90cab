// The areas of an organisation, in navigation order, and who may see each. Areas with a `planned`
// description are not built yet: their page says so honestly.
import type { Role } from '../../domain/roles.ts';
import type { MessageKey } from './i18n.ts';

export interface Area {
  id: string;
  /** path segment after /o/:slug ('' for the organisation's home) */
  segment: string;
  nav: MessageKey;
  /** viewer: every member; admin: the organisation's administrators (and system administrators) */
  need: 'viewer' | 'admin';
  planned?: { title: MessageKey; description: MessageKey };
}

const planned = (id: string) => ({ title: `area.${id}.title` as MessageKey, description: `area.${id}.description` as MessageKey });

export const ORG_AREAS: Area[] = [
  { id: 'home', segment: '', nav: 'nav.home', need: 'viewer' },
  { id: 'checklist', segment: 'checklist', nav: 'nav.checklist', need: 'viewer' },
  { id: 'devices', segment: 'devices', nav: 'nav.devices', need: 'viewer' },
  { id: 'connections', segment: 'connections', nav: 'nav.connections', need: 'viewer' },
  { id: 'findings', segment: 'findings', nav: 'nav.findings', need: 'viewer' },
  { id: 'accounts', segment: 'accounts', nav: 'nav.accounts', need: 'viewer', planned: planned('accounts') },
  { id: 'vendors', segment: 'vendors', nav: 'nav.vendors', need: 'viewer', planned: planned('vendors') },
  { id: 'contacts', segment: 'contacts', nav: 'nav.contacts', need: 'viewer' },
  { id: 'backups', segment: 'backups', nav: 'nav.backups', need: 'viewer', planned: planned('backups') },
  { id: 'bcp', segment: 'bcp', nav: 'nav.bcp', need: 'viewer', planned: planned('bcp') },
  { id: 'evidence', segment: 'evidence', nav: 'nav.evidence', need: 'viewer' },
  { id: 'audit', segment: 'audit', nav: 'nav.audit', need: 'admin' },
  { id: 'settings', segment: 'settings', nav: 'nav.settings', need: 'admin' },
];

/**
 * Members see the areas their role allows. A system administrator who is not a member may manage the
 * organisation (settings, members, audit trail) but not read its records, as the server enforces.
 */
export function canSee(area: Area, role: Role | null, isSystemAdmin: boolean): boolean {
  if (role) return area.need === 'viewer' || role === 'admin';
  return isSystemAdmin && (area.need === 'admin' || area.id === 'home');
}

export const areaPath = (slug: string, area: Area): string => `/o/${encodeURIComponent(slug)}${area.segment ? `/${area.segment}` : ''}`;
