// What leaves the server about an organisation and its members.
import type { OrgRow } from './orgs.repo.ts';

export const presentOrg = (o: OrgRow, role: string | null = null) => ({
  id: o.id,
  slug: o.slug,
  name: o.name,
  nameKana: o.nameKana,
  kind: o.kind,
  prefecture: o.prefecture,
  address: o.address,
  medicalInstitutionCode: o.medicalInstitutionCode,
  bedCount: o.bedCount,
  requireMfa: o.requireMfa,
  role,
  createdAt: o.createdAt.toISOString(),
  updatedAt: o.updatedAt.toISOString(),
});

export interface MemberView {
  userId: string;
  loginId: string;
  displayName: string;
  role: string;
  mfaEnabled: boolean;
  disabled: boolean;
  lastLoginAt: Date | null;
  joinedAt: Date;
}

export const presentMember = (m: MemberView) => ({
  ...m,
  lastLoginAt: m.lastLoginAt?.toISOString() ?? null,
  joinedAt: m.joinedAt.toISOString(),
});
