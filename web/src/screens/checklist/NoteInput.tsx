// The note column of an item: free text, saved when the field is left or after a pause in typing.
import { useId } from 'react';
import { FieldErrorText } from '../../components/Field.tsx';
import { useT } from '../../i18n.ts';
import type { FieldProps } from './field-props.ts';
import '../../messages/assessments.ts';

export function NoteInput({ label, value, error, onEdit, onLeave }: FieldProps) {
  const t = useT();
  const id = useId();
  const described = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={`answer-col answer-field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="answer-col-title">
        {t('item.note')}
      </label>
      <textarea
        id={id}
        rows={3}
        aria-label={t('item.noteName', { label })}
        value={value}
        maxLength={2000}
        onChange={(e) => onEdit('note', e.target.value)}
        onBlur={onLeave}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      <p className="field-hint" id={`${id}-hint`}>
        {t('item.noteHint')}
      </p>
      <FieldErrorText id={`${id}-error`} error={error} lang="ja" />
    </div>
  );
}
