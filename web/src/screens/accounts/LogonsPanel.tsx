// A system's logon record: the institution's address ranges (RDP from outside them is a finding), a
// logon event file read (sent as it is, with its upload's progress; the server reads it as a stream),
// the files read, newest first, and one read's summary: findings, accounts, bursts of failures.
import { type FormEvent, useEffect, useState } from 'react';
import type { AccountSystem } from '../../api/accounts.ts';
import { ApiError, api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { CheckboxField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formatDateTimeLong } from '../../dates.ts';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import { uploadLogonFile } from '../../upload.ts';
import { LogonReadSummary } from './LogonReadSummary.tsx';
import '../../messages/logons.ts';

const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

export function LogonsPanel({ org, system, canWrite }: { org: OrgSummary; system: AccountSystem; canWrite: boolean }) {
  const t = useT();
  const lang = useLang();
  const reads = useLoad(['org', org.id, 'logons', system.id], () => api.logonReads(org.id, system.id));
  const [open, setOpen] = useState<string | null>(null);
  const period = (from: string | null, to: string | null) =>
    from && to ? `${formatDateTimeLong(from, lang)} 〜 ${formatDateTimeLong(to, lang)}` : '—';
  const changed = (id: string | null) => {
    setOpen(id);
    reads.reload();
    void invalidate(keys.org(org.id));
  };
  return (
    <section aria-labelledby="logons">
      <h2 id="logons">{t('logons.title')}</h2>
      <p className="field-hint">{t('logons.lead')}</p>
      <Loadable state={reads}>
        {({ reads: list, addressRanges }) => (
          <>
            <AddressRanges org={org} stored={addressRanges} canWrite={canWrite} onSaved={() => changed(open)} />
            {canWrite && <LogonUpload org={org} system={system} onRead={(id) => changed(id)} />}
            <h3>{t('logons.reads')}</h3>
            <DataTable
              caption={t('logons.reads')}
              columns={[
                t('logons.col.readAt'),
                t('logons.col.file'),
                t('logons.col.period'),
                t('logons.col.events'),
                t('logons.col.malformed'),
                t('logons.col.by'),
              ]}
              rows={list}
              empty={t('logons.none')}
            >
              {(r) => (
                <tr key={r.id} aria-current={r.id === open || undefined}>
                  <td>
                    {formatDateTimeLong(r.importedAt, lang)}
                    {r.id === list[0]?.id && (
                      <>
                        {' '}
                        <span className="badge">{t('logons.latest')}</span>
                      </>
                    )}
                  </td>
                  <th scope="row">
                    <button
                      type="button"
                      className="button-link"
                      aria-label={t('logons.openOf', { file: r.fileName })}
                      onClick={() => setOpen(r.id)}
                    >
                      {r.fileName}
                    </button>
                  </th>
                  <td>{period(r.periodFrom, r.periodTo)}</td>
                  <td>{r.events.toLocaleString()}</td>
                  <td>{r.malformed.toLocaleString()}</td>
                  <td>{r.importedBy}</td>
                </tr>
              )}
            </DataTable>
            {open && list.some((r) => r.id === open) && (
              <LogonReadSummary
                key={open}
                org={org}
                readId={open}
                canWrite={canWrite}
                onClose={() => setOpen(null)}
                onRemoved={() => changed(null)}
              />
            )}
          </>
        )}
      </Loadable>
    </section>
  );
}

function LogonUpload({ org, system, onRead }: { org: OrgSummary; system: AccountSystem; onRead: (id: string) => void }) {
  const t = useT();
  const { notify } = useNotice();
  const [file, setFile] = useState<File | null>(null);
  const [offset, setOffset] = useState('+09:00');
  const [keep, setKeep] = useState(false);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setError(new ApiError('VALIDATION', t('logons.chooseFile'), 0, [{ field: 'file', message: t('logons.chooseFile') }]));
      return;
    }
    setError(null);
    setProgress({ sent: 0, total: file.size });
    try {
      const read = await uploadLogonFile(
        { orgId: org.id, accountSystemId: system.id },
        file,
        { utcOffset: offset.normalize('NFKC').trim(), keep },
        (sent, total) => setProgress({ sent, total }),
      );
      notify(t('logons.done', { file: read.fileName, events: read.events.toLocaleString() }));
      onRead(read.id);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('NETWORK', String(err), 0));
    } finally {
      setProgress(null);
    }
  };
  return (
    <details className="no-print">
      <summary>{t('logons.upload')}</summary>
      <p className="field-hint">{t('logons.formats')}</p>
      <form onSubmit={submit} className="stack" aria-label={t('logons.upload')}>
        <FormError error={error} />
        <TextField
          label={t('logons.file')}
          type="file"
          accept=".jsonl,.json,.ndjson,.log,.txt,.csv"
          error={error?.field('file')}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setError(null);
          }}
        />
        <TextField
          label={t('logons.offset')}
          hint={t('logons.offsetHint')}
          value={offset}
          error={error?.field('utcOffset')}
          onChange={(e) => setOffset(e.target.value)}
        />
        <CheckboxField
          label={t('logons.keep')}
          hint={t('logons.keepHint')}
          checked={keep}
          error={error?.field('keep')}
          onChange={(e) => setKeep(e.target.checked)}
        />
        {progress && (
          <p role="status">
            <progress value={progress.sent} max={progress.total || 1} />{' '}
            {progress.sent < progress.total
              ? t('logons.sending', { sent: mb(progress.sent), total: mb(progress.total) })
              : t('logons.summarising')}
          </p>
        )}
        <SubmitButton pending={progress !== null} label={t('logons.read')} />
      </form>
    </details>
  );
}

function AddressRanges({ org, stored, canWrite, onSaved }: { org: OrgSummary; stored: string[]; canWrite: boolean; onSaved: () => void }) {
  const t = useT();
  const { notify } = useNotice();
  const [text, setText] = useState(stored.join('\n'));
  useEffect(() => setText(stored.join('\n')), [stored]);
  const save = useAction(() =>
    api.updateLedgerSettings(org.id, {
      addressRanges: text
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean),
    }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await save.run();
    if (!saved) return;
    notify(t('logons.rangesSaved', { count: saved.addressRanges.length }));
    onSaved();
  };
  const title = stored.length ? t('logons.rangesCount', { count: stored.length }) : t('logons.rangesUnset');
  return (
    <details className="no-print">
      <summary>{title}</summary>
      <p className="field-hint">{t('logons.rangesLead')}</p>
      {canWrite ? (
        <form onSubmit={submit} className="stack" aria-label={t('logons.ranges')}>
          <FormError error={save.error} />
          <TextAreaField
            label={t('logons.ranges')}
            rows={4}
            value={text}
            error={save.error?.field('addressRanges')}
            onChange={(e) => setText(e.target.value)}
          />
          <SubmitButton pending={save.pending} label={t('logons.rangesSave')} />
        </form>
      ) : (
        <ul>
          {stored.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
