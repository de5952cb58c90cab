// The cache of server state belongs to one user: when the session comes back with another user (or
// none), nothing loaded for the previous one is kept; the same user keeps it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keys, queryClient } from './query.ts';
import { sessionQuery } from './session.tsx';

function answerSessionAs(userId: string | null): void {
  const body = userId
    ? { user: { id: userId, loginId: userId }, stage: 'full', needsSetup: false, csrfToken: 'x', organizations: [] }
    : { user: null, stage: null, needsSetup: false };
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
}

const readSession = () => queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });

afterEach(() => {
  vi.unstubAllGlobals();
  queryClient.clear();
});

describe('server state across sessions', () => {
  it('forgets what was loaded for one user when another signs in, and keeps it for the same user', async () => {
    answerSessionAs('admin-a');
    await readSession();
    queryClient.setQueryData(keys.members('org-1'), { members: ['前任者の一覧'] });

    await readSession(); // the same user again (e.g. after a 403)
    expect(queryClient.getQueryData(keys.members('org-1'))).toEqual({ members: ['前任者の一覧'] });

    answerSessionAs('viewer-b');
    await readSession();
    expect(queryClient.getQueryData(keys.members('org-1'))).toBeUndefined();
    expect(queryClient.getQueryData(keys.session)).toMatchObject({ user: { id: 'viewer-b' } });
  });

  it('forgets it when the session ends (30 minutes idle: no user any more)', async () => {
    answerSessionAs('admin-a');
    await readSession();
    queryClient.setQueryData(keys.contacts('org-1'), { contacts: ['院長 090-…'] });
    answerSessionAs(null);
    await readSession();
    expect(queryClient.getQueryData(keys.contacts('org-1'))).toBeUndefined();
  });
});
