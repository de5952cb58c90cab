// The web client's calls of the auth area (see ../api.ts).
import { post } from '../api-core.ts';
import type { Enrolment, LoginResult, User } from '../api-types.ts';

export const authApi = {
  setupAdmin: (body: { loginId: string; displayName: string; password: string }) => post<{ user: User }>('/api/setup/admin', body),
  login: (body: { loginId: string; password: string }) => post<LoginResult>('/api/auth/login', body),
  verifyMfa: (code: string) => post<LoginResult>('/api/auth/mfa/verify', { code }),
  startEnrolment: () => post<Enrolment>('/api/auth/mfa/enrol'),
  confirmEnrolment: (code: string) => post<{ recoveryCodes: string[] }>('/api/auth/mfa/confirm', { code }),
  disableMfa: (password: string) => post<{ mfaEnabled: boolean }>('/api/auth/mfa/disable', { password }),
  changePassword: (body: { currentPassword: string; newPassword: string }) =>
    post<{ otherSessionsEnded: number }>('/api/auth/password', body),
  logout: () => post<{ ok: boolean }>('/api/auth/logout'),
  logoutAll: () => post<{ sessionsEnded: number }>('/api/auth/logout-all'),
};
