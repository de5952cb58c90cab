// /api/auth: sign-in, second factor, enrolment, password, sign-out. Thin: parse, call, present.

import { contractRoutes } from '../../http/contract.ts';
import { clearSessionCookie, setSessionCookie } from '../../http/cookies.ts';
import { clientMeta, requireAuth } from '../../http/request.ts';
import { callerFor } from '../caller.ts';
import { liveAccessOf } from '../live-access/live-access.service.ts';
import { listOrganizations } from '../orgs/orgs.service.ts';
import { endSession } from '../sessions/sessions.service.ts';
import { needsSetup } from '../setup/setup.service.ts';
import { presentUser } from '../users/users.present.ts';
import { countUnusedRecoveryCodes } from '../users/users.repo.ts';
import { authContract as api } from './auth.contract.ts';
import { confirmEnrolment, disableMfa, startEnrolment, verifySecondFactor } from './mfa.service.ts';
import { changePassword, signOutEverywhere } from './password.service.ts';
import { signIn } from './sign-in.ts';

export const authRoutes = contractRoutes()
  .openapi(api.session, async (c) => {
    const deps = c.get('deps');
    const auth = c.get('auth');
    if (!auth) return c.json({ user: null, stage: null, needsSetup: await needsSetup(deps) }, 200);
    const full = auth.session.stage === 'full';
    const caller = callerFor(auth.user, c.get('clientAddress'));
    return c.json(
      {
        user: presentUser(auth.user),
        stage: auth.session.stage,
        csrfToken: auth.session.csrfToken,
        organizations: full ? await listOrganizations(deps, caller) : [],
        liveAccess: full ? await liveAccessOf(deps, auth.user.id) : [],
        recoveryCodesLeft: full && auth.user.totpEnabledAt ? await countUnusedRecoveryCodes(deps.db, auth.user.id) : null,
        needsSetup: false,
      },
      200,
    );
  })
  .openapi(api.login, async (c) => {
    const result = await signIn(c.get('deps'), c.req.valid('json'), clientMeta(c));
    setSessionCookie(c, result.token);
    return c.json({ stage: result.stage, mustChangePassword: result.user.mustChangePassword }, 200);
  })
  .openapi(api.verifyMfa, async (c) => {
    const { auth } = requireAuth(c, { allowStages: ['mfa'], allowPasswordChange: true, vendor: 'also' });
    const token = await verifySecondFactor(c.get('deps'), auth, c.req.valid('json').code, clientMeta(c));
    setSessionCookie(c, token);
    return c.json({ stage: 'full' as const, mustChangePassword: auth.user.mustChangePassword }, 200);
  })
  .openapi(api.startEnrolment, async (c) => {
    const { auth } = requireAuth(c, { allowStages: ['full', 'enrol'], allowPasswordChange: true, vendor: 'also' });
    return c.json(await startEnrolment(c.get('deps'), auth), 200);
  })
  .openapi(api.confirmEnrolment, async (c) => {
    const caller = requireAuth(c, { allowStages: ['full', 'enrol'], allowPasswordChange: true, vendor: 'also' });
    const result = await confirmEnrolment(c.get('deps'), caller.auth, caller, c.req.valid('json').code, clientMeta(c));
    if (result.token) setSessionCookie(c, result.token);
    return c.json({ recoveryCodes: result.recoveryCodes }, 200);
  })
  .openapi(api.disableMfa, async (c) =>
    c.json(await disableMfa(c.get('deps'), requireAuth(c, { vendor: 'also' }), c.req.valid('json').password), 200),
  )
  .openapi(api.changePassword, async (c) => {
    const caller = requireAuth(c, { allowPasswordChange: true, vendor: 'also' });
    return c.json(await changePassword(c.get('deps'), caller, caller.auth.session.id, c.req.valid('json')), 200);
  })
  .openapi(api.logout, async (c) => {
    const auth = c.get('auth');
    if (auth) await endSession(c.get('deps'), auth.session.id);
    clearSessionCookie(c);
    return c.json({ ok: true }, 200);
  })
  .openapi(api.logoutAll, async (c) => {
    const caller = requireAuth(c, { allowPasswordChange: true, vendor: 'also' });
    const result = await signOutEverywhere(c.get('deps'), caller);
    clearSessionCookie(c);
    return c.json(result, 200);
  });
