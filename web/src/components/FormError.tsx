// The error of a failed request, announced at once (role="alert"); field errors sit by their inputs.
import type { ApiError } from '../api.ts';
import { useT } from '../i18n.ts';

export function FormError({ error }: { error: ApiError | null }) {
  const t = useT();
  if (!error) return null;
  return (
    <div className="form-error" role="alert">
      <strong>{t('error.title')}</strong> <span lang={error.fromServer ? 'ja' : undefined}>{error.message}</span>
    </div>
  );
}
