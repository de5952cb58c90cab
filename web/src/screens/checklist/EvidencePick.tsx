// 「登録済みの証跡から選ぶ」 in an item's evidence part: a file already in the evidence store (not yet
// attached here) and 「添付」. A refusal (the file was deleted meanwhile) is shown under the select.
import { useId, useState } from 'react';
import { ApiError } from '../../api.ts';
import type { AttachedEvidence, EvidenceFile } from '../../api-answers.ts';
import { FieldErrorText } from '../../components/Field.tsx';
import { formatBytes } from '../../dates.ts';
import { useT } from '../../i18n.ts';
import type { OrgEvidence } from './org-evidence.ts';
import '../../messages/item-evidence.ts';

interface Props {
  label: string;
  store: OrgEvidence;
  attached: AttachedEvidence[];
  attach: (file: EvidenceFile) => Promise<void>;
}

export function EvidencePick({ label, store, attached, attach }: Props) {
  const t = useT();
  const id = useId();
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const options = (store.files ?? []).filter((f) => !attached.some((a) => a.id === f.id));
  const prompt =
    store.files === null ? t('itemEvidence.pickLoading') : options.length ? t('itemEvidence.pickPrompt') : t('itemEvidence.pickEmpty');

  const submit = async () => {
    if (busy) return;
    const file = options.find((f) => f.id === choice);
    if (!file) {
      setError(new ApiError('VALIDATION', t('itemEvidence.pickFirst'), 0));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await attach(file);
      setChoice('');
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('CLIENT', String(err), 0));
    } finally {
      setBusy(false);
    }
  };

  const shown = error ?? store.error;
  const errorId = `${id}-error`;
  return (
    <div className={`field evidence-pick${shown ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{t('itemEvidence.pick')}</label>
      <div className="evidence-pick-row">
        <select
          id={id}
          aria-label={t('itemEvidence.pickName', { label })}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          aria-invalid={shown ? true : undefined}
          aria-describedby={shown ? errorId : undefined}
        >
          <option value="">{prompt}</option>
          {options.map((f) => (
            <option key={f.id} value={f.id}>
              {f.fileName} ({formatBytes(f.size)})
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button-secondary button-small"
          aria-label={t('itemEvidence.attachName', { label })}
          aria-disabled={busy || undefined}
          onClick={() => void submit()}
        >
          {t('itemEvidence.attach')}
        </button>
      </div>
      <FieldErrorText id={errorId} error={shown?.message} lang={shown?.fromServer ? 'ja' : undefined} />
    </div>
  );
}
