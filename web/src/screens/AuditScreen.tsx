// The audit trail: of one organisation (its administrators) or of the whole system (system
// administrators). Filters and page live in the URL, so Back and reload keep them.

import { useNavigate, useSearch } from '@tanstack/react-router';
import { api } from '../api.ts';
import type { OrgSummary } from '../api-answers.ts';
import { FileLink } from '../components/FileLink.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { Page } from '../components/Page.tsx';
import { Pagination } from '../components/Pagination.tsx';
import { useLoad } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { keys } from '../query.ts';
import { type AuditSearch, stringifySearch } from '../search.ts';
import { AuditFilters, type AuditFilterValues } from './audit/AuditFilters.tsx';
import { AuditTable } from './audit/AuditTable.tsx';

const PAGE_SIZE = 50;

export function AuditScreen({ org }: { org: OrgSummary | null }) {
  const t = useT();
  const navigate = useNavigate();
  // the same filters on /admin/audit and /o/:slug/audit (routes.tsx, search.ts auditSearch)
  const search: AuditSearch = useSearch({ strict: false });
  const values: AuditFilterValues = {
    action: search.action ?? '',
    actor: search.actor ?? '',
    from: search.from ?? '',
    to: search.to ?? '',
  };
  const page = search.page ?? 1;
  const params = stringifySearch({ ...values, page });
  const events = useLoad(org ? keys.orgAudit(org.id, params) : keys.systemAudit(params), () =>
    api.audit(org?.id ?? null, { ...values, page, pageSize: PAGE_SIZE }),
  );

  const go = (next: AuditFilterValues, nextPage: number) => {
    const to: AuditSearch = { ...next, page: nextPage > 1 ? nextPage : undefined };
    if (org) void navigate({ to: '/o/$slug/audit', params: { slug: org.slug }, search: to });
    else void navigate({ to: '/admin/audit', search: to });
  };

  return (
    <Page
      title={org ? t('audit.titleOrg') : t('audit.titleSystem')}
      lead={org ? t('audit.leadOrg', { name: org.name }) : t('audit.leadSystem')}
      actions={
        <FileLink href={api.auditCheckpointUrl(org?.id ?? null)} aria-describedby="audit-checkpoint-hint">
          {t('audit.checkpoint')}
        </FileLink>
      }
    >
      <p id="audit-checkpoint-hint" className="muted">
        {t('audit.checkpointHint')}
      </p>
      <AuditFilters values={values} error={events.error} onApply={(v) => go(v, 1)} />
      <Loadable state={events}>
        {(data) => (
          <>
            {data.events.some((e) => e.detail === 'metadata') && <p className="notice notice-info">{t('audit.metadataOnly')}</p>}
            <AuditTable events={data.events} />
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => go(values, p)} />
          </>
        )}
      </Loadable>
    </Page>
  );
}
