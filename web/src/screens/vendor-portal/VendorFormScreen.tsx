// /vendor/forms/$assessmentId: a person at a vendor answers the institution's 事業者確認用 item by item
// (はい / いいえ, the date checked, a target date for いいえ, a note), sees the institution's comment on
// an item it returned, attaches evidence, reads Mamori's help per item, and submits the form. Saved per
// item; closed while submitted or accepted.
import { type FormEvent, useState } from 'react';
import { reviewStatusLabels } from '../../../../domain/vendors/invitation.ts';
import type { VendorForm } from '../../api/vendor-portal.ts';
import { api } from '../../api.ts';
import { CheckboxField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/vendor-portal.ts';
import type { ItemHelp } from '../../api-answers.ts';
import { ItemHelpDetails } from '../checklist/ItemHelpDetails.tsx';
import { StartFromPanel } from './StartFromPanel.tsx';
import { VendorItemEvidence } from './VendorItemEvidence.tsx';

type Item = VendorForm['items'][number];

export function VendorFormScreen({ assessmentId }: { assessmentId: string }) {
  const t = useT();
  const form = useLoad(['vendor-portal', 'form', assessmentId], () => api.vendorForm(assessmentId));
  return (
    <Loadable state={form}>
      {(f) => (
        <Page title={[f.fiscalYearLabel, f.formLabel, f.vendorName, f.systemName].filter(Boolean).join(' ')} lead={t('vform.lead')}>
          <p className="no-print">
            <Link to="/vendor">{t('portal.back')}</Link>
          </p>
          <FormBody form={f} reload={form.reload} />
        </Page>
      )}
    </Loadable>
  );
}

function FormBody({ form, reload }: { form: VendorForm; reload: () => void }) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const open = form.review.status === 'answering' || form.review.status === 'returned';
  const submit = useAction(() => api.vendorSubmit(form.id));
  // Mamori's help on the items, read once for the form; none shown until it is there
  const help = useLoad(['vendor-portal', 'help', form.id], () => api.vendorFormHelp(form.id));
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (await submit.run()) {
      notify(t('vform.submitted'));
      reload();
    }
  };
  return (
    <>
      <p role="status">
        {form.review.status ? reviewStatusLabels[form.review.status][lang] : ''}{' '}
        <small>{t('portal.progress', { answered: form.progress.answered, total: form.progress.total })}</small>
      </p>
      {!open && <p className="notice notice-info">{t('vform.closed')}</p>}
      {open && <StartFromPanel formId={form.id} onStarted={reload} />}
      {form.items.map((item) => (
        // keyed by the answer's version too: an answer copied in (前の回答から始める) is shown at once
        <div key={`${item.id}@${item.answer?.version ?? 0}`} className="vendor-item-block">
          <ItemAnswer formId={form.id} item={item} comment={form.review.comments[item.id] ?? null} open={open} />
          <VendorItemEvidence formId={form.id} itemId={item.id} label={item.label} files={item.evidence} open={open} />
          {help.data?.items[item.id] && (
            <ItemHelpDetails label={item.label} help={help.data.items[item.id] as ItemHelp} notice={help.data.notice} />
          )}
        </div>
      ))}
      {open && (
        <form onSubmit={onSubmit} className="stack">
          <FormError error={submit.error} />
          <SubmitButton pending={submit.pending} label={t('vform.submit')} />
        </form>
      )}
    </>
  );
}

function ItemAnswer({ formId, item, comment, open }: { formId: string; item: Item; comment: string | null; open: boolean }) {
  const t = useT();
  const { notify } = useNotice();
  const [answer, setAnswer] = useState<'yes' | 'no' | ''>(item.answer?.firstAnswer ?? '');
  const [date, setDate] = useState(item.answer?.firstDate ?? '');
  const [target, setTarget] = useState(item.answer?.targetDate ?? '');
  const [note, setNote] = useState(item.answer?.note ?? '');
  const [version, setVersion] = useState(item.answer?.version ?? 0);
  const [outOfScope, setOutOfScope] = useState(item.answer?.outOfScope ?? false);
  const scope = useAction((next: boolean) => api.vendorSetScope(formId, item.id, { outOfScope: next, version }));
  const onScope = async (next: boolean) => {
    setOutOfScope(next); // shown at once; put back if the server refuses
    const saved = await scope.run(next);
    if (!saved) {
      setOutOfScope(!next);
      return;
    }
    setVersion(saved.answer.version);
    setAnswer('');
    setDate('');
    setTarget('');
  };
  const save = useAction(() =>
    api.vendorSaveAnswer(formId, item.id, {
      firstAnswer: answer || null,
      firstDate: date || null,
      targetDate: answer === 'no' ? target || null : null,
      secondAnswer: null,
      secondDate: null,
      note,
      version,
    }),
  );
  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await save.run();
    if (saved) {
      setVersion(saved.answer.version);
      notify(t('vform.saved', { label: item.label }));
    }
  };
  const name = `answer-${item.id}`;
  return (
    <form onSubmit={onSave} className="vendor-item" aria-labelledby={`${name}-legend`}>
      <fieldset disabled={!open}>
        <legend id={`${name}-legend`}>
          <strong>{item.label}</strong> <span lang="ja">{item.text}</span>
          {item.status === 'reference' && <small> ({t('vform.reference')})</small>}
        </legend>
        {comment && (
          <p className="notice notice-warning" lang="ja">
            {t('vform.comment')}
            {comment}
          </p>
        )}
        <FormError error={save.error ?? scope.error} />
        <CheckboxField
          label={t('vform.outOfScope')}
          hint={t('vform.outOfScopeHint')}
          checked={outOfScope}
          onChange={(e) => void onScope(e.target.checked)}
        />
        {!outOfScope && (
          <>
            <div role="radiogroup" aria-label={t('vform.answer')} className="yes-no">
              {(['yes', 'no'] as const).map((v) => (
                <label key={v} className="radio">
                  <input type="radio" name={name} value={v} checked={answer === v} onChange={() => setAnswer(v)} /> {t(`vform.${v}`)}
                </label>
              ))}
            </div>
            <TextField
              label={t('vform.date')}
              hint={t('vform.dateHint')}
              value={date}
              error={save.error?.field('firstDate')}
              onChange={(e) => setDate(e.target.value)}
            />
            {answer === 'no' && (
              <TextField
                label={t('vform.target')}
                value={target}
                error={save.error?.field('targetDate')}
                onChange={(e) => setTarget(e.target.value)}
              />
            )}
            <TextAreaField
              label={t('vform.note')}
              rows={2}
              value={note}
              error={save.error?.field('note')}
              onChange={(e) => setNote(e.target.value)}
            />
            {open && <SubmitButton pending={save.pending} label={t('vform.save')} />}
          </>
        )}
      </fieldset>
    </form>
  );
}
