// The answer columns of an item for those who answer. Each item is saved on its own as soon as a
// choice is made or a field is left (notes also after a short pause in typing); one save at a time,
// the next one waits. Edits stay on the page when a save fails; a 409 opens the conflict dialog.
import { targetPeriod } from '../../../../domain/assessment/rules.ts';
import type { AssessmentItem } from '../../api-answers.ts';
import { useT } from '../../i18n.ts';
import { AnswerColumns } from './AnswerColumns.tsx';
import { draftOf } from './answer-draft.ts';
import { type AnswerEditorProps, useAnswerEditor } from './answer-editor-state.ts';
import { ConflictDialog } from './ConflictDialog.tsx';
import { SavedBy } from './SavedBy.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import type { SaveState } from './save-state.ts';

export function AnswerEditor(props: AnswerEditorProps) {
  const { item } = props;
  const period = targetPeriod(item, props.fiscalYear);
  const { cells, state, dirty, autosave, groups, pick, edit, errors, takeTheirs, overwrite } = useAnswerEditor(props);
  const { draft, status, setStatus } = state;
  const label = item.label;
  /** opens the conflict dialog again, or closes it for later */
  const showConflict = (open: boolean) => {
    if (status.kind === 'conflict') setStatus({ ...status, open });
  };
  return (
    <>
      <AnswerColumns
        itemId={item.id}
        label={label}
        draft={draft}
        cells={cells}
        targetPeriod={period}
        fieldError={errors.fieldError}
        groups={groups}
        onPick={pick}
        onEdit={edit}
        onLeave={autosave.saveNow}
      />
      <AnswerFoot
        item={item}
        status={status}
        dirty={dirty}
        offline={autosave.offline}
        generalError={errors.generalError}
        onRetry={() => void autosave.saveRef.current(true)}
        onCompare={() => showConflict(true)}
      />
      {status.kind === 'conflict' && (
        <ConflictDialog
          open={status.open}
          label={label}
          who={status.who}
          theirs={draftOf(status.current)}
          yours={draft}
          cells={cells}
          onTakeTheirs={takeTheirs}
          onOverwrite={overwrite}
          onLater={() => showConflict(false)}
        />
      )}
    </>
  );
}

interface FootProps {
  item: AssessmentItem;
  status: SaveState;
  dirty: boolean;
  offline: boolean;
  generalError: string | null;
  onRetry: () => void;
  onCompare: () => void;
}

/** Under the columns: the save state, a way back to a conflict put off for later, and who saved last. */
function AnswerFoot({ item, status, dirty, offline, generalError, onRetry, onCompare }: FootProps) {
  const t = useT();
  return (
    <div className="answer-foot">
      <SaveStatus state={status} dirty={dirty} offline={offline} generalError={generalError} onRetry={onRetry} />
      {status.kind === 'conflict' && !status.open && (
        <button type="button" className="button-secondary button-small" onClick={onCompare}>
          {t('conflict.compare')}
        </button>
      )}
      <SavedBy answer={item.answer} />
    </div>
  );
}
