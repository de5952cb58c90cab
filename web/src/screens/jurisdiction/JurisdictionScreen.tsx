// A 保健所's (or a 都道府県's) overview of its jurisdiction for a fiscal year: each institution with its
// kind, beds, the latest submission sent here and what it said (gaps by the 手引き, named; 目標日 past;
// vendors without their 事業者確認用; the 連絡体制図's date), the inspection record of the year, and
// a link for its 検査担当 and 管理者 while the institution grants live read access. Filter, search, sort, and export CSV / Excel.
// The institutions' ledgers are reachable only under such a grant; otherwise the server answers 404.
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { fiscalYear, fiscalYearOf, todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { jstMinute } from '../../../../domain/dates/jst-time.ts';
import { can } from '../../../../domain/roles.ts';
import type { Jurisdiction } from '../../api/jurisdiction.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { CheckboxField, SelectField, TextField } from '../../components/Field.tsx';
import { FileLink } from '../../components/FileLink.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page, Section } from '../../components/Page.tsx';
import { formatDateLong } from '../../dates.ts';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { kindLabel } from '../../labels.ts';
import { inspectionLink, orgHomeLink } from '../../links.ts';
import { keys } from '../../query.ts';
import { useSignedIn } from '../../session.tsx';
import '../../messages/contacts.ts';
import '../../messages/devices.ts';
import '../../messages/inspections.ts';
import '../../messages/jurisdiction.ts';
import '../../messages/live-access.ts';

type Row = Jurisdiction['institutions'][number];
const SORTS = ['name', 'submitted', 'gaps', 'overdue', 'beds'] as const;
const PAGE = 200;
type Sort = (typeof SORTS)[number];

export function JurisdictionScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const current = fiscalYearOf(todayJst(new Date()));
  const [year, setYear] = useState(current);
  const loaded = useLoad(keys.jurisdiction(org.id, year), () => api.jurisdiction(org.id, year));
  return (
    <Page title={t('jurisdiction.title')} lead={t('jurisdiction.lead', { office: org.name })}>
      <SelectField
        label={t('inspections.year')}
        value={String(year)}
        onChange={(e) => setYear(Number(e.target.value))}
        options={[current + 1, current, current - 1, current - 2].map((y) => ({ value: String(y), label: fiscalYear(y).label }))}
      />
      <p className="no-print output-links">
        {t('devices.export')} <FileLink href={api.jurisdictionExportUrl(org.id, year, 'csv')}>{t('devices.exportCsv')}</FileLink>
        {' / '}
        <FileLink href={api.jurisdictionExportUrl(org.id, year, 'csv-sjis')}>{t('devices.exportSjis')}</FileLink>
        {' / '}
        <FileLink href={api.jurisdictionExportUrl(org.id, year, 'xlsx')}>{t('devices.exportXlsx')}</FileLink>
      </p>
      <Loadable state={loaded}>{(j) => <InstitutionList jurisdiction={j} office={org} />}</Loadable>
    </Page>
  );
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s/g, '');

/** Biggest problems first for the counts; institutions without a submission last but for `submitted`. */
function compare(sort: Sort) {
  const byName = (a: Row, b: Row) => a.name.localeCompare(b.name, 'ja');
  const desc = (f: (r: Row) => number | null) => (a: Row, b: Row) => (f(b) ?? -1) - (f(a) ?? -1) || byName(a, b);
  switch (sort) {
    case 'submitted':
      // not submitted first: those are whom the office calls
      return (a: Row, b: Row) => (a.submission?.submittedAt ?? '').localeCompare(b.submission?.submittedAt ?? '') || byName(a, b);
    case 'gaps':
      return desc((r) => r.submission?.gaps ?? null);
    case 'overdue':
      return desc((r) => r.overdueTargets);
    case 'beds':
      return desc((r) => r.bedCount);
    default:
      return byName;
  }
}

function InstitutionList({ jurisdiction, office }: { jurisdiction: Jurisdiction; office: OrgSummary }) {
  const t = useT();
  const [q, setQ] = useState('');
  const [sort, setSort] = useState<Sort>('name');
  const [onlyOpen, setOnlyOpen] = useState(false);
  // a prefecture oversees thousands: the table grows by a page at a time
  const [limit, setLimit] = useState(PAGE);
  const all = jurisdiction.institutions;
  const matches = (i: Row) =>
    (!q || fold(`${i.name} ${i.medicalInstitutionCode ?? ''}`).includes(fold(q))) && (!onlyOpen || !i.submission?.ready);
  const shown = all.filter(matches).sort(compare(sort));
  const columns = [
    ...(['name', 'kind', 'beds'] as const).map((k) => t(`jurisdiction.col.${k}`)),
    t('jurisdiction.col.submission', { year: jurisdiction.fiscalYearLabel }),
    t('jurisdiction.col.readiness'),
    t('jurisdiction.col.overdue'),
    t('jurisdiction.col.vendors'),
    t('jurisdiction.col.chart'),
    t('jurisdiction.col.inspection'),
  ];
  if (all.length === 0) return <p>{t('jurisdiction.empty')}</p>;
  return (
    <Section title={t('jurisdiction.count', { shown: shown.length, total: all.length })} id="jurisdiction-list">
      <div className="filters">
        <TextField label={t('jurisdiction.search')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        <SelectField
          label={t('jurisdiction.sort')}
          value={sort}
          onChange={(e) => setSort(e.target.value as Sort)}
          options={SORTS.map((s) => ({ value: s, label: t(`jurisdiction.sort.${s}`) }))}
        />
        <CheckboxField label={t('jurisdiction.onlyOpen')} checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} />
      </div>
      <DataTable columns={columns} rows={shown.slice(0, limit)} empty={t('jurisdiction.noMatch')} className="jurisdiction-table">
        {(i) => <InstitutionRow key={i.id} row={i} office={office} />}
      </DataTable>
      {shown.length > limit && (
        <p>
          <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
            {t('jurisdiction.more', { shown: limit, total: shown.length, page: Math.min(PAGE, shown.length - limit) })}
          </button>
        </p>
      )}
    </Section>
  );
}

function InstitutionRow({ row: i, office }: { row: Row; office: OrgSummary }) {
  const t = useT();
  const lang = useLang();
  const date = (iso: string) => formatDateLong(todayJst(new Date(iso)), lang);
  const unknown = <small>{t('jurisdiction.notKept')}</small>;
  return (
    <tr>
      <th scope="row">
        {i.name}
        <br />
        <small>
          {[i.prefecture, i.medicalInstitutionCode].filter(Boolean).join(' ')} {t(`jurisdiction.via.${i.addedVia}`)}
        </small>
        {i.liveAccess && can(office.role, 'org.write') && <LiveLink slug={i.slug} access={i.liveAccess} />}
      </th>
      <td>{kindLabel(i.kind, lang)}</td>
      <td className="num">{i.bedCount ?? ''}</td>
      <td>
        {i.submission ? (
          <>
            {date(i.submission.submittedAt)} ({t('jurisdiction.submissionNo', { no: i.submission.no })})
            <br />
            <a href={api.submissionUrl(office.id, i.submission.id, 'print')} target="_blank" rel="noopener">
              {t('submissions.print')}
              <span className="visually-hidden"> {t('common.newTab')}</span>
            </a>
          </>
        ) : (
          <span className="badge badge-warn">{t('jurisdiction.notSubmitted')}</span>
        )}
      </td>
      <td>
        {i.submission &&
          (i.submission.ready ? (
            <span className="badge badge-ok">{t('jurisdiction.ready')}</span>
          ) : (
            <details>
              <summary>
                <span className="badge badge-warn">{t('jurisdiction.gaps', { count: i.submission.gaps })}</span>
              </summary>
              {i.gapMessages ? (
                <ul>
                  {i.gapMessages.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                  {i.submission.gaps > i.gapMessages.length && (
                    <li>{t('jurisdiction.moreGaps', { count: i.submission.gaps - i.gapMessages.length })}</li>
                  )}
                </ul>
              ) : (
                unknown
              )}
            </details>
          ))}
      </td>
      <td className="num">
        {i.submission ? (i.overdueTargets === null ? unknown : t('inspections.findingsCount', { count: i.overdueTargets })) : ''}
      </td>
      <td>
        {i.submission
          ? i.vendorsMissing === null
            ? unknown
            : i.vendorsMissing.length
              ? i.vendorsMissing.join('、')
              : t('jurisdiction.none')
          : ''}
      </td>
      <td>
        {i.submission
          ? i.chartConfirmedOn
            ? formatDateLong(i.chartConfirmedOn, lang)
            : i.chartRequired === null
              ? unknown
              : t(i.chartRequired ? 'jurisdiction.chartUnconfirmed' : 'jurisdiction.chartNotRequired')
          : ''}
      </td>
      <td>
        {i.inspection ? (
          <Link {...inspectionLink(office.slug, i.inspection.id)}>
            {t(i.inspection.completed ? 'inspections.completed' : 'inspections.draft')}
            {i.inspection.findings > 0 && ` (${t('inspections.result.finding')} ${i.inspection.findings})`}
          </Link>
        ) : (
          ''
        )}
      </td>
    </tr>
  );
}

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
