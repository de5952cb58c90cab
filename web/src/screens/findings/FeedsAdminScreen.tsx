// System administration: the vulnerability and end-of-life data loaded (version, entries, when, by
// whom), and loading new files — every file checked first; a broken one changes nothing.
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page, Section } from '../../components/Page.tsx';
import { formatDateTimeLong } from '../../dates.ts';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import { loadFeeds } from '../../upload.ts';
import { SiteAliases } from './SiteAliases.tsx';
import '../../messages/findings.ts';

type Loaded = Awaited<ReturnType<typeof loadFeeds>>;

export function FeedsAdminScreen() {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const feeds = useLoad(keys.feeds, () => api.feeds());
  const update = useAction(() => api.updateFeeds());
  const [kev, setKev] = useState<File | null>(null);
  const [eol, setEol] = useState<File[]>([]);
  const [nvd, setNvd] = useState<File[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  /** a load or an update went through: say what in words, and no older refusal stays next to it */
  const done = (r: Loaded) => {
    const list = r.loaded.map((l) => t('feeds.doneEntry', { kind: t(`feeds.kind.${l.kind}`), version: l.version, entries: l.entries }));
    notify(t('feeds.done', { list: list.join('、') }));
    setError(null);
    update.reset();
    // every organisation's findings, suggestions and readiness rest on the feeds
    void invalidate(keys.feeds, ['org']);
  };
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await loadFeeds({ kev, eol, nvd });
      e.currentTarget?.reset();
      done(r);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('NETWORK', String(err), 0));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title={t('feeds.title')} lead={t('feeds.lead')}>
      <Section title={t('feeds.loaded')} id="feeds-loaded">
        <Loadable state={feeds}>
          {({ feeds: rows }) => (
            <DataTable
              columns={[t('feeds.col.kind'), t('feeds.col.version'), t('feeds.col.entries'), t('feeds.col.loaded')]}
              rows={rows}
              empty={t('findings.feedsNone')}
            >
              {(f) => (
                <tr key={f.kind}>
                  <th scope="row">{t(`feeds.kind.${f.kind}`)}</th>
                  <td>{f.version}</td>
                  <td>{f.entries}</td>
                  <td>
                    {formatDateTimeLong(f.loadedAt, lang)} ({f.loadedBy})
                  </td>
                </tr>
              )}
            </DataTable>
          )}
        </Loadable>
      </Section>
      <Section title={t('feeds.update')} id="feeds-update">
        <p className="field-hint">{t('feeds.updateHint')}</p>
        <FormError error={update.error} />
        <button
          type="button"
          disabled={update.pending}
          onClick={async () => {
            const r = await update.run();
            if (r) done(r);
          }}
        >
          {t('feeds.updateSubmit')}
        </button>
      </Section>
      <Section title={t('feeds.load')} id="feeds-load">
        <form onSubmit={submit} className="stack">
          <FormError error={error} />
          <div className="field">
            <label htmlFor="feed-kev">{t('feeds.kev')}</label>
            <input id="feed-kev" type="file" accept=".json,.csv" onChange={(e) => setKev(e.target.files?.[0] ?? null)} />
          </div>
          <div className="field">
            <label htmlFor="feed-eol">{t('feeds.eol')}</label>
            <input id="feed-eol" type="file" accept=".md,.json" multiple onChange={(e) => setEol([...(e.target.files ?? [])])} />
          </div>
          <div className="field">
            <label htmlFor="feed-nvd">{t('feeds.nvd')}</label>
            <input id="feed-nvd" type="file" accept=".json" multiple onChange={(e) => setNvd([...(e.target.files ?? [])])} />
          </div>
          <button type="submit" disabled={busy || (!kev && eol.length === 0 && nvd.length === 0)}>
            {t('feeds.submit')}
          </button>
        </form>
      </Section>
      <SiteAliases />
    </Page>
  );
}
