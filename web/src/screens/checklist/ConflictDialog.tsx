import type { AnswerCells } from '../../../../domain/catalog/labels.ts';
import { useModalDialog } from '../../components/modal-dialog.ts';
import { useLang, useT } from '../../i18n.ts';
import { AnswerValues } from './AnswerValues.tsx';
import type { Draft } from './answer-draft.ts';

interface Props {
  open: boolean;
  label: string;
  who: string;
  theirs: Draft;
  yours: Draft;
  cells: AnswerCells;
  onTakeTheirs: () => void;
  onOverwrite: () => void;
  onLater: () => void;
}

export function ConflictDialog({ open, label, who, theirs, yours, cells, onTakeTheirs, onOverwrite, onLater }: Props) {
  const t = useT();
  const lang = useLang();
  const { ref, titleId } = useModalDialog(open);
  return (
    <dialog ref={ref} className="dialog dialog-wide" aria-labelledby={titleId} onClose={() => open && onLater()}>
      <h2 id={titleId}>{t('conflict.title', { who })}</h2>
      <div className="dialog-body">
        <p>{t('conflict.body', { label, who })}</p>
        <div className="conflict-compare">
          <section>
            <h3>{t('conflict.theirs', { who })}</h3>
            <AnswerValues draft={theirs} cells={cells} lang={lang} />
          </section>
          <section>
            <h3>{t('conflict.yours')}</h3>
            <AnswerValues draft={yours} cells={cells} lang={lang} />
          </section>
        </div>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button-secondary" onClick={onLater}>
          {t('conflict.later')}
        </button>
        <button type="button" className="button-secondary" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs', { who })}
        </button>
        <button type="button" onClick={onOverwrite}>
          {t('conflict.overwrite')}
        </button>
      </div>
    </dialog>
  );
}
