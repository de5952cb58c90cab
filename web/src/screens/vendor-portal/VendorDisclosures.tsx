// MDS/SDS on an invitation's page: per system of the invitation, the documents the institution keeps
// (the current one of each kind marked), what it still lacks (Mamori's rule, labelled), and a form to
// send a new document with its header. The annex answers are the institution's to read and check.
import { type FormEvent, useState } from 'react';
import { DISCLOSURE_KINDS, disclosureKindLabels, JAHIS_VERSIONS } from '../../../../domain/vendors/disclosure.ts';
import { type SystemKind, systemKindLabels } from '../../../../domain/vendors/vendor.ts';
import type { PortalSystem } from '../../api/vendor-portal.ts';
import { ApiError, api } from '../../api.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { uploadVendorDisclosure } from '../../upload.ts';
import '../../messages/vendor-portal.ts';

export function VendorDisclosures({ invitationId }: { invitationId: string }) {
  const t = useT();
  const list = useLoad(['vendor-portal', 'systems', invitationId], () => api.vendorSystems(invitationId));
  return (
    <section aria-labelledby="portal-mds-title" className="portal-disclosures">
      <h2 id="portal-mds-title">{t('pmds.title')}</h2>
      <p>{t('pmds.lead')}</p>
      <Loadable state={list}>
        {({ systems }) =>
          systems.length === 0 ? (
            <p className="muted">{t('pmds.empty')}</p>
          ) : (
            systems.map((s) => <SystemDisclosures key={s.id} invitationId={invitationId} system={s} reload={list.reload} />)
          )
        }
      </Loadable>
    </section>
  );
}

function SystemDisclosures({ invitationId, system, reload }: { invitationId: string; system: PortalSystem; reload: () => void }) {
  const t = useT();
  const lang = useLang();
  const kind = systemKindLabels[system.kind as SystemKind]?.[lang] ?? system.kind;
  return (
    <article className="card portal-system" aria-labelledby={`sys-${system.id}`}>
      <h3 id={`sys-${system.id}`}>
        <span lang="ja">{system.name}</span> <small>({kind})</small>
      </h3>
      {system.currentVersion && <p>{t('pmds.inUse', { version: system.currentVersion })}</p>}
      {system.disclosures.length === 0 ? (
        <p className="muted">{t('pmds.none')}</p>
      ) : (
        <ul aria-label={t('pmds.listName', { name: system.name })}>
          {system.disclosures.map((d) => (
            <li key={d.id}>
              {disclosureKindLabels[d.kind][lang]} {d.jahisVersion} {d.issuedOn ?? t('pmds.noDate')}{' '}
              {d.productVersion && t('pmds.for', { version: d.productVersion })} <span lang="ja">{d.fileName ?? t('pmds.noFile')}</span>
              {d.current && <strong> {t('pmds.current')}</strong>}
            </li>
          ))}
        </ul>
      )}
      {system.problems.length > 0 && (
        <div className="notice notice-warning">
          <p>
            <span className="badge badge-warn">{t('pmds.advice')}</span>
          </p>
          <ul lang="ja">
            {system.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <DisclosureUpload invitationId={invitationId} system={system} done={reload} />
    </article>
  );
}

function DisclosureUpload({ invitationId, system, done }: { invitationId: string; system: PortalSystem; done: () => void }) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const [file, setFile] = useState<File | null>(null);
  const [header, setHeader] = useState({
    kind: 'mds',
    jahisVersion: 'Ver.5.0',
    issuedOn: '',
    productVersion: system.currentVersion,
    note: '',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const set = (k: keyof typeof header) => (e: { target: { value: string } }) => setHeader((h) => ({ ...h, [k]: e.target.value }));
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    if (!file) {
      setError(new ApiError('VALIDATION', t('pmds.chooseFile'), 400, [{ field: 'file', message: t('pmds.chooseFile') }]));
      return;
    }
    setError(null);
    setProgress(0);
    try {
      await uploadVendorDisclosure({ invitationId, systemId: system.id }, file, header, setProgress);
      notify(t('pmds.sent', { name: system.name }));
      form.reset();
      setFile(null);
      done();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('CLIENT', String(err), 0));
    } finally {
      setProgress(null);
    }
  };
  return (
    <details className="portal-disclosure-upload">
      <summary>{t('pmds.send', { name: system.name })}</summary>
      <form onSubmit={(e) => void onSubmit(e)} className="stack" aria-label={t('pmds.send', { name: system.name })}>
        <FormError error={error} />
        <SelectField
          label={t('pmds.kind')}
          value={header.kind}
          onChange={set('kind')}
          options={DISCLOSURE_KINDS.map((k) => ({ value: k, label: disclosureKindLabels[k][lang] }))}
          error={error?.field('kind')}
        />
        <TextField
          label={t('pmds.jahis')}
          list="portal-jahis-versions"
          value={header.jahisVersion}
          onChange={set('jahisVersion')}
          error={error?.field('jahisVersion')}
        />
        <datalist id="portal-jahis-versions">
          {JAHIS_VERSIONS.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
        <TextField
          label={t('pmds.issuedOn')}
          hint={t('vform.dateHint')}
          value={header.issuedOn}
          onChange={set('issuedOn')}
          error={error?.field('issuedOn')}
        />
        <TextField
          label={t('pmds.productVersion')}
          value={header.productVersion}
          onChange={set('productVersion')}
          error={error?.field('productVersion')}
        />
        <TextAreaField label={t('vform.note')} rows={2} value={header.note} onChange={set('note')} error={error?.field('note')} />
        <div className="field">
          <label htmlFor={`mds-file-${system.id}`}>{t('pmds.file')}</label>
          <input
            id={`mds-file-${system.id}`}
            type="file"
            accept=".pdf,.xlsx,.xls,.csv,.docx"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          {error?.field('file') && (
            <p className="field-error" lang={error.fromServer ? 'ja' : undefined}>
              {error.field('file')}
            </p>
          )}
        </div>
        {progress !== null && <p role="status">{t('pmds.uploading', { percent: progress })}</p>}
        <SubmitButton pending={progress !== null} label={t('pmds.submit')} />
      </form>
    </details>
  );
}
