// The BCP document the sheet checks: the day it was made or last reviewed (西暦 or 和暦, not in the
// future), its file from the evidence store and a note; saved with the sheet's version read.
import { type FormEvent, useState } from 'react';
import type { BcpSheet } from '../../api/bcp.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formatDateLong } from '../../dates.ts';
import { useAction } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import { EvidenceChoice, EvidenceUpload } from '../backup-ledger/EvidenceChoice.tsx';
import '../../messages/bcp.ts';

export function SheetPlanForm({ org, sheet, canWrite }: { org: OrgSummary; sheet: BcpSheet; canWrite: boolean }) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const plan = sheet.sheet;
  const [draft, setDraft] = useState({
    planOn: plan?.planOn ?? '',
    planEvidenceId: plan?.planEvidenceId ?? '',
    planNote: plan?.planNote ?? '',
  });
  const save = useAction(() =>
    api.saveBcpSheetPlan(org.id, {
      fiscalYear: sheet.fiscalYear,
      planOn: draft.planOn || null,
      planEvidenceId: draft.planEvidenceId || null,
      planNote: draft.planNote,
      version: plan?.version ?? 0,
    }),
  );
  if (!plan) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // a refusal (a field, or 409 when someone saved first) stays beside the form with the draft kept
    if (!(await save.run())) return;
    notify(t('bcp.sheet.planSaved'));
    await invalidate(keys.bcpSheet(org.id));
  };
  if (!canWrite)
    return (
      <Section title={t('bcp.sheet.plan')} id="bcp-sheet-plan" level={3}>
        <dl className="facts">
          <dt>{t('bcp.sheet.planOn')}</dt>
          <dd>{plan.planOn ? formatDateLong(plan.planOn, lang) : t('bcp.sheet.notRecorded')}</dd>
          <dt>{t('bcp.sheet.planFile')}</dt>
          <dd>{plan.planEvidence?.fileName ?? t('bcp.sheet.notRecorded')}</dd>
        </dl>
      </Section>
    );
  return (
    <Section title={t('bcp.sheet.plan')} id="bcp-sheet-plan" level={3}>
      <form onSubmit={submit} noValidate aria-label={t('bcp.sheet.plan')}>
        <FormError error={save.error} />
        <div className="form-grid">
          <TextField
            label={t('bcp.sheet.planOn')}
            hint={t('bcp.sheet.planOnHint')}
            value={draft.planOn}
            error={save.error?.field('planOn')}
            onChange={(e) => setDraft({ ...draft, planOn: e.target.value })}
          />
          <EvidenceChoice
            org={org}
            label={t('bcp.sheet.planFile')}
            value={draft.planEvidenceId}
            error={save.error?.field('planEvidenceId')}
            onChange={(id) => setDraft({ ...draft, planEvidenceId: id })}
          />
        </div>
        <TextAreaField
          label={t('bcp.sheet.planNote')}
          rows={2}
          value={draft.planNote}
          error={save.error?.field('planNote')}
          onChange={(e) => setDraft({ ...draft, planNote: e.target.value })}
        />
        <SubmitButton pending={save.pending} label={t('bcp.sheet.savePlan')} />
      </form>
      <EvidenceUpload org={org} />
    </Section>
  );
}
