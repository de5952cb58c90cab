// What every text field of an answer gets: the item's label (part of the field's accessible name),
// the value as typed, the server's complaint about it, and what typing and leaving the field do.
import type { DateField } from './answer-draft.ts';

export interface FieldProps {
  label: string;
  value: string;
  error: string | undefined;
  onEdit: (field: DateField | 'note', value: string) => void;
  onLeave: () => void;
}
