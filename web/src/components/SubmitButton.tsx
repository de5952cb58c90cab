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

/** The end of an editing form: save, and close without saving. */
export function FormActions({ pending, save, close, onClose }: { pending: boolean; save: string; close: string; onClose: () => void }) {
  return (
    <div className="editor-actions">
      <SubmitButton pending={pending} label={save} />
      <button type="button" className="button-secondary" onClick={onClose}>
        {close}
      </button>
    </div>
  );
}
