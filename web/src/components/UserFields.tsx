// Fields that name a user account and its place in an organisation, with the server's errors for them.
import type { ApiError } from '../api.ts';
import { useLang, useT } from '../i18n.ts';
import { roleOptions } from '../labels.ts';
import { SelectField, TextField } from './Field.tsx';

export function LoginIdField({ error, withHint = false }: { error: ApiError | null; withHint?: boolean }) {
  const t = useT();
  return (
    <TextField
      label={t('field.loginId')}
      name="loginId"
      required
      autoCapitalize="off"
      spellCheck={false}
      hint={withHint ? t('field.loginIdHint') : undefined}
      error={error?.field('loginId')}
    />
  );
}

/** `kind`: the organisation's (an office names its roles differently). */
export function RoleField({ error, kind }: { error: ApiError | null; kind?: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <SelectField label={t('field.role')} name="role" defaultValue="editor" options={roleOptions(lang, kind)} error={error?.field('role')} />
  );
}
