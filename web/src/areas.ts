// The areas of an organisation, in navigation order, and who may see each: an institution keeps the
// ledgers and forms; an office (保健所, 都道府県) has its jurisdiction instead. Areas with a `planned`
// description are not built yet: their page says so honestly.
import { isOversight } from '../../domain/organization.ts';
import { can, type OrgAction, type Role } from '../../domain/roles.ts';
import type { MessageKey } from './i18n.ts';
import './messages/areas.ts';
import './messages/common.ts';
import './messages/inspections.ts';

export type AreaId =
  | 'home'
  | 'checklist'
  | 'devices'
  | 'connections'
  | 'findings'
  | 'accounts'
  | 'vendors'
  | 'contacts'
  | 'backups'
  | 'incidents'
  | 'bcp'
  | 'training'
  | 'evidence'
  | 'jurisdiction'
  | 'inspections'
  | 'audit'
  | 'settings';

export interface Area {
  id: AreaId;
  /** path segment after /o/:slug ('' for the organisation's home) */
  segment: string;
  nav: MessageKey;
  /** what opening the area takes (domain/roles.ts `can`, the rule the server applies) */
  need: Extract<OrgAction, 'org.read' | 'org.manage'>;
  /** which organisations have it: an institution's (default), an office's, or every one */
  of?: 'institution' | 'oversight' | 'all';
  planned?: { title: MessageKey; description: MessageKey };
}

export const ORG_AREAS: Area[] = [
  { id: 'home', segment: '', nav: 'nav.home', need: 'org.read', of: 'all' },
  { id: 'jurisdiction', segment: 'jurisdiction', nav: 'nav.jurisdiction', need: 'org.read', of: 'oversight' },
  { id: 'checklist', segment: 'checklist', nav: 'nav.checklist', need: 'org.read' },
  { id: 'devices', segment: 'devices', nav: 'nav.devices', need: 'org.read' },
  { id: 'connections', segment: 'connections', nav: 'nav.connections', need: 'org.read' },
  { id: 'findings', segment: 'findings', nav: 'nav.findings', need: 'org.read' },
  { id: 'accounts', segment: 'accounts', nav: 'nav.accounts', need: 'org.read' },
  { id: 'vendors', segment: 'vendors', nav: 'nav.vendors', need: 'org.read' },
  { id: 'contacts', segment: 'contacts', nav: 'nav.contacts', need: 'org.read' },
  { id: 'backups', segment: 'backups', nav: 'nav.backups', need: 'org.read' },
  { id: 'incidents', segment: 'incidents', nav: 'nav.incidents', need: 'org.read' },
  { id: 'bcp', segment: 'bcp', nav: 'nav.bcp', need: 'org.read' },
  { id: 'training', segment: 'training', nav: 'nav.training', need: 'org.read' },
  { id: 'evidence', segment: 'evidence', nav: 'nav.evidence', need: 'org.read' },
  { id: 'inspections', segment: 'inspections', nav: 'nav.inspections', need: 'org.read', of: 'all' },
  { id: 'audit', segment: 'audit', nav: 'nav.audit', need: 'org.manage', of: 'all' },
  { id: 'settings', segment: 'settings', nav: 'nav.settings', need: 'org.manage', of: 'all' },
];

/**
 * Members see the areas their role allows. A system administrator may manage the organisation
 * (settings, members, audit trail) whatever his membership, but reads its records only as a member;
 * the home page is where he finds the settings, so he sees it too.
 */
export function canSee(area: Area, role: Role | null, isSystemAdmin: boolean, kind = 'clinic'): boolean {
  const of = area.of ?? 'institution';
  if (of !== 'all' && (of === 'oversight') !== isOversight(kind)) return false;
  return can(role, area.need, isSystemAdmin) || (area.id === 'home' && isSystemAdmin);
}

/**
 * The same for an organisation as the session lists it: an institution open under a 立入検査の閲覧許可
 * shows its records, not the inspection records (those are the office's own, and the server refuses them
 * under a grant).
 */
export const canSeeIn = (area: Area, org: { role: Role | null; kind?: string; liveUntil?: string }, isSystemAdmin: boolean): boolean =>
  !(org.liveUntil && area.id === 'inspections') && canSee(area, org.role, isSystemAdmin, org.kind);

export const areaById = (id: AreaId): Area => ORG_AREAS.find((a) => a.id === id) as Area;
export const areaBySegment = (segment: string): Area | undefined => ORG_AREAS.find((a) => a.segment === segment);

const areaPath = (slug: string, area: Area): string => `/o/${encodeURIComponent(slug)}${area.segment ? `/${area.segment}` : ''}`;

/** Where switching to `org` leads from `path`: the same area there if it may be seen, else its home. */
export function switchTarget(org: { slug: string; role: Role | null; kind?: string }, path: string, isSystemAdmin: boolean): string {
  const segment = /^\/o\/[^/]+\/([^/?]+)/.exec(path)?.[1] ?? '';
  const area = ORG_AREAS.find((a) => a.segment === segment);
  const home = ORG_AREAS.find((a) => a.segment === '');
  const target = area && canSee(area, org.role, isSystemAdmin, org.kind) ? area : home;
  return target ? areaPath(org.slug, target) : `/o/${encodeURIComponent(org.slug)}`;
}
