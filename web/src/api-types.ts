// Shapes of the server's JSON responses (see server/features/*/*.present.ts).
import type { OrgKind } from '../../domain/organization.ts';
import type { Role } from '../../domain/roles.ts';

export type Stage = 'full' | 'mfa' | 'enrol';

export interface FieldIssue {
  field: string;
  message: string;
}

export interface User {
  id: string;
  loginId: string;
  displayName: string;
  isSystemAdmin: boolean;
  mfaEnabled: boolean;
  mustChangePassword: boolean;
  locked: boolean;
  disabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

/** An organisation the caller may switch to (a system administrator gets full records). */
export interface OrgSummary {
  id: string;
  slug: string;
  name: string;
  kind: OrgKind;
  role: Role | null;
}

export interface Organization extends OrgSummary {
  nameKana: string | null;
  prefecture: string | null;
  address: string | null;
  medicalInstitutionCode: string | null;
  bedCount: number | null;
  requireMfa: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface OrgInput {
  slug?: string;
  name: string;
  nameKana: string | null;
  kind: string;
  prefecture: string | null;
  address: string | null;
  medicalInstitutionCode: string | null;
  bedCount: number | null;
  requireMfa: boolean;
}

export interface Session {
  user: User | null;
  stage: Stage | null;
  csrfToken?: string;
  organizations?: OrgSummary[];
  recoveryCodesLeft?: number | null;
  needsSetup: boolean;
}

export interface LoginResult {
  stage: Stage;
  mustChangePassword: boolean;
}

export interface Enrolment {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

export interface Member {
  userId: string;
  loginId: string;
  displayName: string;
  role: Role;
  mfaEnabled: boolean;
  disabled: boolean;
  lastLoginAt: string | null;
  joinedAt: string;
}

export interface CreatedUser {
  user: User;
  temporaryPassword?: string;
}

export interface AuditEvent {
  chain: string;
  seq: number;
  organizationId: string | null;
  actor: string;
  actorUserId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  clientAddress: string | null;
  occurredAt: string;
}

export interface AuditPage {
  events: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditQuery {
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface EvidenceFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  description: string | null;
  uploadedBy: string | null;
  createdAt: string;
}

export interface CatalogSummary {
  id: string;
  revision: number;
  fiscalYear: number;
  label: string;
  released: boolean;
  published: string;
  forms: { form: string; label: string; items: number; unconfirmed: number }[];
}
