// The checklist area: this organisation's answers (one per fiscal year and form), a form to start one
// (editors and administrators), and below them the catalog of each year's items.
import { can } from '../../../../domain/roles.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { Loadable } from '../../components/Loadable.tsx';
import { Page, Section } from '../../components/Page.tsx';
import { useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { keys } from '../../query.ts';
import { AssessmentList } from './AssessmentList.tsx';
import { CatalogSection } from './CatalogSection.tsx';
import { StartAssessmentForm } from './StartAssessmentForm.tsx';
import '../../messages/areas.ts';

export function ChecklistScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const canWrite = can(org.role, 'org.write');
  const list = useLoad(keys.assessments(org.id), () => api.listAssessments(org.id));
  return (
    <Page title={t('area.checklist.title')} lead={t('checklist.lead')}>
      <p className="notice notice-info">{t('checklist.outputs')}</p>
      <section className="area-part" aria-labelledby="assessments-heading">
        <h2 id="assessments-heading">{t('assessments.title')}</h2>
        <p className="muted">{t('assessments.lead')}</p>
        <div className="card">
          <Loadable state={list}>{(data) => <AssessmentList org={org} rows={data.assessments} canWrite={canWrite} />}</Loadable>
        </div>
        {canWrite && (
          <Section title={t('assessments.start.title')} id="start-assessment" level={3}>
            <StartAssessmentForm org={org} existing={list.data?.assessments ?? []} />
          </Section>
        )}
      </section>
      <CatalogSection />
    </Page>
  );
}
