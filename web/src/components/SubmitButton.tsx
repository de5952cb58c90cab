// A form's submit button: disabled while the request runs, and saying so instead of its label.
import { useT } from '../i18n.ts';

export function SubmitButton({ pending, label, className }: { pending: boolean; label: string; className?: string }) {
  const t = useT();
  return (
    <button type="submit" className={className} disabled={pending}>
      {pending ? t('common.working') : label}
    </button>
  );
}
