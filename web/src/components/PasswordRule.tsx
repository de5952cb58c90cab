// The password rule of the MHLW guideline, as domain/password-policy.ts enforces it.
import { MIN_LENGTH_WITH_MFA, MIN_LENGTH_WITHOUT_MFA, PASSWORD_HISTORY } from '../../../domain/password-policy.ts';
import { useT } from '../i18n.ts';
import '../messages/auth.ts';

export function usePasswordRule(mfaEnabled: boolean): string {
  const t = useT();
  return mfaEnabled
    ? t('password.ruleWithMfa', { min: MIN_LENGTH_WITH_MFA, history: PASSWORD_HISTORY })
    : t('password.rule', { min: MIN_LENGTH_WITHOUT_MFA, minMfa: MIN_LENGTH_WITH_MFA, history: PASSWORD_HISTORY });
}
