// Use cases for the second factor: verify at sign-in (TOTP or a one-time recovery code), enrol with
// a QR code, confirm, and turn off.
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { mfaRequiredFor } from '../orgs/memberships.repo.ts';
import { sha256 } from '../sessions/session-tokens.ts';
import { type AuthState, type ClientMeta, createSession, endSession } from '../sessions/sessions.service.ts';
import { claimTotpStep, consumeRecoveryCode, replaceRecoveryCodes, updateUser } from '../users/users.repo.ts';
import { verifyPassword } from './password-hash.ts';
import { assertNotLocked, completeSignIn, reserveSecondFactorAttempt } from './sign-in.ts';
import { base32Encode, newTotpSecret, otpauthUrl, verifyTotp } from './totp.ts';
import { openTotpSecret, sealTotpSecret } from './totp-secret.ts';

const RECOVERY_CODE_COUNT = 10;
const normalizeRecovery = (code: string) =>
  code
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z2-7]/g, '');

const invalidCode = () => new AppError('MFA_INVALID', '確認コードが正しくないか、既に使われています。');

/** Second step of sign-in: the session at stage 'mfa' becomes a new, full session. */
export async function verifySecondFactor(deps: Deps, auth: AuthState, code: string, meta: ClientMeta): Promise<string> {
  const { user, session } = auth;
  const now = deps.clock.now();
  assertNotLocked(user, now);
  if (session.stage !== 'mfa' || !user.totpSecret) throw new AppError('BAD_REQUEST', '確認コードの入力は不要です。');
  const attempt = await reserveSecondFactorAttempt(deps, user, meta);
  const step = verifyTotp(openTotpSecret(user.id, user.totpSecret), code, now, user.totpLastStep);
  // a code's time step is used once, decided in the database: two parallel requests with one code get one sign-in
  let ok = step !== null && (await claimTotpStep(deps.db, user.id, step));
  if (step === null && normalizeRecovery(code).length === 16)
    ok = await consumeRecoveryCode(deps.db, user.id, sha256(normalizeRecovery(code)), now);
  if (!ok) {
    await attempt.failed();
    throw invalidCode();
  }
  await endSession(deps, session.id);
  await completeSignIn(deps, user, meta);
  return createSession(deps, user, 'full', meta);
}

export async function startEnrolment(deps: Deps, auth: AuthState) {
  const secret = newTotpSecret();
  await updateUser(deps.db, auth.user.id, { totpPendingSecret: sealTotpSecret(auth.user.id, secret) });
  const url = otpauthUrl(secret, auth.user.loginId);
  return { secret, otpauthUrl: url, qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) };
}

function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const c = base32Encode(randomBytes(10)).toLowerCase();
    return `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8, 12)}-${c.slice(12, 16)}`;
  });
}

/** Confirms enrolment with a first code; returns the recovery codes (shown once) and, when the
 * session was only allowed to enrol, a new full session token. */
export async function confirmEnrolment(deps: Deps, auth: AuthState, caller: Caller, code: string, meta: ClientMeta) {
  const { user } = auth;
  const now = deps.clock.now();
  const secret = user.totpPendingSecret; // stored encrypted: moves to totp_secret as it is
  if (!secret) throw new AppError('BAD_REQUEST', '先に二要素認証の登録を開始してください。');
  const step = verifyTotp(openTotpSecret(user.id, secret), code, now, null);
  if (step === null) throw invalidCode();
  const codes = newRecoveryCodes();
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { totpSecret: secret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step, updatedAt: now });
    await replaceRecoveryCodes(
      tx,
      user.id,
      codes.map((c) => sha256(normalizeRecovery(c))),
    );
    await recordAudit(tx, caller.actor, { action: 'user.mfa_enabled', targetType: 'user', targetId: user.id }, now);
  });
  let token: string | undefined;
  if (auth.session.stage === 'enrol') {
    await endSession(deps, auth.session.id);
    await completeSignIn(deps, user, meta);
    token = await createSession(deps, user, 'full', meta);
  }
  return { recoveryCodes: codes, token };
}

export async function disableMfa(deps: Deps, caller: Caller, password: string) {
  const { user } = caller;
  if (!user.totpEnabledAt) throw new AppError('BAD_REQUEST', '二要素認証は有効になっていません。');
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError('INVALID_CREDENTIALS', 'パスワードが正しくありません。', {
      fields: [{ field: 'password', message: 'パスワードが正しくありません' }],
    });
  }
  if (await mfaRequiredFor(deps.db, user.id))
    throw new AppError('FORBIDDEN', '所属する組織が二要素認証を必須にしているため、無効にできません。');
  if (user.passwordShort)
    throw new AppError('CONFLICT', '二要素認証なしでは 13 文字以上のパスワードが必要です。先にパスワードを変更してください。');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: now });
    await replaceRecoveryCodes(tx, user.id, []);
    await recordAudit(tx, caller.actor, { action: 'user.mfa_disabled', targetType: 'user', targetId: user.id }, now);
  });
  return { mfaEnabled: false };
}
