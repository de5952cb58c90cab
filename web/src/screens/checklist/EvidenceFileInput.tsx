// The 「ファイルを添付」 input of an item's evidence part: the kinds kept as evidence offered, busy while
// uploading, the hint and the server's refusal linked to it. What a chosen file does is the caller's.
import { type ChangeEvent, useId } from 'react';
import { EVIDENCE_ACCEPT } from '../../../../domain/evidence-types.ts';
import type { ApiError } from '../../api.ts';
import { FieldErrorText } from '../../components/Field.tsx';
import { useT } from '../../i18n.ts';
import '../../messages/item-evidence.ts';

interface Props {
  /** the item's label, read out with the input */
  label: string;
  hint: string;
  busy: boolean;
  error: ApiError | null;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
}

export function EvidenceFileInput({ label, hint, busy, error, onChange }: Props) {
  const t = useT();
  const id = useId();
  const message = error?.message;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field evidence-upload${message ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{t('itemEvidence.upload')}</label>
      <input
        id={id}
        type="file"
        accept={EVIDENCE_ACCEPT}
        aria-label={t('itemEvidence.uploadName', { label })}
        aria-busy={busy || undefined}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${hintId} ${errorId}` : hintId}
        onChange={onChange}
      />
      <p className="field-hint" id={hintId}>
        {hint}
      </p>
      <FieldErrorText id={errorId} error={message} lang={error?.fromServer ? 'ja' : undefined} />
    </div>
  );
}
