// The checklist catalog, as a part of the checklist page: each fiscal year's version, its forms and
// items, and where the data comes from. Wording not read in the official text is marked on every row,
// never shown as official.
import { useState } from 'react';
import type { CatalogVersion } from '../../../../domain/catalog/schema.ts';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { SelectField } from '../../components/Field.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Section } from '../../components/Page.tsx';
import { useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { keys } from '../../query.ts';
import { CatalogItemRow } from './CatalogItemRow.tsx';
import { CatalogProvenance } from './CatalogProvenance.tsx';

export function CatalogSection() {
  const t = useT();
  const versions = useLoad(keys.catalog, () => api.catalogVersions());
  const [chosen, setChosen] = useState<string | null>(null);
  // the latest published version first; an administrator's draft of the next year is one choice away
  const all = versions.data?.versions ?? [];
  const latest = (all.filter((v) => v.released).at(-1) ?? all.at(-1))?.id;
  const versionId = chosen ?? latest;
  return (
    <section className="area-part" aria-labelledby="catalog-heading">
      <h2 id="catalog-heading">{t('checklist.catalogTitle')}</h2>
      <Loadable state={versions}>
        {(data) => (
          <>
            <SelectField
              className="catalog-picker"
              label={t('checklist.version')}
              value={versionId ?? ''}
              onChange={(e) => setChosen(e.target.value)}
              options={data.versions.map((v) => ({
                value: v.id,
                label: `${v.label} (${v.fiscalYear})${v.released ? '' : ` ${t('checklist.unreleased')}`}`,
              }))}
            />
            {versionId && <VersionView key={versionId} versionId={versionId} />}
          </>
        )}
      </Loadable>
    </section>
  );
}

function VersionView({ versionId }: { versionId: string }) {
  const version = useLoad(keys.catalogVersion(versionId), () => api.catalogVersion(versionId));
  return <Loadable state={version}>{(v) => <Forms version={v} />}</Loadable>;
}

function Forms({ version }: { version: CatalogVersion }) {
  const t = useT();
  const [formKey, setFormKey] = useState(version.forms[0]?.form ?? '');
  const form = version.forms.find((f) => f.form === formKey) ?? version.forms[0];
  if (!form) return null;
  const unconfirmed = form.items.filter((i) => i.wording !== 'confirmed').length;
  return (
    <>
      <SelectField
        className="catalog-picker"
        label={t('checklist.form')}
        value={form.form}
        onChange={(e) => setFormKey(e.target.value)}
        options={version.forms.map((f) => ({ value: f.form, label: `${f.label} (${f.items.length})` }))}
      />
      <Section title={`${version.label} ${form.label}`} id="catalog-items" level={3}>
        {form.items.length > 0 && <p>{t('checklist.unconfirmedCount', { count: unconfirmed, total: form.items.length })}</p>}
        <DataTable
          className="catalog-items"
          columns={[
            t('checklist.col.number'),
            t('checklist.col.target'),
            t('checklist.col.item'),
            t('checklist.col.status'),
            t('checklist.col.wording'),
          ]}
          rows={form.items}
          empty={t('checklist.noItems')}
        >
          {(item) => <CatalogItemRow key={item.id} item={item} numbering={version.numbering} />}
        </DataTable>
        {form.headerNotes.length > 0 && (
          <details>
            <summary>{t('checklist.headerNotes')}</summary>
            <ul lang="ja">
              {form.headerNotes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </details>
        )}
      </Section>
      <CatalogProvenance version={version} />
    </>
  );
}
