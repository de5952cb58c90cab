// Labelled form controls: the label names the control, the hint and the server's error for the field
// are linked through aria-describedby, and aria-invalid marks a field the server rejected.
import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from 'react';
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

/** The control's id and its links to the hint and the error. */
function linked(id: string, hint: unknown, error: unknown) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids.length ? ids.join(' ') : undefined };
}

function Extra({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldErrorText id={`${id}-error`} error={error} />
    </>
  );
}

/** A field's error under it, referenced by the field's aria-describedby; `lang` for server messages. */
export function FieldErrorText({ id, error, lang }: { id: string; error?: string | null | undefined; lang?: string }) {
  if (!error) return null;
  return (
    <p className="field-error" id={id} lang={lang}>
      {error}
    </p>
  );
}

interface LabelledProps extends Common {
  id: string;
  className?: string | undefined;
  required?: boolean | undefined;
  children: ReactNode;
}

/** The label above the control (with the "required" tag), the hint and the error below it. */
function Labelled({ id, label, hint, error, className, required, children }: LabelledProps) {
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <div className="label-row">
        <label htmlFor={id}>{label}</label>
        {required && <Required />}
      </div>
      {children}
      <Extra id={id} hint={hint} error={error} />
    </div>
  );
}

export type TextFieldProps = Common & InputHTMLAttributes<HTMLInputElement>;

export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  const id = useId();
  return (
    <Labelled id={id} label={label} hint={hint} error={error} className={className} required={input.required}>
      <input {...linked(id, hint, error)} {...input} />
    </Labelled>
  );
}

interface SelectProps extends Common, SelectHTMLAttributes<HTMLSelectElement> {
  options: { value: string; label: string }[];
}

export function SelectField({ label, hint, error, options, className, ...select }: SelectProps) {
  const id = useId();
  return (
    <Labelled id={id} label={label} hint={hint} error={error} className={className} required={select.required}>
      <select {...linked(id, hint, error)} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

export function CheckboxField({ label, hint, error, className, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className={`field field-checkbox ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <input type="checkbox" {...linked(id, hint, error)} {...input} />
      <label htmlFor={id}>{label}</label>
      <Extra id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextAreaField({ label, hint, error, className, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <Labelled id={id} label={label} hint={hint} error={error} className={className} required={area.required}>
      <textarea {...linked(id, hint, error)} {...area} />
    </Labelled>
  );
}
