// Roles inside an organisation, named as the MHLW guideline names the people who hold them.
export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const roleLabels: Record<Role, { ja: string; en: string }> = {
  admin: { ja: '管理者 (企画管理者・医療情報システム安全管理責任者)', en: 'Administrator' },
  editor: { ja: '担当者 (システム運用担当者)', en: 'Editor (system operator)' },
  viewer: { ja: '閲覧者 (経営層など)', en: 'Viewer (management)' },
};

/** The same roles in an office that oversees institutions (保健所, 都道府県): 検査担当 inspect and record. */
export const officeRoleLabels: Record<Role, { ja: string; en: string }> = {
  admin: { ja: '管理者 (保健所・都道府県の管理者)', en: 'Administrator' },
  editor: { ja: '検査担当 (立入検査を行う)', en: 'Inspector' },
  viewer: { ja: '閲覧者', en: 'Viewer' },
};

/** The role names for an organisation of this kind (an office's differ from an institution's). */
export const roleLabelsOf = (kind: string | undefined): Record<Role, { ja: string; en: string }> =>
  kind === 'health-center' || kind === 'prefecture' ? officeRoleLabels : roleLabels;

const rank: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

export const roleAtLeast = (have: Role, need: Role): boolean => rank[have] >= rank[need];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** What a person may do inside an organisation. */
export type OrgAction =
  | 'org.read' // see the organisation and its records
  | 'org.write' // change records (ledgers, answers, evidence)
  | 'org.manage' // settings, members, users, audit trail
  | 'org.sign'; // sign off a record as the 企画管理者 (a 棚卸し): the organisation's own administrators only

const needs: Record<OrgAction, Role> = { 'org.read': 'viewer', 'org.write': 'editor', 'org.manage': 'admin', 'org.sign': 'admin' };

/**
 * The one rule of who may do what inside an organisation, used by the server's policy and by the web
 * (which only hides what the server would refuse). `role`: the membership, null for a non-member. A
 * system administrator manages every organisation (settings, members, audit trail) but reads and
 * changes its records only as what his membership allows.
 */
export function can(role: Role | null, action: OrgAction, isSystemAdmin = false): boolean {
  if (role && roleAtLeast(role, needs[action])) return true;
  return isSystemAdmin && action === 'org.manage';
}
