// The web client's calls of the users area (see ../api.ts).
import { client, params } from '../api-client.ts';
import { call } from '../api-core.ts';

export const usersApi = {
  listUsers: () => call(() => client.api.users.$get()),
  createUser: (body: { loginId: string; displayName: string; isSystemAdmin: boolean }) =>
    call(() => client.api.users.$post({ json: body })),
  resetPassword: (userId: string, resetMfa: boolean) =>
    call(() => client.api.users[':userId']['reset-password'].$post({ param: params({ userId }), json: { resetMfa } })),
};
