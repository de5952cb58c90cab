// Turning two-factor authentication off needs the password again.
import { api } from '../api.ts';
import { useAction } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { SingleFieldForm } from './SingleFieldForm.tsx';
import '../messages/auth.ts';

export function DisableMfaForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const disable = useAction(api.disableMfa);
  return (
    <SingleFieldForm
      action={disable}
      label={t('mfa.disablePassword')}
      name="password"
      type="password"
      autoComplete="current-password"
      hint={t('mfa.disableHint')}
      submitLabel={t('mfa.disableSubmit')}
      submitClassName="button-danger"
      onValue={async (password) => {
        if (await disable.run(password)) onDone();
      }}
    />
  );
}
