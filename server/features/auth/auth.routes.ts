// /api/auth: sign-in, second factor, enrolment, password, sign-out. Thin: parse, call, present.
import { Hono } from 'hono';
import { clearSessionCookie, setSessionCookie } from '../../http/cookies.ts';
import type { AppEnv } from '../../http/env.ts';
import { clientMeta, jsonBody, requireAuth, str } from '../../http/request.ts';
import { AppError } from '../../lib/errors.ts';
import { callerFor } from '../caller.ts';
import { listOrganizations } from '../orgs/orgs.service.ts';
import { endSession } from '../sessions/sessions.service.ts';
import { needsSetup } from '../setup/setup.service.ts';
import { presentUser } from '../users/users.present.ts';
import { countUnusedRecoveryCodes } from '../users/users.repo.ts';
import { confirmEnrolment, disableMfa, startEnrolment, verifySecondFactor } from './mfa.service.ts';
import { changePassword, signOutEverywhere } from './password.service.ts';
import { signIn } from './sign-in.ts';

export const authRoutes = new Hono<AppEnv>()
  .get('/session', async (c) => {
    const deps = c.get('deps');
    const auth = c.get('auth');
    if (!auth) return c.json({ user: null, stage: null, needsSetup: await needsSetup(deps) });
    const full = auth.session.stage === 'full';
    const caller = callerFor(auth.user, c.get('clientAddress'));
    return c.json({
      user: presentUser(auth.user),
      stage: auth.session.stage,
      csrfToken: auth.session.csrfToken,
      organizations: full ? await listOrganizations(deps, caller) : [],
      recoveryCodesLeft: full && auth.user.totpEnabledAt ? await countUnusedRecoveryCodes(deps.db, auth.user.id) : null,
      needsSetup: false,
    });
  })
  .post('/login', async (c) => {
    const body = await jsonBody(c);
    if (!str(body.loginId) || !str(body.password)) {
      throw new AppError('VALIDATION', 'ログインIDとパスワードを入力してください。', {
        fields: [
          !str(body.loginId) && { field: 'loginId', message: 'ログインIDを入力してください' },
          !str(body.password) && { field: 'password', message: 'パスワードを入力してください' },
        ].filter((f) => f !== false),
      });
    }
    const result = await signIn(c.get('deps'), { loginId: str(body.loginId), password: str(body.password) }, clientMeta(c));
    setSessionCookie(c, result.token);
    return c.json({ stage: result.stage, mustChangePassword: result.user.mustChangePassword });
  })
  .post('/mfa/verify', async (c) => {
    const { auth } = requireAuth(c, { allowStages: ['mfa'], allowPasswordChange: true });
    const body = await jsonBody(c);
    const token = await verifySecondFactor(c.get('deps'), auth, str(body.code), clientMeta(c));
    setSessionCookie(c, token);
    return c.json({ stage: 'full', mustChangePassword: auth.user.mustChangePassword });
  })
  .post('/mfa/enrol', async (c) => {
    const { auth } = requireAuth(c, { allowStages: ['full', 'enrol'], allowPasswordChange: true });
    return c.json(await startEnrolment(c.get('deps'), auth));
  })
  .post('/mfa/confirm', async (c) => {
    const caller = requireAuth(c, { allowStages: ['full', 'enrol'], allowPasswordChange: true });
    const body = await jsonBody(c);
    const result = await confirmEnrolment(c.get('deps'), caller.auth, caller, str(body.code), clientMeta(c));
    if (result.token) setSessionCookie(c, result.token);
    return c.json({ recoveryCodes: result.recoveryCodes });
  })
  .post('/mfa/disable', async (c) => {
    const caller = requireAuth(c);
    const body = await jsonBody(c);
    return c.json(await disableMfa(c.get('deps'), caller, str(body.password)));
  })
  .post('/password', async (c) => {
    const caller = requireAuth(c, { allowPasswordChange: true });
    const body = await jsonBody(c);
    const input = { currentPassword: str(body.currentPassword), newPassword: str(body.newPassword) };
    return c.json(await changePassword(c.get('deps'), caller, caller.auth.session.id, input));
  })
  .post('/logout', async (c) => {
    const auth = c.get('auth');
    if (auth) await endSession(c.get('deps'), auth.session.id);
    clearSessionCookie(c);
    return c.json({ ok: true });
  })
  .post('/logout-all', async (c) => {
    const caller = requireAuth(c, { allowPasswordChange: true });
    const result = await signOutEverywhere(c.get('deps'), caller);
    clearSessionCookie(c);
    return c.json(result);
  });
