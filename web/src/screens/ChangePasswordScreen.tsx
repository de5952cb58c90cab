// Forced password change after signing in with a temporary password (an administrator's reset).
import { ChangePasswordForm } from '../components/ChangePasswordForm.tsx';
import { Page } from '../components/Page.tsx';
import { useT } from '../i18n.ts';
import { useNotice } from '../notice.tsx';
import { useSession } from '../session.tsx';

export function ChangePasswordScreen({ forced = false }: { forced?: boolean }) {
  const t = useT();
  const { session, refresh, signOut } = useSession();
  const { notify } = useNotice();
  return (
    <Page title={t('password.title')} lead={forced ? t('password.forcedLead') : undefined}>
      <ChangePasswordForm
        mfaEnabled={session?.user?.mfaEnabled ?? false}
        onDone={() => {
          notify(t('password.changed'));
          void refresh();
        }}
      />
      {forced && (
        <p>
          <button type="button" className="button-link" onClick={() => void signOut()}>
            {t('auth.logout')}
          </button>
        </p>
      )}
    </Page>
  );
}
