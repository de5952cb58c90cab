// The draft of a checklist version: its particulars and provenance, the inspection rules, each form's
// items; then 「差分を確認」 (the server checks it and compares it with its base, storing nothing)
// and 「この内容で版を追加」. Any edit after a check asks for a new check before storing.
import { useState } from 'react';
import type { CatalogVersion } from '../../../../domain/catalog/schema.ts';
import { ApiError, api } from '../../api.ts';
import type { CatalogImportResult } from '../../api-answers.ts';
import { CheckboxField, TextAreaField, TextField } from '../../components/Field.tsx';
import { Section } from '../../components/Page.tsx';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { linesOf } from './draft.ts';
import { FormItemsEditor } from './FormItemsEditor.tsx';
import { ImportOutcome } from './ImportOutcome.tsx';
import { RulesEditor } from './RulesEditor.tsx';

interface Props {
  draft: CatalogVersion;
  setDraft: (v: CatalogVersion | null) => void;
  onDone: () => void;
}

export function VersionEditor({ draft, setDraft, onDone }: Props) {
  const t = useT();
  const { notify } = useNotice();
  const [checked, setChecked] = useState<CatalogImportResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const edit = (next: CatalogVersion) => {
    setDraft(next);
    setChecked(null);
  };
  const send = async (dryRun: boolean) => {
    setPending(true);
    setError(null);
    try {
      const result = await api.importCatalog(draft, dryRun);
      if (!dryRun) {
        notify(t('catalogAdmin.stored', { id: result.version.id, revision: result.version.revision }));
        onDone();
        return;
      }
      setChecked(result);
    } catch (err) {
      setChecked(null);
      setError(err instanceof ApiError ? err : new ApiError('NETWORK', String(err), 0));
    } finally {
      setPending(false);
    }
  };
  return (
    <Section title={t('catalogAdmin.editing', { id: draft.id, revision: draft.revision, label: draft.label })} id="catalog-editor">
      <MetaFields draft={draft} edit={edit} />
      <RulesEditor rules={draft.rules} onChange={(rules) => edit({ ...draft, rules })} />
      <FormItemsEditor version={draft} onChange={edit} />
      <div className="editor-actions">
        <button type="button" disabled={pending} onClick={() => void send(true)}>
          {t('catalogAdmin.check')}
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={pending || !checked}
          aria-describedby="store-hint"
          onClick={() => void send(false)}
        >
          {t('catalogAdmin.store')}
        </button>
        <button type="button" className="button-secondary" onClick={() => downloadJson(draft)}>
          {t('catalogAdmin.download')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setDraft(null)}>
          {t('catalogAdmin.discard')}
        </button>
      </div>
      {!checked && (
        <p className="field-hint" id="store-hint">
          {t('catalogAdmin.checkFirst')}
        </p>
      )}
      <ImportOutcome result={checked} error={error} />
    </Section>
  );
}

function MetaFields({ draft, edit }: { draft: CatalogVersion; edit: (v: CatalogVersion) => void }) {
  const t = useT();
  const p = draft.provenance;
  const isRevision = draft.revision > 1;
  return (
    <fieldset className="editor-meta">
      <legend>{t('catalogAdmin.meta')}</legend>
      <TextField
        label={t('catalogAdmin.field.id')}
        value={draft.id}
        readOnly={isRevision}
        onChange={(e) => edit({ ...draft, id: e.target.value.trim() })}
      />
      <TextField
        label={t('catalogAdmin.field.fiscalYear')}
        inputMode="numeric"
        value={String(draft.fiscalYear)}
        readOnly={isRevision}
        onChange={(e) => edit({ ...draft, fiscalYear: Number(e.target.value.normalize('NFKC')) || 0 })}
      />
      <TextField label={t('catalogAdmin.field.label')} value={draft.label} onChange={(e) => edit({ ...draft, label: e.target.value })} />
      <TextField label={t('catalogAdmin.field.title')} value={draft.title} onChange={(e) => edit({ ...draft, title: e.target.value })} />
      <CheckboxField
        label={t('catalogAdmin.field.released')}
        checked={draft.released}
        onChange={(e) => edit({ ...draft, released: e.target.checked })}
      />
      <TextField
        label={t('catalogAdmin.field.published')}
        required
        value={p.published}
        onChange={(e) => edit({ ...draft, provenance: { ...p, published: e.target.value } })}
      />
      <TextAreaField
        label={t('catalogAdmin.field.sources')}
        rows={3}
        defaultValue={p.sources.join('\n')}
        onBlur={(e) => edit({ ...draft, provenance: { ...p, sources: linesOf(e.target.value) } })}
      />
      <TextAreaField
        label={t('catalogAdmin.field.caveats')}
        rows={3}
        defaultValue={p.caveats.join('\n')}
        onBlur={(e) => edit({ ...draft, provenance: { ...p, caveats: linesOf(e.target.value) } })}
      />
      {draft.revisionNote !== undefined && (
        <TextAreaField
          label={t('catalogAdmin.field.revisionNote')}
          rows={2}
          value={draft.revisionNote}
          onChange={(e) => edit({ ...draft, revisionNote: e.target.value })}
        />
      )}
    </fieldset>
  );
}

/** The draft as a catalog file (r8.json-style), for `mamori catalog import` or to keep. */
function downloadJson(draft: CatalogVersion) {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(draft, null, 2)}\n`], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${draft.id.toLowerCase()}-rev${draft.revision}.json`;
  a.click();
  URL.revokeObjectURL(url);
}
