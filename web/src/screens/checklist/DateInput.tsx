// A date typed as 2026-03-31 or 令和8年3月31日; below it, how it reads (the server decides).
import { useId } from 'react';
import { FieldErrorText } from '../../components/Field.tsx';
import { formatDateLong } from '../../dates.ts';
import { useLang } from '../../i18n.ts';
import { type DateField, previewDate } from './answer-draft.ts';
import type { FieldProps } from './field-props.ts';

interface Props extends FieldProps {
  field: DateField;
  /** the label on screen (日付, 目標日) */
  visible: string;
  /** the accessible name, with the item's label */
  name: string;
  hint?: string;
}

export function DateInput({ field, visible, name, value, hint, error, onEdit, onLeave }: Props) {
  const lang = useLang();
  const id = useId();
  const preview = previewDate(value);
  const described = [hint && `${id}-hint`, preview && `${id}-preview`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={`answer-field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{visible}</label>
      <input
        id={id}
        type="text"
        className="date-input"
        autoComplete="off"
        aria-label={name}
        value={value}
        onChange={(e) => onEdit(field, e.target.value)}
        onBlur={onLeave}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {preview && (
        <p className="field-hint date-preview" id={`${id}-preview`} lang={preview.ok ? undefined : 'ja'}>
          {preview.ok ? formatDateLong(preview.iso, lang) : preview.message}
        </p>
      )}
      <FieldErrorText id={`${id}-error`} error={error} lang="ja" />
    </div>
  );
}
