// A 保健所's (or a 都道府県's) institutions: name, kind, prefecture, code, beds and since when (and how)
// each is in the jurisdiction, filtered by name or code, with its latest submission of the year and its
// readiness. The institutions' ledgers are reachable only while an institution grants live read access
// (a link until its end); otherwise the server answers 404.
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { jstMinute } from '../../../../domain/dates/jst-time.ts';
import type { Jurisdiction } from '../../api/jurisdiction.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { TextField } from '../../components/Field.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page, Section } from '../../components/Page.tsx';
import { formatDateLong } from '../../dates.ts';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { kindLabel } from '../../labels.ts';
import { orgHomeLink } from '../../links.ts';
import { keys } from '../../query.ts';
import { useSignedIn } from '../../session.tsx';
import '../../messages/contacts.ts';
import '../../messages/jurisdiction.ts';
import '../../messages/live-access.ts';

export function JurisdictionScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const loaded = useLoad(keys.jurisdiction(org.id), () => api.jurisdiction(org.id));
  return (
    <Page title={t('jurisdiction.title')} lead={t('jurisdiction.lead', { office: org.name })}>
      <p className="notice notice-planned">{t('jurisdiction.notYet')}</p>
      <Loadable state={loaded}>{(j) => <InstitutionList jurisdiction={j} officeId={org.id} />}</Loadable>
    </Page>
  );
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s/g, '');

/** An institution that opened its records to this office: the link while it lasts, else from when. */
function LiveLink({ slug, access }: { slug: string; access: { startsAt: string; endsAt: string; active: boolean } }) {
  const t = useT();
  const { organizations, refresh } = useSignedIn();
  const known = organizations.some((o) => o.slug === slug && o.liveUntil);
  useEffect(() => {
    // granted since the session was read: read it again, so that the institution's pages open
    if (access.active && !known) void refresh();
  }, [access.active, known, refresh]);
  if (!access.active)
    return (
      <>
        <br />
        <small>{t('liveAccess.scheduledAt', { from: jstMinute(new Date(access.startsAt)) })}</small>
      </>
    );
  return (
    <>
      <br />
      <Link {...orgHomeLink(slug)}>{t('liveAccess.open', { until: jstMinute(new Date(access.endsAt)) })}</Link>
    </>
  );
}

function InstitutionList({ jurisdiction, officeId }: { jurisdiction: Jurisdiction; officeId: string }) {
  const t = useT();
  const lang = useLang();
  const [q, setQ] = useState('');
  const all = jurisdiction.institutions;
  const shown = q ? all.filter((i) => fold(`${i.name} ${i.medicalInstitutionCode ?? ''}`).includes(fold(q))) : all;
  const columns = [
    ...(['name', 'kind', 'prefecture', 'code', 'beds', 'since'] as const).map((k) => t(`jurisdiction.col.${k}`)),
    t('jurisdiction.col.submission', { year: jurisdiction.fiscalYearLabel }),
  ];
  if (all.length === 0) return <p>{t('jurisdiction.empty')}</p>;
  return (
    <Section title={t('jurisdiction.count', { shown: shown.length, total: all.length })} id="jurisdiction-list">
      <TextField label={t('jurisdiction.search')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      <DataTable columns={columns} rows={shown} empty={t('jurisdiction.noMatch')} className="jurisdiction-table">
        {(i) => (
          <tr key={i.id}>
            <th scope="row">
              {i.name}
              {i.liveAccess && <LiveLink slug={i.slug} access={i.liveAccess} />}
            </th>
            <td>{kindLabel(i.kind, lang)}</td>
            <td>{i.prefecture ?? ''}</td>
            <td>{i.medicalInstitutionCode ?? ''}</td>
            <td className="num">{i.bedCount ?? ''}</td>
            <td>
              {formatDateLong(todayJst(new Date(i.since)), lang)}
              <br />
              <small>{t(`jurisdiction.via.${i.addedVia}`)}</small>
            </td>
            <td>
              {i.submission ? (
                <>
                  {formatDateLong(todayJst(new Date(i.submission.submittedAt)), lang)}
                  <br />
                  {i.submission.ready ? (
                    <span className="badge badge-ok">{t('jurisdiction.ready')}</span>
                  ) : (
                    <span className="badge badge-warn">{t('jurisdiction.gaps', { count: i.submission.gaps })}</span>
                  )}
                  <br />
                  <a href={api.submissionUrl(officeId, i.submission.id, 'print')} target="_blank" rel="noopener">
                    {t('submissions.print')}
                    <span className="visually-hidden"> {t('common.newTab')}</span>
                  </a>
                </>
              ) : (
                t('jurisdiction.notSubmitted')
              )}
            </td>
          </tr>
        )}
      </DataTable>
    </Section>
  );
}
