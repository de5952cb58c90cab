// System administration: the checklist versions held, and a new one made by copying an existing
// version (next fiscal year, or a correction as the next revision) or from a file, then edited in
// VersionEditor. Nothing is stored until the administrator has seen the differences.
import { type FormEvent, useState } from 'react';
import type { CatalogVersion } from '../../../../domain/catalog/schema.ts';
import { ApiError, api } from '../../api.ts';
import type { CatalogSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { SelectField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Page, Section } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { invalidate, keys } from '../../query.ts';
import { useSignedIn } from '../../session.tsx';
import { type CopyKind, copyVersion } from './draft.ts';
import { VersionEditor } from './VersionEditor.tsx';
import { WorkbookImport } from './WorkbookImport.tsx';
import '../../messages/catalog-admin.ts';

export function CatalogAdminScreen() {
  const t = useT();
  const versions = useLoad(keys.catalog, () => api.catalogVersions());
  const [draft, setDraft] = useState<CatalogVersion | null>(null);
  return (
    <Page title={t('catalogAdmin.title')} lead={t('catalogAdmin.lead')}>
      <Section title={t('catalogAdmin.list')} id="catalog-list">
        <Loadable state={versions}>{({ versions: list }) => <VersionTable versions={list} />}</Loadable>
      </Section>
      <WorkbookImport onStored={() => void invalidate(keys.catalog)} />
      {draft ? (
        <VersionEditor
          draft={draft}
          setDraft={setDraft}
          onDone={() => {
            setDraft(null);
            void invalidate(keys.catalog);
          }}
        />
      ) : (
        <Section title={t('catalogAdmin.start')} id="catalog-start">
          <Loadable state={versions}>{({ versions: list }) => <StartForm versions={list} onDraft={setDraft} />}</Loadable>
        </Section>
      )}
    </Page>
  );
}

function VersionTable({ versions }: { versions: CatalogSummary[] }) {
  const t = useT();
  const columns = [
    t('catalogAdmin.col.version'),
    t('catalogAdmin.col.revision'),
    t('catalogAdmin.col.year'),
    t('catalogAdmin.col.published'),
    t('catalogAdmin.col.items'),
  ];
  return (
    <DataTable columns={columns} rows={versions} empty="">
      {(v) => (
        <tr key={`${v.id}#${v.revision}`}>
          <th scope="row" lang="ja">
            {v.id} {v.label}
          </th>
          <td>{t('catalogAdmin.revisionN', { n: v.revision })}</td>
          <td>{v.fiscalYear}</td>
          <td>{v.published}</td>
          <td lang="ja">{v.forms.map((f) => `${f.label} ${f.items} (${f.unconfirmed})`).join(' / ')}</td>
        </tr>
      )}
    </DataTable>
  );
}

function StartForm({ versions, onDraft }: { versions: CatalogSummary[]; onDraft: (v: CatalogVersion) => void }) {
  const t = useT();
  const { user } = useSignedIn();
  const last = versions.at(-1);
  const [source, setSource] = useState(last ? `${last.id}#${last.revision}` : '');
  const [kind, setKind] = useState<CopyKind>('newYear');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const [id, revision] = source.split('#');
    if (!id) return;
    setPending(true);
    setError(null);
    try {
      const from = await api.catalogVersion(id, Number(revision));
      const latest = Math.max(...versions.filter((v) => v.id === id).map((v) => v.revision));
      onDraft(copyVersion(from, kind, user.loginId, latest + 1));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('NETWORK', String(err), 0));
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <form onSubmit={submit} className="stack">
        <SelectField
          label={t('catalogAdmin.source')}
          value={source}
          onChange={(e) => setSource(e.target.value)}
          options={versions.map((v) => ({
            value: `${v.id}#${v.revision}`,
            label: `${v.id} ${v.label} ${t('catalogAdmin.revisionN', { n: v.revision })}`,
          }))}
        />
        <SelectField
          label={t('catalogAdmin.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as CopyKind)}
          options={[
            { value: 'newYear', label: t('catalogAdmin.kind.newYear') },
            { value: 'revision', label: t('catalogAdmin.kind.revision') },
          ]}
        />
        <FormError error={error} />
        <SubmitButton pending={pending} label={t('catalogAdmin.startSubmit')} />
      </form>
      <FileStart onDraft={onDraft} />
    </>
  );
}

/** A catalog file (as `mamori catalog import` takes it) opened in the editor; the server checks it. */
function FileStart({ onDraft }: { onDraft: (v: CatalogVersion) => void }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      const value = JSON.parse(await file.text());
      if (!editable(value)) throw new Error(t('catalogAdmin.fileShape'));
      setError(null);
      onDraft(value);
    } catch (err) {
      setError(t('catalogAdmin.fileBroken', { message: (err as Error).message }));
    }
  };
  return (
    <div className="field">
      <label htmlFor="catalog-file">{t('catalogAdmin.fromFile')}</label>
      <input
        id="catalog-file"
        type="file"
        accept="application/json,.json"
        aria-describedby="catalog-file-hint"
        onChange={(e) => void open(e.target.files?.[0])}
      />
      <p className="field-hint" id="catalog-file-hint">
        {t('catalogAdmin.fromFileHint')}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Enough of the format for the editor to show it; everything else the server's check names. */
function editable(v: unknown): v is CatalogVersion {
  const c = v as Partial<CatalogVersion> | null;
  return (
    !!c &&
    typeof c === 'object' &&
    Array.isArray(c.rules) &&
    typeof c.provenance === 'object' &&
    Array.isArray(c.forms) &&
    c.forms.every((f) => Array.isArray(f?.items))
  );
}
