// The organisation's 権限規程 (or 運用管理規程): the file in its evidence store that sets who may do what
// in each system. The suggestion for アクセス利用権限 cannot say はい without it. 担当者・管理者 choose it
// from the evidence files, or upload it here first.
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { SelectField } from '../../components/Field.tsx';
import { FileLink } from '../../components/FileLink.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import { UploadForm } from '../evidence/UploadForm.tsx';
import '../../messages/accounts.ts';

export function AccessPolicyPanel({ org, canWrite }: { org: OrgSummary; canWrite: boolean }) {
  const t = useT();
  const { notify } = useNotice();
  const settings = useLoad(['org', org.id, 'ledger-settings'], () => api.ledgerSettings(org.id));
  const files = useLoad(['org', org.id, 'evidence'], () => api.listEvidence(org.id));
  const stored = settings.data?.accessPolicyEvidenceId ?? null;
  const [chosen, setChosen] = useState('');
  useEffect(() => setChosen(stored ?? ''), [stored]);
  const save = useAction(() => api.updateLedgerSettings(org.id, { accessPolicyEvidenceId: chosen || null }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!(await save.run())) return;
    notify(chosen ? t('accessPolicy.saved') : t('accessPolicy.cleared'));
    settings.reload();
    void invalidate(keys.org(org.id));
  };
  return (
    <section aria-labelledby="access-policy">
      <h2 id="access-policy">{t('accessPolicy.title')}</h2>
      <p className="field-hint">{t('accessPolicy.lead')}</p>
      <Loadable state={files}>
        {({ files: list, maxUploadBytes }) => {
          const current = list.find((f) => f.id === stored);
          return (
            <>
              <p>
                {current ? (
                  <>
                    {t('accessPolicy.current')} <FileLink href={api.evidenceUrl(org.id, current.id)}>{current.fileName}</FileLink>
                  </>
                ) : (
                  t('accessPolicy.none')
                )}
              </p>
              {canWrite && (
                <details className="no-print">
                  <summary>{t('accessPolicy.choose')}</summary>
                  <form onSubmit={submit} className="stack" aria-label={t('accessPolicy.choose')}>
                    <FormError error={save.error} />
                    <SelectField
                      label={t('accessPolicy.file')}
                      value={chosen}
                      error={save.error?.field('accessPolicyEvidenceId')}
                      onChange={(e) => setChosen(e.target.value)}
                      options={[{ value: '', label: t('accessPolicy.noFile') }, ...list.map((f) => ({ value: f.id, label: f.fileName }))]}
                    />
                    <SubmitButton pending={save.pending} label={t('accessPolicy.save')} />
                  </form>
                  <p className="field-hint">{t('accessPolicy.uploadFirst')}</p>
                  <UploadForm orgId={org.id} maxBytes={maxUploadBytes} onUploaded={files.reload} fileLabel={t('accessPolicy.uploadFile')} />
                </details>
              )}
            </>
          );
        }}
      </Loadable>
    </section>
  );
}
