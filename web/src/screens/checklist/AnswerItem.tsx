// One checklist item on the answer sheet: its heading, text and badges, then the answer columns for
// those who answer, the saved answer for those who read, or why it needs no answer (記入不要), then
// the evidence files attached to it, Mamori's help on it and last its history (all collapsed).

import type { ReactNode } from 'react';
import { answerCells, statusLabels, wordingLabels } from '../../../../domain/catalog/labels.ts';
import type { AssessmentItem, FormHelp, OrgSummary, SheetSuggestions } from '../../api-answers.ts';
import { useLang, useT } from '../../i18n.ts';
import { AnswerEditor } from './AnswerEditor.tsx';
import { AnswerValues } from './AnswerValues.tsx';
import { draftOf } from './answer-draft.ts';
import type { AnswerEditorProps } from './answer-editor-state.ts';
import { ItemEvidence, type ItemEvidenceProps } from './ItemEvidence.tsx';
import { ItemHelpDetails } from './ItemHelpDetails.tsx';
import { ItemHistory } from './ItemHistory.tsx';
import { ItemScopeToggle } from './ItemScopeToggle.tsx';
import { ItemSuggestion } from './ItemSuggestion.tsx';
import { itemAnchor, itemHeadingId } from './item-anchor.ts';
import { SavedBy } from './SavedBy.tsx';
import { itemHelpOf } from './sheet-data.ts';
import '../../messages/checklist.ts';

export interface AnswerItemProps extends AnswerEditorProps, Pick<ItemEvidenceProps, 'evidenceStore' | 'onEvidence'> {
  canWrite: boolean;
  /** a line under the item's text from elsewhere (the 連絡体制図 under 3(1)), or nothing */
  itemNote?: (item: AssessmentItem) => ReactNode;
  /** Mamori's help for the sheet's form, once read; items without help show none */
  formHelp?: FormHelp | null;
  /** a 事業者確認用: items can be marked outside the vendor's contract */
  vendorForm?: boolean;
  /** what the ledgers say about each item now, once read */
  suggestions?: SheetSuggestions | null;
  org?: OrgSummary;
}

export function AnswerItem(props: AnswerItemProps) {
  const { item } = props;
  const headingId = itemHeadingId(item.id);
  const help = itemHelpOf(props.formHelp, item.id);
  return (
    <article id={itemAnchor(item.id)} className={`answer-item${item.exempt ? ' answer-item-exempt' : ''}`} aria-labelledby={headingId}>
      <ItemText item={item} headingId={headingId} />
      {props.itemNote?.(item)}
      {props.org && !item.exempt && (
        <ItemSuggestion org={props.org} label={item.label} now={props.suggestions?.items[item.id]} answer={item.answer} />
      )}
      <ItemAnswer {...props} />
      {props.vendorForm && props.canWrite && item.status !== 'gate' && (!item.exempt || item.answer?.outOfScope) && (
        <ItemScopeToggle {...props} />
      )}
      {(!item.exempt || item.evidence.length > 0) && <ItemEvidence {...props} />}
      {help && props.formHelp && <ItemHelpDetails label={item.label} help={help} notice={props.formHelp.notice} />}
      <ItemHistory orgId={props.orgId} assessmentId={props.assessmentId} item={item} />
    </article>
  );
}

/** The heading with its badges, the item's text (or the fragment known of it) and its flags. */
function ItemText({ item, headingId }: { item: AssessmentItem; headingId: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <div className="answer-item-head">
        <h3 id={headingId} tabIndex={-1} lang="ja">
          {item.label}
        </h3>
        <span className="badge">{statusLabels[item.status][lang]}</span>
        <span className={`badge ${item.wording === 'confirmed' ? 'badge-ok' : 'badge-warn'}`}>{wordingLabels[item.wording][lang]}</span>
      </div>
      <p className="answer-item-text" lang="ja">
        {item.text ?? t('checklist.textUnknown')}
      </p>
      {item.text === null && item.textFragment && (
        <p className="hint" lang="ja">
          {t('checklist.fragment', { text: item.textFragment })}
        </p>
      )}
      {(item.physicalEvidenceRequired || item.newInVersion) && (
        <ul className="item-flags">
          {item.physicalEvidenceRequired && <li>{t('checklist.physical')}</li>}
          {item.newInVersion && <li>{t('checklist.new')}</li>}
        </ul>
      )}
    </>
  );
}

/** 記入不要 with its reason, the editor, or the saved answer read-only. */
function ItemAnswer(props: AnswerItemProps) {
  const { item, canWrite } = props;
  const t = useT();
  const lang = useLang();
  if (item.exempt) {
    return (
      <p className="exempt">
        <span className="badge">{t('item.exempt')}</span> {item.exemptReason && <span lang="ja">{item.exemptReason}</span>}
      </p>
    );
  }
  if (canWrite) return <AnswerEditor {...props} />;
  return (
    <>
      <AnswerValues draft={draftOf(item.answer)} cells={answerCells(item)} lang={lang} />
      <SavedBy answer={item.answer} />
    </>
  );
}
