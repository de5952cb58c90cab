// One logon event file read: what was read (format, encoding, period, lines skipped, a time offset that
// does not fit), the findings judged now, the accounts (most active first, filtered on the server, at
// most 500 shown), and the bursts of failures. 担当者・管理者 may remove it.
import { type FormEvent, useState } from 'react';
import { severityLabels } from '../../../../domain/findings/finding.ts';
import type { LogonReadDetail } from '../../api/accounts.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { TextField } from '../../components/Field.tsx';
import { FileLink } from '../../components/FileLink.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { formatBytes, formatDateTimeLong } from '../../dates.ts';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/logons.ts';

type Account = LogonReadDetail['summary']['accounts'][number];

export function LogonReadSummary({
  org,
  readId,
  canWrite,
  onClose,
  onRemoved,
}: {
  org: OrgSummary;
  readId: string;
  canWrite: boolean;
  onClose: () => void;
  onRemoved: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const [dialog, confirm] = useConfirm();
  const [query, setQuery] = useState('');
  const read = useLoad(['org', org.id, 'logon-read', readId, query], () => api.logonRead(org.id, readId, query));
  const remove = useAction(() => api.removeLogonRead(org.id, readId));
  const onRemove = async (file: string) => {
    const ok = await confirm({
      title: t('logons.removeTitle'),
      message: t('logons.removeConfirm', { file }),
      confirmLabel: t('logons.remove'),
      danger: true,
    });
    if (!ok || !(await remove.run())) return;
    notify(t('logons.removed', { file }));
    onRemoved();
  };
  return (
    <section aria-labelledby="logon-read">
      {dialog}
      <Loadable state={read}>
        {(r) => (
          <>
            <h3 id="logon-read">{t('logons.summaryOf', { file: r.fileName })}</h3>
            <ReadFacts org={org} read={r} />
            <h4>{t('logons.findings')}</h4>
            {r.findings.length === 0 ? (
              <p>{t('logons.noFindings')}</p>
            ) : (
              <ul lang="ja">
                {r.findings.map((f) => (
                  <li key={f.id}>
                    <span className={`badge severity-${f.severity}`}>{severityLabels[f.severity][lang]}</span> <strong>{f.title}</strong>
                    {f.detail.map((d) => (
                      <p key={d}>{d}</p>
                    ))}
                  </li>
                ))}
              </ul>
            )}
            <p className="field-hint">{t('logons.mamori')}</p>
            <Accounts read={r} query={query} onQuery={setQuery} />
            <Bursts read={r} />
            <div className="editor-actions no-print">
              <button type="button" className="button-secondary" onClick={onClose}>
                {t('logons.close')}
              </button>
              {canWrite && (
                <button type="button" className="button-danger" disabled={remove.pending} onClick={() => void onRemove(r.fileName)}>
                  {t('logons.remove')}
                </button>
              )}
            </div>
            <FormError error={remove.error} />
          </>
        )}
      </Loadable>
    </section>
  );
}

function ReadFacts({ org, read: r }: { org: OrgSummary; read: LogonReadDetail }) {
  const t = useT();
  const lang = useLang();
  const n = (v: number) => v.toLocaleString();
  return (
    <>
      <p>
        {t('logons.meta', {
          format: r.formatLabel,
          encoding: r.encoding,
          size: formatBytes(r.fileBytes),
          records: n(r.records),
          events: n(r.events),
          ignored: n(r.ignored),
          malformed: n(r.malformed),
        })}
        {r.periodFrom && r.periodTo && ` ${formatDateTimeLong(r.periodFrom, lang)} 〜 ${formatDateTimeLong(r.periodTo, lang)}`}
      </p>
      <p className="field-hint">{t('logons.sha256', { hash: r.sha256 })}</p>
      {r.originalEvidenceId && (
        <p>
          {t('logons.original')} <FileLink href={api.evidenceUrl(org.id, r.originalEvidenceId)}>{r.fileName}</FileLink>
        </p>
      )}
      {r.zoneDoubts > 0 && (
        <p role="alert">
          {r.suggestedOffset
            ? t('logons.zoneDoubt', { count: n(r.zoneDoubts), offset: r.suggestedOffset })
            : t('logons.zoneDoubtNoOffset', { count: n(r.zoneDoubts) })}
        </p>
      )}
      {r.problems.length > 0 && (
        <>
          <p>{t('logons.problems')}</p>
          <ul className="warnings" lang="ja">
            {r.problems.map((p) => (
              <li key={p.line}>{p.message}</li>
            ))}
          </ul>
        </>
      )}
      {r.summary.unknownUsers.map((u) => (
        <p key={u.system} lang="ja">
          {t('logons.unknownUsers', { system: u.system, failures: n(u.failures), names: u.names.slice(0, 10).join('、') })}
        </p>
      ))}
      {(r.summary.overflow.accountEvents > 0 || r.summary.overflow.sourcesDropped > 0 || r.summary.overflow.bursts > 0) && (
        <p className="field-hint">
          {t('logons.overflow', {
            accounts: n(r.summary.overflow.accountEvents),
            sources: n(r.summary.overflow.sourcesDropped),
            bursts: n(r.summary.overflow.bursts),
          })}
        </p>
      )}
    </>
  );
}

function Accounts({ read: r, query, onQuery }: { read: LogonReadDetail; query: string; onQuery: (q: string) => void }) {
  const t = useT();
  const lang = useLang();
  const [text, setText] = useState(query);
  const rows = r.summary.accounts;
  const other = (a: Account) => a.logonTotal - a.logons.interactive - a.logons.network - a.logons.rdp;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onQuery(text.trim());
  };
  return (
    <>
      <h4>{t('logons.accounts', { count: r.accountsTotal.toLocaleString() })}</h4>
      <form className="filters no-print" onSubmit={submit} aria-label={t('logons.search')}>
        <TextField label={t('logons.search')} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="button-secondary">
          {t('logons.filter')}
        </button>
        <p role="status">{t('logons.accountsShown', { shown: rows.length, total: r.accountsMatching.toLocaleString() })}</p>
      </form>
      <DataTable
        caption={t('logons.accounts', { count: r.accountsTotal })}
        columns={[
          t('logons.col.account'),
          t('logons.col.system'),
          t('logons.col.logons'),
          t('logons.col.failures'),
          t('logons.col.rdpFrom'),
          t('logons.col.last'),
          t('logons.col.night'),
        ]}
        rows={rows}
        focusable
      >
        {(a) => (
          <tr key={`${a.system}\n${a.account}`}>
            <th scope="row">{a.domain ? `${a.domain}\\${a.account}` : a.account}</th>
            <td>{a.system}</td>
            <td>
              {a.logons.interactive} / {a.logons.network} / {a.logons.rdp} / {other(a)}
            </td>
            <td>{a.failures}</td>
            <td>{a.rdpSources.map((s) => `${s.address} (${s.count})`).join(', ')}</td>
            <td>{a.lastLogon ? formatDateTimeLong(a.lastLogon, lang) : '—'}</td>
            <td>{a.nightLogons.length}</td>
          </tr>
        )}
      </DataTable>
    </>
  );
}

function Bursts({ read: r }: { read: LogonReadDetail }) {
  const t = useT();
  const lang = useLang();
  const { bursts, thresholds } = r.summary;
  if (bursts.length === 0) return null;
  return (
    <>
      <h4>{t('logons.bursts', { threshold: thresholds.burstThreshold, minutes: thresholds.burstWindowMinutes })}</h4>
      <DataTable
        caption={t('logons.bursts', { threshold: thresholds.burstThreshold, minutes: thresholds.burstWindowMinutes })}
        columns={[t('logons.col.when'), t('logons.col.target'), t('logons.col.failures'), t('logons.col.after')]}
        rows={bursts}
        focusable
      >
        {(b) => (
          <tr key={`${b.by}:${b.account ?? b.source}:${b.start}`}>
            <td>
              {formatDateTimeLong(b.start, lang)} 〜 {formatDateTimeLong(b.end, lang)}
            </td>
            <th scope="row">
              {b.by === 'account' ? t('logons.byAccount', { account: b.account ?? '' }) : t('logons.bySource', { source: b.source ?? '' })}
            </th>
            <td>{b.failures}</td>
            <td>
              {b.succeeded
                ? t('logons.succeeded', { time: formatDateTimeLong(b.succeeded.time, lang), account: b.succeeded.account })
                : '—'}
            </td>
          </tr>
        )}
      </DataTable>
    </>
  );
}
