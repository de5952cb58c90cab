// The web client's calls of the auth area (see ../api.ts).
import { client } from '../api-client.ts';
import { call } from '../api-core.ts';

const auth = client.api.auth;

export const authApi = {
  setupAdmin: (body: { loginId: string; displayName: string; password: string }) =>
    call(() => client.api.setup.admin.$post({ json: body })),
  login: (body: { loginId: string; password: string }) => call(() => auth.login.$post({ json: body })),
  verifyMfa: (code: string) => call(() => auth.mfa.verify.$post({ json: { code } })),
  startEnrolment: () => call(() => auth.mfa.enrol.$post()),
  confirmEnrolment: (code: string) => call(() => auth.mfa.confirm.$post({ json: { code } })),
  disableMfa: (password: string) => call(() => auth.mfa.disable.$post({ json: { password } })),
  changePassword: (body: { currentPassword: string; newPassword: string }) => call(() => auth.password.$post({ json: body })),
  logout: () => call(() => auth.logout.$post()),
  logoutAll: () => call(() => auth['logout-all'].$post()),
};
