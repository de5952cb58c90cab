// System administration: Mamori's own automatic backups — their state (a warning when the last is too
// old or failed), the folders with their last backup and error, and a backup now.
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page, Section } from '../../components/Page.tsx';
import { formatDateTimeLong } from '../../dates.ts';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import '../../messages/backups.ts';

const WARN = new Set(['stale', 'failing', 'off']);

export function BackupsAdminScreen() {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const state = useLoad(keys.backups, () => api.backups());
  const run = useAction(() => api.runBackup());
  const when = (at: string | null) => (at ? formatDateTimeLong(at, lang) : t('backups.never'));
  return (
    <Page title={t('backups.title')} lead={t('backups.lead')}>
      <Loadable state={state}>
        {(s) => (
          <>
            <Section title={t('backups.status')} id="backups-status">
              <p className={`notice ${WARN.has(s.status) ? 'notice-warning' : 'notice-info'}`} role="status">
                {t(`backups.status.${s.status}`)}
              </p>
              <dl className="facts">
                <dt>{t('backups.last')}</dt>
                <dd>{when(s.lastAt)}</dd>
                {s.status !== 'off' && (
                  <>
                    <dt>{t('backups.schedule')}</dt>
                    <dd>{t('backups.scheduleValue', { hours: s.everyHours, keep: s.keep })}</dd>
                  </>
                )}
              </dl>
              {s.lastError && (
                <p className="notice notice-warning">
                  {t('backups.lastError', { at: formatDateTimeLong(s.lastError.at, lang) })}: {s.lastError.message}
                </p>
              )}
              <FormError error={run.error} />
              <button
                type="button"
                disabled={run.pending || s.running || s.status === 'off'}
                onClick={async () => {
                  const r = await run.run();
                  if (!r) return;
                  notify(t(r.lastError ? 'backups.failed' : 'backups.done'));
                  await invalidate(keys.backups);
                }}
              >
                {run.pending || s.running ? t('backups.running') : t('backups.runNow')}
              </button>
              <p className="field-hint">{t('backups.settingsHint')}</p>
            </Section>
            <Section title={t('backups.folders')} id="backups-folders">
              <DataTable
                columns={[t('backups.col.dir'), t('backups.col.last'), t('backups.col.error')]}
                rows={s.folders}
                empty={t('backups.foldersNone')}
              >
                {(f) => (
                  <tr key={f.dir}>
                    <th scope="row">
                      <code>{f.dir}</code>
                    </th>
                    <td>{when(f.lastAt)}</td>
                    <td>{f.error ?? ''}</td>
                  </tr>
                )}
              </DataTable>
            </Section>
            <Section title={t('backups.verification')} id="backups-verification">
              {s.lastVerification ? (
                <>
                  <p className={`notice ${s.lastVerification.ok ? 'notice-info' : 'notice-warning'}`}>
                    {t(s.lastVerification.ok ? 'backups.verifiedOk' : 'backups.verifiedNg', {
                      at: formatDateTimeLong(s.lastVerification.at, lang),
                      by: s.lastVerification.by,
                    })}
                  </p>
                  <dl className="facts">
                    <dt>{t('backups.verifiedFile')}</dt>
                    <dd>
                      <code>{s.lastVerification.file}</code>
                      {s.lastVerification.backupCreatedAt &&
                        ` (${t('backups.verifiedMade', { at: formatDateTimeLong(s.lastVerification.backupCreatedAt, lang) })})`}
                    </dd>
                    <dt>{t('backups.verifiedRows')}</dt>
                    <dd>{t('backups.verifiedRowsValue', { tables: s.lastVerification.tables, rows: s.lastVerification.rows })}</dd>
                  </dl>
                  {s.lastVerification.problems.length > 0 && (
                    <ul className="warnings">
                      {s.lastVerification.problems.map((p) => (
                        <li key={p}>{p}</li>
                      ))}
                    </ul>
                  )}
                </>
              ) : (
                <p className="notice notice-warning">{t('backups.verifiedNone')}</p>
              )}
              <p className="field-hint">{t('backups.restoreTest')}</p>
            </Section>
          </>
        )}
      </Loadable>
    </Page>
  );
}
