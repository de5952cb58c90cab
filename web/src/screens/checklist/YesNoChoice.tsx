// はい/いいえ for one column of an item, with a button to clear the choice once one is made.
import { useId } from 'react';
import type { YesNo } from '../../api-answers.ts';
import { FieldErrorText } from '../../components/Field.tsx';
import { useT } from '../../i18n.ts';
import '../../messages/assessments.ts';

interface Props {
  name: string;
  value: YesNo | null;
  onPick: (value: YesNo | null) => void;
  error: string | undefined;
  /** the clear button's accessible name: which item and column it clears */
  clearName: string;
}

export function YesNoChoice({ name, value, onPick, error, clearName }: Props) {
  const t = useT();
  const errorId = useId();
  return (
    <>
      <div className="yes-no">
        {(['yes', 'no'] as const).map((v) => (
          <label key={v}>
            <input
              type="radio"
              name={name}
              value={v}
              checked={value === v}
              onChange={() => onPick(v)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            />
            {v === 'yes' ? t('common.yes') : t('common.no')}
          </label>
        ))}
        {value && (
          <button type="button" className="button-link button-small" aria-label={clearName} onClick={() => onPick(null)}>
            {t('item.clear')}
          </button>
        )}
      </div>
      <FieldErrorText id={errorId} error={error} lang="ja" />
    </>
  );
}
