// Editing one entry in a modal dialog: the same fields as adding, the server's errors by the fields;
// Esc or キャンセル closes it and focus returns to the entry's 編集 button.
import type { FormEvent } from 'react';
import { api } from '../../api.ts';
import type { ContactChart, ContactEntry, ContactEntryValues } from '../../api-answers.ts';
import { FormError } from '../../components/FormError.tsx';
import { useModalDialog } from '../../components/modal-dialog.ts';
import { useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { ContactFields } from './ContactFields.tsx';
import { contactInputOf, entryName } from './contact-text.ts';

interface Props {
  orgId: string;
  /** the entry being edited; null while the dialog is closed */
  entry: ContactEntry | null;
  onChart: (chart: ContactChart) => void;
  onClose: () => void;
}

export function EditContactDialog({ orgId, entry, onChart, onClose }: Props) {
  const t = useT();
  const { notify } = useNotice();
  const { ref, titleId } = useModalDialog(entry !== null);
  const save = useAction((id: string, body: ContactEntryValues) => api.updateContact(orgId, id, body));
  const name = entry ? entryName(entry) : '';

  const close = () => {
    save.reset();
    onClose();
  };
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!entry) return;
    const body = contactInputOf(new FormData(e.currentTarget), entry.side);
    const chart = await save.run(entry.id, body);
    if (!chart) return;
    onChart(chart);
    close();
    notify(t('contacts.saved', { name: entryName(body) }));
  };

  return (
    <dialog ref={ref} className="dialog dialog-wide" aria-labelledby={titleId} onClose={() => entry && close()}>
      <h2 id={titleId}>{t('contacts.form.editTitle', { name })}</h2>
      {entry && (
        <form key={entry.id} onSubmit={submit} noValidate>
          <FormError error={save.error} />
          <ContactFields error={save.error} entry={entry} />
          <div className="dialog-actions">
            <button type="button" className="button-secondary" onClick={close}>
              {t('common.cancel')}
            </button>
            <button type="submit" disabled={save.pending} aria-label={t('contacts.form.saveOf', { name })}>
              {save.pending ? t('common.working') : t('common.save')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
