// One 確認項目 of the BCP 確認表: its text (or the administrator's correction, or the honest word that
// it was never seen), what the registers suggest with the reasons and what they cannot tell, the answer
// (はい / いいえ / 未回答, 引き継ぎ when carried from last year) and, for 担当者・管理者, the form that saves
// it with the version read. A system administrator may supply or correct the ministry's wording.
import { type FormEvent, useState } from 'react';
import { rowName } from '../../../../domain/bcp/sheet.ts';
import type { BcpSheet, BcpSheetCheck } from '../../api/bcp.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { TextAreaField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import { useIsSystemAdmin } from '../../session.tsx';
import { EvidenceChoice } from '../backup-ledger/EvidenceChoice.tsx';
import { YesNoChoice } from '../checklist/YesNoChoice.tsx';
import { ProvenanceBadge } from './ProvenanceBadge.tsx';
import { SheetTextForm } from './SheetTextForm.tsx';
import '../../messages/bcp.ts';

/** 「1-1 サーバ、端末PC、ネットワーク機器を把握…」: the row in a notice or a button's name, never its key alone. */
const shortName = (c: BcpSheetCheck) => {
  const name = rowName(c.key, c.correction?.text ?? c.text);
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
};

interface Props {
  org: OrgSummary;
  sheet: BcpSheet;
  check: BcpSheetCheck;
  canWrite: boolean;
}

export function SheetRow({ org, sheet, check, canWrite }: Props) {
  const t = useT();
  const isSystemAdmin = useIsSystemAdmin();
  const [correcting, setCorrecting] = useState(false);
  const text = check.correction?.text ?? check.text;
  const answer = check.answer;
  return (
    <li className="bcp-sheet-row" id={`bcp-check-${check.key}`}>
      <p className="bcp-sheet-text" id={`bcp-text-${check.key}`}>
        {text ?? <span className="muted">{t('bcp.sheet.unseenText')}</span>}{' '}
        <ProvenanceBadge provenance={check.correction ? 'corrected' : check.provenance} />
      </p>
      {check.correction && (
        <p className="muted">
          <small>{t('bcp.sheet.correctionSource', { source: check.correction.source })}</small>
        </p>
      )}
      {check.prefill && <Suggestion prefill={check.prefill} />}
      {sheet.sheet && check.answerable && (
        <p className="bcp-sheet-answer">
          {t('bcp.sheet.answer')}: <strong>{answer?.value ? t(`bcp.sheet.${answer.value}`) : t('bcp.sheet.unanswered')}</strong>
          {answer?.value && answer.carried && (
            <>
              {' '}
              <span className="badge badge-warn">{t('bcp.sheet.carried')}</span>
            </>
          )}
          {answer?.note && <> — {answer.note}</>}
          {answer?.evidence && (
            <>
              {' '}
              ({t('bcp.sheet.evidence')}: {answer.evidence.fileName})
            </>
          )}
        </p>
      )}
      {/* keyed by the version read: a form never keeps a draft over an answer saved since (no silent overwrite) */}
      {sheet.sheet && check.answerable && canWrite && <AnswerForm key={check.answer?.version ?? 0} org={org} sheet={sheet} check={check} />}
      {isSystemAdmin && check.origin === 'sheet' && check.provenance !== 'verbatim' && (
        <div className="no-print">
          {correcting ? (
            <SheetTextForm
              key={check.correction?.version ?? 0}
              check={check}
              onClose={() => setCorrecting(false)}
              onSaved={() => void invalidate(keys.bcpSheet(org.id))}
            />
          ) : (
            <button type="button" className="button-link button-small" onClick={() => setCorrecting(true)}>
              {t('bcp.sheet.correct')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function Suggestion({ prefill }: { prefill: NonNullable<BcpSheetCheck['prefill']> }) {
  const t = useT();
  return (
    <details className={`item-suggestion suggestion-${prefill.answer}`}>
      <summary>{t('bcp.sheet.suggestion', { basis: prefill.basis, answer: t(`bcp.sheet.suggested.${prefill.answer}`) })}</summary>
      <ul>
        {prefill.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {prefill.cannotTell.length > 0 && (
        <>
          <p>{t('bcp.sheet.cannotTell')}</p>
          <ul>
            {prefill.cannotTell.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

function AnswerForm({ org, sheet, check }: { org: OrgSummary; sheet: BcpSheet; check: BcpSheetCheck }) {
  const t = useT();
  const { notify } = useNotice();
  const a = check.answer;
  const [value, setValue] = useState<'yes' | 'no' | null>(a?.value ?? null);
  const [note, setNote] = useState(a?.note ?? '');
  const [evidenceId, setEvidenceId] = useState(a?.evidenceId ?? '');
  const save = useAction(() =>
    api.saveBcpSheetAnswer(org.id, {
      fiscalYear: sheet.fiscalYear,
      checkKey: check.key,
      value,
      note,
      evidenceId: evidenceId || null,
      version: a?.version ?? 0,
    }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // a refusal (a field, or 409 when someone saved first) stays beside the row with the choice kept
    if (!(await save.run())) return;
    notify(t('bcp.sheet.answerSaved', { row: shortName(check) }));
    await invalidate(keys.bcpSheet(org.id));
  };
  const suggested = check.prefill?.answer;
  return (
    <form onSubmit={submit} noValidate className="bcp-sheet-form no-print" aria-labelledby={`bcp-text-${check.key}`}>
      <FormError error={save.error} />
      <YesNoChoice
        name={`bcp-${sheet.fiscalYear}-${check.key}`}
        value={value}
        onPick={setValue}
        error={save.error?.field('value')}
        clearName={`${t('item.clear')}: ${shortName(check)}`}
      />
      {(suggested === 'yes' || suggested === 'no') && value !== suggested && (
        <button type="button" className="button-link button-small" onClick={() => setValue(suggested)}>
          {t('bcp.sheet.useSuggestion')}
        </button>
      )}
      {/* the note and the file, folded away until wanted (open when there is one, or a problem with one) */}
      <details
        className="bcp-sheet-more"
        open={Boolean(a?.note || a?.evidenceId || save.error?.field('note') || save.error?.field('evidenceId'))}
      >
        <summary>{t('bcp.sheet.more')}</summary>
        <TextAreaField
          label={t('bcp.sheet.note')}
          rows={2}
          value={note}
          error={save.error?.field('note')}
          onChange={(e) => setNote(e.target.value)}
        />
        <EvidenceChoice
          org={org}
          label={t('bcp.sheet.evidence')}
          value={evidenceId}
          error={save.error?.field('evidenceId')}
          onChange={setEvidenceId}
        />
      </details>
      <SubmitButton pending={save.pending} label={t('bcp.sheet.saveAnswer')} />
    </form>
  );
}
