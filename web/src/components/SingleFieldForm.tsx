// A form of one required text field (a code, a password) and its submit button, for one action.
import type { FormEvent } from 'react';
import type { ApiError } from '../api.ts';
import { TextField, type TextFieldProps } from './Field.tsx';
import { FormError } from './FormError.tsx';
import { SubmitButton } from './SubmitButton.tsx';

interface Props extends Omit<TextFieldProps, 'name' | 'error' | 'onSubmit'> {
  name: string;
  /** the action the form runs: its error is shown above and by the field */
  action: { pending: boolean; error: ApiError | null };
  submitLabel: string;
  submitClassName?: string;
  /** receives the field's value as typed */
  onValue: (value: string) => unknown;
}

export function SingleFieldForm({ name, action, submitLabel, submitClassName, onValue, ...field }: Props) {
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onValue(String(new FormData(e.currentTarget).get(name) ?? ''));
  };
  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormError error={action.error} />
      <TextField {...field} name={name} required error={action.error?.field(name)} />
      <SubmitButton pending={action.pending} label={submitLabel} className={submitClassName} />
    </form>
  );
}
