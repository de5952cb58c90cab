// The answer columns of one item: 1回目 (はい/いいえ and the date checked), 目標日 (asked for when 1回目
// is いいえ), 2回目, and the note. Items answered はい/いいえ only (the gate) have 1回目 and the note.
import type { RefObject } from 'react';
import type { YesNo } from '../../api-types.ts';
import { useT } from '../../i18n.ts';
import type { DateField, Draft } from './answer-draft.ts';
import type { Column } from './answer-editor-state.ts';
import { DateInput } from './DateInput.tsx';
import type { FieldProps } from './field-props.ts';
import { NoteInput } from './NoteInput.tsx';
import { YesNoChoice } from './YesNoChoice.tsx';

interface Props extends Omit<FieldProps, 'value' | 'error'> {
  itemId: string;
  draft: Draft;
  dated: boolean;
  fiscalYearLabel: string;
  fiscalYearEnd: string;
  fieldError: (name: string) => string | undefined;
  /** the はい/いいえ groups, to keep the keyboard there when an answer is cleared */
  groups: Record<Column, RefObject<HTMLFieldSetElement | null>>;
  onPick: (column: Column, value: YesNo | null) => void;
}

export function AnswerColumns(props: Props) {
  const { label, draft, dated, fieldError, onEdit, onLeave } = props;
  return (
    <div className="answer-grid">
      <YesNoColumn {...props} column="first" />
      {dated && <TargetColumn {...props} />}
      {dated && <YesNoColumn {...props} column="second" />}
      <NoteInput label={label} onEdit={onEdit} onLeave={onLeave} value={draft.note} error={fieldError('note')} />
    </div>
  );
}

/** 1回目 or 2回目: はい/いいえ, then the date checked (1回目 has one only on dated items). */
function YesNoColumn({ column, itemId, label, draft, dated, fieldError, groups, onPick, onEdit, onLeave }: Props & { column: Column }) {
  const t = useT();
  const first = column === 'first';
  const columnName = first ? t('item.first') : t('item.second');
  const dateField: DateField = first ? 'firstDate' : 'secondDate';
  return (
    <fieldset className="answer-col" ref={groups[column]}>
      <legend>
        <span className="visually-hidden" lang="ja">
          {label}{' '}
        </span>
        {columnName}
      </legend>
      <YesNoChoice
        name={`${itemId}-${column}`}
        value={first ? draft.firstAnswer : draft.secondAnswer}
        onPick={(v) => onPick(column, v)}
        error={fieldError(first ? 'firstAnswer' : 'secondAnswer')}
        clearName={t('item.clearName', { label, column: columnName })}
      />
      {dated && (
        <DateInput
          label={label}
          onEdit={onEdit}
          onLeave={onLeave}
          field={dateField}
          visible={t('item.date')}
          name={first ? t('item.firstDateName', { label }) : t('item.secondDateName', { label })}
          value={draft[dateField]}
          error={fieldError(dateField)}
        />
      )}
    </fieldset>
  );
}

/** 目標日: a date field when 1回目 is いいえ, otherwise a line on when it is asked for. */
function TargetColumn({ label, draft, fiscalYearLabel, fiscalYearEnd, fieldError, onEdit, onLeave }: Props) {
  const t = useT();
  return (
    <div className="answer-col">
      {draft.firstAnswer === 'no' ? (
        <DateInput
          label={label}
          onEdit={onEdit}
          onLeave={onLeave}
          field="targetDate"
          visible={t('item.target')}
          name={t('item.targetName', { label })}
          value={draft.targetDate}
          hint={t('item.targetHint', { year: fiscalYearLabel, end: fiscalYearEnd.slice(0, 10) })}
          error={fieldError('targetDate')}
        />
      ) : (
        <>
          <p className="answer-col-title" aria-hidden="true">
            {t('item.target')}
          </p>
          <p className="field-hint">{t('item.targetWhen')}</p>
        </>
      )}
    </div>
  );
}
