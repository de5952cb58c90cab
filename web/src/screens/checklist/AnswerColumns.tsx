// The answer columns of one item: 1回目 (はい/いいえ and the date checked), 目標日 (asked for when 1回目
// is いいえ), 2回目, and the note, as the form gives them: the gate has はい/いいえ only, R5 3(1) one dated cell.
import type { RefObject } from 'react';
import type { AnswerCells } from '../../../../domain/catalog/labels.ts';
import type { YesNo } from '../../api-answers.ts';
import { useT } from '../../i18n.ts';
import type { DateField, Draft } from './answer-draft.ts';
import type { Column } from './answer-editor-state.ts';
import { DateInput } from './DateInput.tsx';
import type { FieldProps } from './field-props.ts';
import { NoteInput } from './NoteInput.tsx';
import { YesNoChoice } from './YesNoChoice.tsx';
import '../../messages/assessments.ts';

interface Props extends Omit<FieldProps, 'value' | 'error'> {
  itemId: string;
  draft: Draft;
  cells: AnswerCells;
  /** when the 目標日 may fall (令和7年度中; R5 参考項目: 令和5年度から令和6年度中) */
  targetPeriod: { label: string; end: string };
  fieldError: (name: string) => string | undefined;
  /** the はい/いいえ groups, to keep the keyboard there when an answer is cleared */
  groups: Record<Column, RefObject<HTMLFieldSetElement | null>>;
  onPick: (column: Column, value: YesNo | null) => void;
}

export function AnswerColumns(props: Props) {
  const { label, draft, cells, fieldError, onEdit, onLeave } = props;
  return (
    <div className="answer-grid">
      <YesNoColumn {...props} column="first" />
      {cells.target && <TargetColumn {...props} />}
      {cells.second && <YesNoColumn {...props} column="second" />}
      <NoteInput label={label} onEdit={onEdit} onLeave={onLeave} value={draft.note} error={fieldError('note')} />
    </div>
  );
}

/** 1回目 or 2回目: はい/いいえ, then the date checked (none on the gate row). */
function YesNoColumn({ column, itemId, label, draft, cells, fieldError, groups, onPick, onEdit, onLeave }: Props & { column: Column }) {
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
      {cells.date && (
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
function TargetColumn({ label, draft, targetPeriod, fieldError, onEdit, onLeave }: Props) {
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
          hint={t('item.targetHint', { period: targetPeriod.label, end: targetPeriod.end })}
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
