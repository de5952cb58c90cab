// One 立入検査の記録. The office's 検査担当 or 管理者 edits a draft — the date, the inspectors, per 手引き
// point 確認した or 指摘 with its note, the summary — saves it whole at the version read, and completes
// it. Everyone else (the office's 閲覧者, the institution once completed) reads it. Print and PDF.
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { jstMinute } from '../../../../domain/dates/jst-time.ts';
import { isOversight } from '../../../../domain/organization.ts';
import { can } from '../../../../domain/roles.ts';
import type { Inspection } from '../../api/jurisdiction.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page, Section } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { inspectionsLink } from '../../links.ts';
import '../../messages/common.ts';
import '../../messages/inspections.ts';
import '../../messages/contacts.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';

type Point = Inspection['results'][number];

export function InspectionScreen({ org, inspectionId }: { org: OrgSummary; inspectionId: string }) {
  const t = useT();
  const loaded = useLoad(keys.inspection(org.id, inspectionId), () => api.inspection(org.id, inspectionId));
  return (
    <Loadable state={loaded}>
      {(r) => (
        <Page title={t('inspections.recordTitle', { name: r.institutionName, year: r.fiscalYearLabel })}>
          <Facts org={org} record={r} />
          <p className="field-hint">{t('inspections.provenance', { text: r.provenance.text })}</p>
          {isOversight(org.kind) && can(org.role, 'org.write') && !r.completedAt ? (
            <RecordForm key={r.version} org={org} record={r} />
          ) : (
            <Results record={r} />
          )}
          <p>
            <Link {...inspectionsLink(org.slug)}>{t('inspections.back')}</Link>
          </p>
        </Page>
      )}
    </Loadable>
  );
}

function Facts({ org, record: r }: { org: OrgSummary; record: Inspection }) {
  const t = useT();
  return (
    <>
      <p>{t('inspections.office', { name: r.officeName })}</p>
      <p>
        {r.submission ? (
          <>
            {t('inspections.submission', { no: r.submission.no, at: jstMinute(new Date(r.submission.submittedAt)) })}{' '}
            <a href={api.submissionUrl(org.id, r.submission.id, 'print')} target="_blank" rel="noopener">
              {t('inspections.printSubmission')}
              <span className="visually-hidden"> {t('common.newTab')}</span>
            </a>
          </>
        ) : (
          t('inspections.noSubmission')
        )}
      </p>
      <p className={r.completedAt ? 'notice notice-success' : 'notice notice-info'}>
        {r.completedAt
          ? t('inspections.stateLine', { at: jstMinute(new Date(r.completedAt)), who: r.completedBy ?? '' })
          : t('inspections.draftLine')}
      </p>
      <p>
        <a href={api.inspectionUrl(org.id, r.id, 'print')} target="_blank" rel="noopener">
          {t('inspections.print')}
          <span className="visually-hidden"> {t('common.newTab')}</span>
        </a>
        {' / '}
        <a href={api.inspectionUrl(org.id, r.id, 'pdf')}>{t('inspections.pdf')}</a>
      </p>
    </>
  );
}

function Results({ record: r }: { record: Inspection }) {
  const t = useT();
  return (
    <>
      <Section title={t('inspections.points')} id="inspection-points">
        <dl className="facts">
          <dt>{t('inspections.inspectedOn')}</dt>
          <dd>{r.inspectedOn ?? ''}</dd>
          <dt>{t('inspections.inspectors')}</dt>
          <dd>{r.inspectors}</dd>
        </dl>
        <ol className="inspection-points">
          {r.results.map((p) => (
            <li key={p.key}>
              <p>{p.text}</p>
              <p>
                <strong className={p.result === 'finding' ? 'badge badge-warn' : 'badge'}>
                  {t(p.result ? `inspections.result.${p.result}` : 'inspections.result.none')}
                </strong>{' '}
                {p.note}
              </p>
            </li>
          ))}
        </ol>
      </Section>
      <Section title={t('inspections.summary')} id="inspection-summary">
        <p className="pre-wrap">{r.summary || '—'}</p>
      </Section>
    </>
  );
}

function RecordForm({ org, record: r }: { org: OrgSummary; record: Inspection }) {
  const t = useT();
  const { notify } = useNotice();
  const [dialog, confirm] = useConfirm();
  const [inspectedOn, setInspectedOn] = useState(r.inspectedOn ?? '');
  const [inspectors, setInspectors] = useState(r.inspectors);
  const [summary, setSummary] = useState(r.summary);
  const [points, setPoints] = useState<Record<string, { result: string | null; note: string }>>(
    Object.fromEntries(r.results.map((p) => [p.key, { result: p.result, note: p.note }])),
  );
  const save = useAction(() => api.saveInspection(org.id, r.id, { version: r.version, inspectedOn, inspectors, summary, results: points }));
  const complete = useAction(() => api.completeInspection(org.id, r.id, r.version));
  const reload = () => invalidate(keys.inspection(org.id, r.id));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!(await save.run())) return;
    notify(t('inspections.saved'));
    await reload();
  };
  const finish = async () => {
    const ok = await confirm({
      title: t('inspections.completeTitle'),
      message: t('inspections.completeConfirm'),
      confirmLabel: t('inspections.complete'),
    });
    if (!ok) return;
    const done = await complete.run();
    if (done) notify(t('inspections.completedNotice'));
    await reload();
    void invalidate(['org', org.id, 'inspections']);
  };
  const setPoint = (key: string, change: Partial<{ result: string | null; note: string }>) =>
    setPoints((all) => ({ ...all, [key]: { result: all[key]?.result ?? null, note: all[key]?.note ?? '', ...change } }));
  return (
    <>
      {dialog}
      <form onSubmit={submit} noValidate aria-label={t('inspections.points')}>
        <FormError error={save.error} />
        <TextField
          label={t('inspections.inspectedOn')}
          hint={t('inspections.inspectedOnHint')}
          value={inspectedOn}
          error={save.error?.field('inspectedOn')}
          onChange={(e) => setInspectedOn(e.target.value)}
        />
        <TextField
          label={t('inspections.inspectors')}
          maxLength={200}
          value={inspectors}
          error={save.error?.field('inspectors')}
          onChange={(e) => setInspectors(e.target.value)}
        />
        <h2>{t('inspections.points')}</h2>
        <ol className="inspection-points">
          {r.results.map((p) => (
            <PointField
              key={p.key}
              point={p}
              value={points[p.key] ?? { result: null, note: '' }}
              error={save.error?.field(`results.${p.key}.note`) ?? save.error?.field(`results.${p.key}.result`)}
              onChange={(change) => setPoint(p.key, change)}
            />
          ))}
        </ol>
        <TextAreaField
          label={t('inspections.summary')}
          rows={4}
          value={summary}
          error={save.error?.field('summary')}
          onChange={(e) => setSummary(e.target.value)}
        />
        <SubmitButton pending={save.pending} label={t('inspections.save')} />
      </form>
      <FormError error={complete.error} />
      <button type="button" onClick={finish} disabled={complete.pending}>
        {complete.pending ? t('common.working') : t('inspections.complete')}
      </button>
    </>
  );
}

function PointField({
  point,
  value,
  error,
  onChange,
}: {
  point: Point;
  value: { result: string | null; note: string };
  error: string | undefined;
  onChange: (change: Partial<{ result: string | null; note: string }>) => void;
}) {
  const t = useT();
  const name = `point-${point.key}`;
  return (
    <li>
      <fieldset>
        <legend>{point.text}</legend>
        <div role="radiogroup" aria-label={t('inspections.result')} className="yes-no">
          {(['confirmed', 'finding', 'not-required'] as const).map((v) => (
            <label key={v} className="radio">
              <input type="radio" name={name} value={v} checked={value.result === v} onChange={() => onChange({ result: v })} />{' '}
              {t(`inspections.result.${v}`)}
            </label>
          ))}
          <label className="radio">
            <input type="radio" name={name} value="" checked={!value.result} onChange={() => onChange({ result: null })} />{' '}
            {t('inspections.result.none')}
          </label>
        </div>
        <TextAreaField
          label={t('inspections.note')}
          rows={2}
          value={value.note}
          error={error}
          onChange={(e) => onChange({ note: e.target.value })}
        />
      </fieldset>
    </li>
  );
}
