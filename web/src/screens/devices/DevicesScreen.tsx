// The 機器台帳: search (kana and width variants alike), filters by class and status, sort, pages,
// saved views; select rows to change them together; add, import, export. The view lives in the URL.

import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { classLabels, DEVICE_CLASSES, DEVICE_SORTS, DEVICE_STATUSES, statusLabels } from '../../../../domain/devices/device.ts';
import { can } from '../../../../domain/roles.ts';
import { api } from '../../api.ts';
import type { DeviceList, OrgSummary } from '../../api-answers.ts';
import { CheckboxField, SelectField, TextField } from '../../components/Field.tsx';
import { FileLink } from '../../components/FileLink.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page } from '../../components/Page.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { deviceImportLink, devicesLink, newDeviceLink } from '../../links.ts';
import { invalidate, keys } from '../../query.ts';
import { BulkChange } from './BulkChange.tsx';
import { DeviceTable } from './DeviceTable.tsx';
import { apiQueryOf, type DeviceView, PAGE_SIZE, queryOf, searchOf, searchOfQuery, viewOf } from './device-query.ts';
import { LedgerReview } from './LedgerReview.tsx';
import { SavedViews } from './SavedViews.tsx';

export function DevicesScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const navigate = useNavigate();
  const view = viewOf(useSearch({ from: '/o/$slug/devices' }));
  const setView = (next: Partial<DeviceView>) =>
    void navigate({ ...devicesLink(org.slug), search: searchOf({ ...view, page: 1, ...next }), replace: true });
  const list = useLoad(keys.devices(org.id, apiQueryOf(view)), () => api.devices(org.id, apiQueryOf(view)));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const canWrite = can(org.role, 'org.write');
  return (
    <Page title={t('devices.title')} lead={t('devices.lead')}>
      <Actions org={org} canWrite={canWrite} />
      <LedgerReview org={org} canWrite={canWrite} />
      <Filters view={view} setView={setView} facets={list.data?.facets ?? []} />
      <SavedViews
        orgId={org.id}
        current={queryOf({ ...view, page: 1 })}
        onOpen={(q) => void navigate({ ...devicesLink(org.slug), search: searchOfQuery(q) })}
      />
      <Loadable state={list}>
        {(data) => (
          <>
            <p className="ledger-count" aria-live="polite">
              {t('devices.count', { total: data.total })}
            </p>
            {canWrite && selected.size > 0 && (
              <BulkChange
                orgId={org.id}
                ids={[...selected]}
                onDone={() => {
                  setSelected(new Set());
                  void invalidate(keys.org(org.id));
                }}
              />
            )}
            <DeviceTable
              org={org}
              devices={data.devices}
              empty={data.total === 0 && !view.q && !view.classes.length ? t('devices.empty') : t('devices.noMatch')}
              canSelect={canWrite}
              selected={selected}
              setSelected={setSelected}
            />
            <Pagination page={view.page} pageSize={PAGE_SIZE} total={data.total} onPage={(page) => setView({ page })} />
          </>
        )}
      </Loadable>
    </Page>
  );
}

function Actions({ org, canWrite }: { org: OrgSummary; canWrite: boolean }) {
  const t = useT();
  return (
    <div className="ledger-actions no-print">
      {canWrite && (
        <>
          <Link className="button" {...newDeviceLink(org.slug)}>
            {t('devices.add')}
          </Link>
          <Link className="button button-secondary" {...deviceImportLink(org.slug)}>
            {t('devices.import')}
          </Link>
        </>
      )}
      <span>
        {t('devices.export')} <FileLink href={api.devicesExportUrl(org.id, 'csv')}>{t('devices.exportCsv')}</FileLink> /{' '}
        <FileLink href={api.devicesExportUrl(org.id, 'csv-sjis')}>{t('devices.exportSjis')}</FileLink> /{' '}
        <FileLink href={api.devicesExportUrl(org.id, 'xlsx')}>{t('devices.exportXlsx')}</FileLink>
      </span>
    </div>
  );
}

interface FilterProps {
  view: DeviceView;
  setView: (v: Partial<DeviceView>) => void;
  /** rows per class and status in the whole ledger (retired included) */
  facets: DeviceList['facets'];
}

function Filters({ view, setView, facets }: FilterProps) {
  const t = useT();
  const lang = useLang();
  const count = (key: 'deviceClass' | 'status', value: string) => facets.filter((f) => f[key] === value).reduce((n, f) => n + f.n, 0);
  const [q, setQ] = useState(view.q);
  // typing searches after a short pause, not on every key
  useEffect(() => {
    if (q === view.q) return;
    const timer = setTimeout(() => setView({ q }), 300);
    return () => clearTimeout(timer);
  });
  const one = <T extends string>(v: T[]) => v[0] ?? '';
  return (
    <div className="ledger-filters no-print">
      <TextField
        label={t('devices.search')}
        hint={t('devices.searchHint')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <SelectField
        label={t('devices.class')}
        value={one(view.classes)}
        onChange={(e) => setView({ classes: e.target.value ? [e.target.value as DeviceView['classes'][number]] : [] })}
        options={[
          { value: '', label: t('devices.all') },
          ...DEVICE_CLASSES.map((c) => ({ value: c, label: `${classLabels[c][lang]} (${count('deviceClass', c)})` })),
        ]}
      />
      <SelectField
        label={t('devices.status')}
        value={one(view.statuses)}
        onChange={(e) => setView({ statuses: e.target.value ? [e.target.value as DeviceView['statuses'][number]] : [] })}
        options={[
          { value: '', label: t('devices.all') },
          ...DEVICE_STATUSES.map((s) => ({ value: s, label: `${statusLabels[s][lang]} (${count('status', s)})` })),
        ]}
      />
      <SelectField
        label={t('devices.sort')}
        value={view.sort}
        onChange={(e) => setView({ sort: e.target.value as DeviceView['sort'] })}
        options={DEVICE_SORTS.map((s) => ({ value: s, label: t(`devices.col.${s}`) }))}
      />
      <CheckboxField label={t('devices.desc')} checked={view.desc} onChange={(e) => setView({ desc: e.target.checked })} />
      <CheckboxField label={t('devices.retired')} checked={view.retired} onChange={(e) => setView({ retired: e.target.checked })} />
    </div>
  );
}
