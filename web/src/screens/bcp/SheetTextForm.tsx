// A system administrator supplies or corrects the wording of a 確認項目 (or a 大項目's title, key
// "group:2-1") of the BCP 確認表 from the original, with its source; the correction is shown as such
// everywhere (管理者が訂正).
import { type FormEvent, useState } from 'react';
import { rowName } from '../../../../domain/bcp/sheet.ts';
import { api } from '../../api.ts';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { FormActions } from '../../components/SubmitButton.tsx';
import { useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/bcp.ts';

/** What can be corrected: a row, or a 大項目's title. */
export interface Correctable {
  key: string;
  text: string | null;
  correction: { text: string; source: string; version: number } | null;
}

export function SheetTextForm({ check, onClose, onSaved }: { check: Correctable; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const { notify } = useNotice();
  const [text, setText] = useState(check.correction?.text ?? check.text ?? '');
  const [source, setSource] = useState(check.correction?.source ?? '');
  const save = useAction(() => api.correctBcpSheetText({ key: check.key, text, source, version: check.correction?.version ?? 0 }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!(await save.run())) return;
    notify(t('bcp.sheet.correctionSaved'));
    onSaved();
    onClose();
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`${t('bcp.sheet.correct')}: ${check.key.startsWith('group:') ? check.key.slice(6) : rowName(check.key, check.text)}`}
    >
      <FormError error={save.error} />
      <TextAreaField
        label={t('bcp.sheet.correctText')}
        rows={3}
        required
        value={text}
        error={save.error?.field('text')}
        onChange={(e) => setText(e.target.value)}
      />
      <TextField
        label={t('bcp.sheet.correctSource')}
        required
        value={source}
        error={save.error?.field('source')}
        onChange={(e) => setSource(e.target.value)}
      />
      <FormActions pending={save.pending} save={t('bcp.sheet.saveCorrection')} close={t('bcp.cancel')} onClose={onClose} />
    </form>
  );
}
