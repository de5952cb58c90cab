// The recovery codes, shown once after MFA enrolment, with the instruction to store them and a print button.
import { useT } from '../i18n.ts';
import { Page } from './Page.tsx';
import '../messages/auth.ts';

export function RecoveryCodes({ codes, loginId, onContinue }: { codes: string[]; loginId: string; onContinue: () => void }) {
  const t = useT();
  return (
    <Page title={t('recovery.title')}>
      <p className="notice notice-warning">{t('recovery.instruction')}</p>
      <p className="print-only">
        {t('field.loginId')}: {loginId}
      </p>
      <ol className="recovery-codes" aria-label={t('recovery.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row no-print">
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          {t('recovery.print')}
        </button>
        <button type="button" onClick={onContinue}>
          {t('recovery.continue')}
        </button>
      </div>
    </Page>
  );
}
