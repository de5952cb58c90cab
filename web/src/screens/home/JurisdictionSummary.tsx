// An office's home (保健所, 都道府県): how many institutions it oversees, and the way to the list.
import { Link } from '@tanstack/react-router';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { Loadable } from '../../components/Loadable.tsx';
import { Section } from '../../components/Page.tsx';
import { useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { keys } from '../../query.ts';
import '../../messages/jurisdiction.ts';

export function JurisdictionSummary({ org }: { org: OrgSummary }) {
  const t = useT();
  const loaded = useLoad(keys.jurisdiction(org.id), () => api.jurisdiction(org.id));
  return (
    <Section title={t('jurisdiction.title')} id="jurisdiction-summary">
      <Loadable state={loaded}>
        {(j) => (
          <p>
            {j.institutions.length === 0
              ? t('jurisdiction.empty')
              : t('jurisdiction.count', { shown: j.institutions.length, total: j.institutions.length })}{' '}
            <Link to="/o/$slug/jurisdiction" params={{ slug: org.slug }}>
              {t('jurisdiction.open')}
            </Link>
          </p>
        )}
      </Loadable>
    </Section>
  );
}
