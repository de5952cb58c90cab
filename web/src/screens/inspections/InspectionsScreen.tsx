// 立入検査の記録, the list. An office (保健所, 都道府県): the records of a fiscal year for its institutions,
// with a form to start one (its 検査担当 and 管理者). An institution: the records its offices completed.
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { fiscalYear, fiscalYearOf, todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { isOversight } from '../../../../domain/organization.ts';
import { can } from '../../../../domain/roles.ts';
import type { InspectionList } from '../../api/jurisdiction.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { SelectField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page, Section } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formatDateLong } from '../../dates.ts';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { inspectionLink } from '../../links.ts';
import '../../messages/inspections.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';

type Row = InspectionList['inspections'][number];

export function InspectionsScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const office = isOversight(org.kind);
  return (
    <Page title={t('inspections.title')} lead={t(office ? 'inspections.leadOffice' : 'inspections.leadInstitution')}>
      {office ? <OfficeRecords org={org} /> : <InstitutionRecords org={org} />}
    </Page>
  );
}

function OfficeRecords({ org }: { org: OrgSummary }) {
  const t = useT();
  const current = fiscalYearOf(todayJst(new Date()));
  const [year, setYear] = useState(current);
  const loaded = useLoad(keys.inspections(org.id, year), () => api.inspections(org.id, year));
  return (
    <>
      <SelectField
        label={t('inspections.year')}
        value={String(year)}
        onChange={(e) => setYear(Number(e.target.value))}
        options={[current + 1, current, current - 1, current - 2].map((y) => ({ value: String(y), label: fiscalYear(y).label }))}
      />
      {can(org.role, 'org.write') && <StartRecord org={org} year={year} />}
      <Loadable state={loaded}>{(l) => <Records org={org} rows={l.inspections} office />}</Loadable>
    </>
  );
}

function InstitutionRecords({ org }: { org: OrgSummary }) {
  const loaded = useLoad(keys.inspections(org.id), () => api.inspections(org.id));
  return <Loadable state={loaded}>{(l) => <Records org={org} rows={l.inspections} office={false} />}</Loadable>;
}

function Records({ org, rows, office }: { org: OrgSummary; rows: Row[]; office: boolean }) {
  const t = useT();
  const lang = useLang();
  const columns = [
    t(office ? 'inspections.col.institution' : 'inspections.col.office'),
    t('inspections.col.year'),
    t('inspections.col.date'),
    t('inspections.col.recorded'),
    t('inspections.col.findings'),
    t('inspections.col.state'),
  ];
  return (
    <DataTable columns={columns} rows={rows} empty={t(office ? 'inspections.empty' : 'inspections.emptyInstitution')}>
      {(r) => {
        const name = office ? r.institutionName : r.officeName;
        return (
          <tr key={r.id}>
            <th scope="row">
              <Link {...inspectionLink(org.slug, r.id)} aria-label={t('inspections.open', { name })}>
                {name}
              </Link>
            </th>
            <td>{r.fiscalYearLabel}</td>
            <td>{r.inspectedOn ? formatDateLong(r.inspectedOn, lang) : ''}</td>
            <td className="num">{t('inspections.recordedOf', { recorded: r.recorded, points: r.points })}</td>
            <td className="num">{t('inspections.findingsCount', { count: r.findings })}</td>
            <td>
              <span className={r.completedAt ? 'badge badge-ok' : 'badge'}>
                {t(r.completedAt ? 'inspections.completed' : 'inspections.draft')}
              </span>
            </td>
          </tr>
        );
      }}
    </DataTable>
  );
}

function StartRecord({ org, year }: { org: OrgSummary; year: number }) {
  const t = useT();
  const navigate = useNavigate();
  const { notify } = useNotice();
  const loaded = useLoad(keys.jurisdiction(org.id), () => api.jurisdiction(org.id));
  const [institutionId, setInstitutionId] = useState('');
  const start = useAction((id: string) => api.startInspection(org.id, id, year));
  return (
    <Section title={t('inspections.start')} id="inspection-start">
      <Loadable state={loaded}>
        {(j) => {
          if (j.institutions.length === 0) return <p>{t('inspections.noInstitutions')}</p>;
          const chosen = institutionId || (j.institutions[0]?.id ?? '');
          const submit = async (e: FormEvent) => {
            e.preventDefault();
            const made = await start.run(chosen);
            if (!made) return;
            notify(t('inspections.started', { name: j.institutions.find((i) => i.id === chosen)?.name ?? '' }));
            void invalidate(keys.inspections(org.id, year));
            void navigate(inspectionLink(org.slug, made.id));
          };
          return (
            <form onSubmit={submit} noValidate aria-label={t('inspections.start')}>
              <FormError error={start.error} />
              <SelectField
                label={t('inspections.institution')}
                value={chosen}
                error={start.error?.field('institutionId')}
                onChange={(e) => setInstitutionId(e.target.value)}
                options={j.institutions.map((i) => ({ value: i.id, label: i.name }))}
              />
              <SubmitButton pending={start.pending} label={t('inspections.start')} />
            </form>
          );
        }}
      </Loadable>
    </Section>
  );
}
