// Labelled form controls: the label names the control, the hint and the server's error for the field
// are linked through aria-describedby, and aria-invalid marks a field the server rejected.
import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, useId } from 'react';
import { useT } from '../i18n.ts';

interface Common {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A visual "required" tag outside the label, so the control's name stays exactly the label. */
function Required() {
  const t = useT();
  return (
    <span className="required-mark" aria-hidden="true">
      {t('common.required')}
    </span>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Extra({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

export function TextField({ label, hint, error, className, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <div className="label-row">
        <label htmlFor={id}>{label}</label>
        {input.required && <Required />}
      </div>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
      <Extra id={id} hint={hint} error={error} />
    </div>
  );
}

interface SelectProps extends Common, SelectHTMLAttributes<HTMLSelectElement> {
  options: { value: string; label: string }[];
}

export function SelectField({ label, hint, error, options, className, ...select }: SelectProps) {
  const id = useId();
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <div className="label-row">
        <label htmlFor={id}>{label}</label>
        {select.required && <Required />}
      </div>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Extra id={id} hint={hint} error={error} />
    </div>
  );
}

export function CheckboxField({ label, hint, error, className, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className={`field field-checkbox ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <input type="checkbox" id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
      <label htmlFor={id}>{label}</label>
      <Extra id={id} hint={hint} error={error} />
    </div>
  );
}
