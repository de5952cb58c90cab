// The ログリスト: per system of the 利用者台帳, each log — what it records, where it is kept, for how long,
// on which clock, who looks at it and how often — with its last look and the next one due (overdue
// marked); 担当者・管理者 list a log and record a look (the period covered, what was found, and the logon
// events read for it as its evidence).
import { type FormEvent, useState } from 'react';
import {
  LOG_CONTENTS,
  LOG_LOCATIONS,
  type LogContent,
  logContentLabels,
  logLocationLabels,
  TIME_SOURCES,
  timeSourceLabels,
} from '../../../../domain/accounts/log-list.ts';
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import type { AccountSystem, LogSourceView } from '../../api/accounts.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { CheckboxField, SelectField, TextField } from '../../components/Field.tsx';
import { FileLink } from '../../components/FileLink.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formatDateLong, jstDay } from '../../dates.ts';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/log-list.ts';

export function LogListPanel({ org, systems, canWrite }: { org: OrgSummary; systems: AccountSystem[]; canWrite: boolean }) {
  const t = useT();
  const lang = useLang();
  const list = useLoad(['org', org.id, 'log-sources'], () => api.logList(org.id));
  return (
    <section aria-labelledby="log-list">
      <h2 id="log-list">{t('logs.title')}</h2>
      <p className="field-hint">{t('logs.lead')}</p>
      {canWrite && systems.length > 0 && <AddLog org={org} systems={systems} onAdded={list.reload} />}
      <Loadable state={list}>
        {({ logs }) => (
          <>
            <DataTable
              caption={t('logs.title')}
              columns={[
                t('logs.col.log'),
                t('logs.col.contents'),
                t('logs.col.kept'),
                t('logs.col.review'),
                t('logs.col.last'),
                t('logs.col.due'),
              ]}
              rows={logs}
              empty={t('logs.empty')}
            >
              {(l) => (
                <tr key={l.id}>
                  <th scope="row" lang="ja">
                    {l.name} ({l.systemName})
                  </th>
                  <td>{l.contents.map((c) => logContentLabels[c][lang]).join('、') || '—'}</td>
                  <td>
                    {logLocationLabels[l.location][lang]}
                    {' ・'}
                    {l.retentionMonths ? t('logs.months', { months: l.retentionMonths }) : t('logs.noRetention')}
                    <br />
                    {timeSourceLabels[l.timeSource][lang]}
                  </td>
                  <td>
                    <span lang="ja">{l.reviewer || '—'}</span>
                    {' ・'}
                    {t('logs.every', { months: l.reviewEveryMonths })}
                  </td>
                  <td>
                    {l.lastReviewedOn ? formatDateLong(l.lastReviewedOn, lang) : t('logs.never')}
                    {l.reviews[0]?.logonRead && (
                      <>
                        <br />
                        {t('logs.evidenceOf', { file: l.reviews[0].logonRead.fileName })}
                      </>
                    )}
                    {l.reviews[0]?.evidence && (
                      <>
                        <br />
                        {t('logs.evidenceFileOf')}{' '}
                        <FileLink href={api.evidenceUrl(org.id, l.reviews[0].evidence.id)}>{l.reviews[0].evidence.fileName}</FileLink>
                      </>
                    )}
                  </td>
                  <td>
                    {formatDateLong(l.dueOn, lang)}
                    {l.overdue && (
                      <>
                        {' '}
                        <span className="badge badge-warn">{t('logs.overdue')}</span>
                      </>
                    )}
                  </td>
                </tr>
              )}
            </DataTable>
            {canWrite && logs.length > 0 && <RecordLook org={org} logs={logs} onRecorded={list.reload} />}
          </>
        )}
      </Loadable>
    </section>
  );
}

function AddLog({ org, systems, onAdded }: { org: OrgSummary; systems: AccountSystem[]; onAdded: () => void }) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const [systemId, setSystemId] = useState(systems[0]?.id ?? '');
  const [name, setName] = useState('');
  const [contents, setContents] = useState<Set<LogContent>>(new Set(['logon', 'user']));
  const [location, setLocation] = useState('onsite');
  const [retention, setRetention] = useState('');
  const [timeSource, setTimeSource] = useState('unknown');
  const [reviewer, setReviewer] = useState('');
  const [every, setEvery] = useState('1');
  const months = (v: string) => (v.trim() ? Number(v.normalize('NFKC')) : null);
  const add = useAction(() =>
    api.addLogSource(org.id, {
      systemId,
      name,
      contents: [...contents],
      location,
      retentionMonths: months(retention),
      timeSource,
      reviewer,
      reviewEveryMonths: months(every) ?? 0,
    }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const made = await add.run();
    if (!made) return;
    notify(t('logs.added', { name: made.name }));
    setName('');
    onAdded();
  };
  return (
    <details className="no-print">
      <summary>{t('logs.add')}</summary>
      <form onSubmit={submit} className="stack" aria-label={t('logs.add')}>
        <FormError error={add.error} />
        <SelectField
          label={t('logs.system')}
          value={systemId}
          onChange={(e) => setSystemId(e.target.value)}
          options={systems.map((s) => ({ value: s.id, label: s.name }))}
        />
        <TextField label={t('logs.name')} value={name} error={add.error?.field('name')} onChange={(e) => setName(e.target.value)} />
        <fieldset className="checkbox-row">
          <legend>{t('logs.contents')}</legend>
          {LOG_CONTENTS.map((c) => (
            <CheckboxField
              key={c}
              label={logContentLabels[c][lang]}
              checked={contents.has(c)}
              onChange={() =>
                setContents((had) => {
                  const next = new Set(had);
                  if (!next.delete(c)) next.add(c);
                  return next;
                })
              }
            />
          ))}
        </fieldset>
        <SelectField
          label={t('logs.location')}
          value={location}
          onChange={(e) => setLocation(e.target.value)}
          options={LOG_LOCATIONS.map((v) => ({ value: v, label: logLocationLabels[v][lang] }))}
        />
        <TextField
          label={t('logs.retention')}
          inputMode="numeric"
          value={retention}
          error={add.error?.field('retentionMonths')}
          onChange={(e) => setRetention(e.target.value)}
        />
        <SelectField
          label={t('logs.timeSource')}
          value={timeSource}
          onChange={(e) => setTimeSource(e.target.value)}
          options={TIME_SOURCES.map((v) => ({ value: v, label: timeSourceLabels[v][lang] }))}
        />
        <TextField label={t('logs.reviewer')} value={reviewer} onChange={(e) => setReviewer(e.target.value)} />
        <TextField
          label={t('logs.everyMonths')}
          inputMode="numeric"
          value={every}
          error={add.error?.field('reviewEveryMonths')}
          onChange={(e) => setEvery(e.target.value)}
        />
        <SubmitButton pending={add.pending} label={t('logs.save')} />
      </form>
    </details>
  );
}

function RecordLook({ org, logs, onRecorded }: { org: OrgSummary; logs: LogSourceView[]; onRecorded: () => void }) {
  const t = useT();
  const { notify } = useNotice();
  const [logId, setLogId] = useState(logs[0]?.id ?? '');
  const [reviewedOn, setReviewedOn] = useState(todayJst(new Date()));
  const [periodFrom, setPeriodFrom] = useState('');
  const [periodTo, setPeriodTo] = useState('');
  const [reviewer, setReviewer] = useState('');
  const [found, setFound] = useState('');
  const [readId, setReadId] = useState('');
  const [evidenceId, setEvidenceId] = useState('');
  const files = useLoad(['org', org.id, 'evidence'], () => api.listEvidence(org.id));
  const systemId = logs.find((l) => l.id === logId)?.systemId ?? '';
  const reads = useLoad(['org', org.id, 'logons', systemId], () => api.logonReads(org.id, systemId));
  const readOptions = reads.data?.reads ?? [];
  const chooseRead = (id: string) => {
    setReadId(id);
    const read = readOptions.find((r) => r.id === id);
    // the period the file covers, unless one is written already
    if (read?.periodFrom && !periodFrom) setPeriodFrom(jstDay(read.periodFrom));
    if (read?.periodTo && !periodTo) setPeriodTo(jstDay(read.periodTo));
  };
  const record = useAction(() =>
    api.recordLogReview(org.id, logId, {
      reviewedOn,
      periodFrom,
      periodTo,
      reviewer,
      found,
      logonImportId: readId || null,
      evidenceId: evidenceId || null,
    }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!(await record.run())) return;
    notify(t('logs.recorded'));
    setFound('');
    onRecorded();
  };
  return (
    <details className="no-print">
      <summary>{t('logs.record')}</summary>
      <form onSubmit={submit} className="stack" aria-label={t('logs.record')}>
        <FormError error={record.error} />
        <SelectField
          label={t('logs.which')}
          value={logId}
          onChange={(e) => {
            setLogId(e.target.value);
            setReadId('');
          }}
          options={logs.map((l) => ({ value: l.id, label: `${l.name} (${l.systemName})` }))}
        />
        {readOptions.length > 0 && (
          <SelectField
            label={t('logs.evidenceRead')}
            hint={t('logs.evidenceReadHint')}
            value={readId}
            error={record.error?.field('logonImportId')}
            onChange={(e) => chooseRead(e.target.value)}
            options={[
              { value: '', label: t('logs.noEvidenceRead') },
              ...readOptions.map((r) => ({
                value: r.id,
                label: t('logs.readOption', { file: r.fileName, events: r.events.toLocaleString() }),
              })),
            ]}
          />
        )}
        <TextField
          label={t('logs.reviewedOn')}
          value={reviewedOn}
          error={record.error?.field('reviewedOn')}
          onChange={(e) => setReviewedOn(e.target.value)}
        />
        <TextField
          label={t('logs.periodFrom')}
          value={periodFrom}
          error={record.error?.field('periodFrom')}
          onChange={(e) => setPeriodFrom(e.target.value)}
        />
        <TextField
          label={t('logs.periodTo')}
          value={periodTo}
          error={record.error?.field('periodTo')}
          onChange={(e) => setPeriodTo(e.target.value)}
        />
        <TextField
          label={t('logs.lookedBy')}
          value={reviewer}
          error={record.error?.field('reviewer')}
          onChange={(e) => setReviewer(e.target.value)}
        />
        <TextField label={t('logs.found')} value={found} onChange={(e) => setFound(e.target.value)} />
        <SelectField
          label={t('logs.evidenceFile')}
          hint={t('logs.evidenceFileHint')}
          value={evidenceId}
          error={record.error?.field('evidenceId')}
          onChange={(e) => setEvidenceId(e.target.value)}
          options={[
            { value: '', label: t('logs.noEvidenceRead') },
            ...(files.data?.files ?? []).map((f) => ({ value: f.id, label: f.fileName })),
          ]}
        />
        <SubmitButton pending={record.pending} label={t('logs.recordSave')} />
      </form>
    </details>
  );
}
