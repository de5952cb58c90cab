// Reset another user's password: confirm (optionally also removing their second factor after a lost
// phone), then show the temporary password once.
import { useState } from 'react';
import { api } from '../api.ts';
import { useAction } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { CheckboxField } from './Field.tsx';
import { FormError } from './FormError.tsx';
import { OneTimeSecret } from './OneTimeSecret.tsx';
import '../messages/admin.ts';

export interface ResetTarget {
  id: string;
  loginId: string;
  displayName: string;
}

export function useResetPassword() {
  const t = useT();
  const [target, setTarget] = useState<ResetTarget | null>(null);
  const [resetMfa, setResetMfa] = useState(false);
  const [result, setResult] = useState<{ loginId: string; password: string } | null>(null);
  const reset = useAction(api.resetPassword);

  const ask = (next: ResetTarget) => {
    setResetMfa(false);
    setResult(null);
    reset.reset();
    setTarget(next);
  };

  const confirm = async () => {
    const chosen = target;
    setTarget(null);
    if (!chosen) return;
    const done = await reset.run(chosen.id, resetMfa);
    if (done) setResult({ loginId: chosen.loginId, password: done.temporaryPassword });
  };

  const ui = (
    <>
      <ConfirmDialog
        open={target !== null}
        title={t('reset.title')}
        confirmLabel={t('reset.submit')}
        danger
        onConfirm={() => void confirm()}
        onCancel={() => setTarget(null)}
      >
        <p>{t('reset.explain', { name: target?.displayName ?? '' })}</p>
        <CheckboxField label={t('reset.resetMfa')} checked={resetMfa} onChange={(e) => setResetMfa(e.target.checked)} />
      </ConfirmDialog>
      <FormError error={reset.error} />
      {result && <OneTimeSecret title={t('reset.done')} loginId={result.loginId} secret={result.password} onDone={() => setResult(null)} />}
    </>
  );
  return { ui, ask };
}

/** The button that starts a reset for one user; its accessible name says whose. */
export function ResetPasswordButton({ name, disabled, onClick }: { name: string; disabled?: boolean; onClick: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="button-secondary button-small"
      disabled={disabled}
      aria-label={t('members.resetOf', { name })}
      onClick={onClick}
    >
      {t('members.reset')}
    </button>
  );
}
