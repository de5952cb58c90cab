// The user's own account: two-factor authentication, password, sign-out (here or everywhere).

import { ChangePasswordForm } from '../components/ChangePasswordForm.tsx';
import { useConfirm } from '../components/ConfirmDialog.tsx';
import { DisableMfaForm } from '../components/DisableMfaForm.tsx';
import { Link } from '../components/Link.tsx';
import { Page, Section } from '../components/Page.tsx';
import { formatDateTimeLong } from '../dates.ts';
import { useLang, useT } from '../i18n.ts';
import { useNotice } from '../notice.tsx';
import { useSignedIn } from '../session.tsx';

export function AccountScreen() {
  const t = useT();
  const lang = useLang();
  const { user, recoveryCodesLeft, refresh, signOut } = useSignedIn();
  const { notify } = useNotice();
  const [dialog, confirm] = useConfirm();

  const leave = async (everywhere: boolean) => {
    if (everywhere) {
      const ok = await confirm({
        title: t('account.logoutAllTitle'),
        message: t('account.logoutAllConfirm'),
        confirmLabel: t('account.logoutAll'),
      });
      if (!ok) return;
    }
    await signOut(everywhere);
  };

  return (
    <Page title={t('account.title')}>
      {dialog}
      <Section title={t('account.profile')} id="profile">
        <dl className="facts">
          <dt>{t('field.loginId')}</dt>
          <dd>{user.loginId}</dd>
          <dt>{t('field.displayName')}</dt>
          <dd>{user.displayName}</dd>
          <dt>{t('account.privilege')}</dt>
          <dd>{user.isSystemAdmin ? t('role.systemAdmin') : t('account.noPrivilege')}</dd>
          <dt>{t('account.lastLogin')}</dt>
          <dd>{user.lastLoginAt ? formatDateTimeLong(user.lastLoginAt, lang) : t('common.none')}</dd>
        </dl>
      </Section>

      <Section title={t('mfa.title')} id="mfa">
        <p>
          <span className={`badge ${user.mfaEnabled ? 'badge-ok' : 'badge-warn'}`}>{user.mfaEnabled ? t('mfa.on') : t('mfa.off')}</span>{' '}
          {user.mfaEnabled && recoveryCodesLeft !== null && t('mfa.recoveryLeft', { count: recoveryCodesLeft })}
        </p>
        <p>{user.mfaEnabled ? t('mfa.onExplain') : t('mfa.offExplain')}</p>
        <p>
          <Link to="/account/mfa" className="button-like">
            {user.mfaEnabled ? t('mfa.reenrol') : t('mfa.enrol')}
          </Link>
        </p>
        {user.mfaEnabled && (
          <details className="subtle">
            <summary>{t('mfa.disableTitle')}</summary>
            <DisableMfaForm
              onDone={() => {
                notify(t('mfa.disabled'));
                void refresh();
              }}
            />
          </details>
        )}
      </Section>

      <Section title={t('password.title')} id="password">
        <ChangePasswordForm
          mfaEnabled={user.mfaEnabled}
          onDone={(ended) => {
            notify(t('password.changedSessions', { count: ended }));
            void refresh();
          }}
        />
      </Section>

      <Section title={t('account.signOut')} id="signout">
        <p>{t('account.logoutAllExplain')}</p>
        <div className="button-row">
          <button type="button" className="button-secondary" onClick={() => void leave(false)}>
            {t('account.logoutHere')}
          </button>
          <button type="button" className="button-danger" onClick={() => void leave(true)}>
            {t('account.logoutAll')}
          </button>
        </div>
      </Section>
    </Page>
  );
}
