// Evidence files of the organisation: list, download, upload and delete (editors and administrators).
import { can } from '../../../domain/roles.ts';

import { api } from '../api.ts';
import type { EvidenceFile, OrgSummary } from '../api-answers.ts';
import { useConfirm } from '../components/ConfirmDialog.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { FileLink } from '../components/FileLink.tsx';
import { FormError } from '../components/FormError.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { Page, Section } from '../components/Page.tsx';
import { formatBytes, formatDateTimeShort } from '../dates.ts';
import { useAction, useLoad } from '../hooks.ts';
import { useT } from '../i18n.ts';
import { useNotice } from '../notice.tsx';
import { invalidate, keys } from '../query.ts';
import { UploadForm } from './evidence/UploadForm.tsx';
import '../messages/areas.ts';

export function EvidenceScreen({ org }: { org: OrgSummary }) {
  const t = useT();
  const { notify } = useNotice();
  const [dialog, confirm] = useConfirm();
  const files = useLoad(keys.evidence(org.id), () => api.listEvidence(org.id));
  const remove = useAction((f: EvidenceFile) => api.deleteEvidence(org.id, f.id));
  const canWrite = can(org.role, 'org.write');
  const columns = [
    t('evidence.fileName'),
    t('evidence.description'),
    t('evidence.size'),
    t('evidence.uploadedAt'),
    t('evidence.hash'),
    canWrite && t('common.actions'),
  ];

  const onDelete = async (f: EvidenceFile) => {
    const ok = await confirm({
      title: t('evidence.deleteTitle'),
      message: t('evidence.deleteConfirm', { name: f.fileName }),
      confirmLabel: t('evidence.delete'),
      danger: true,
    });
    if (ok && (await remove.run(f))) {
      notify(t('evidence.deleted', { name: f.fileName }));
      void invalidate(keys.org(org.id));
    }
  };

  return (
    <Page title={t('evidence.title')} lead={t('evidence.lead')}>
      {dialog}
      {canWrite && (
        <Section title={t('evidence.uploadTitle')} id="upload">
          {files.data && (
            <UploadForm orgId={org.id} maxBytes={files.data.maxUploadBytes} onUploaded={() => void invalidate(keys.org(org.id))} />
          )}
        </Section>
      )}
      <Section title={t('evidence.list')} id="files">
        <FormError error={remove.error} />
        <Loadable state={files}>
          {(data) => (
            <DataTable columns={columns} rows={data.files} empty={t('evidence.empty')}>
              {(f) => (
                <tr key={f.id}>
                  <th scope="row">
                    <FileLink
                      href={api.evidenceUrl(org.id, f.id)}
                      fileName={f.fileName}
                      aria-label={t('evidence.downloadOf', { name: f.fileName })}
                    >
                      {f.fileName}
                    </FileLink>
                  </th>
                  <td>{f.description ?? ''}</td>
                  <td className="nowrap">{formatBytes(f.size)}</td>
                  <td className="nowrap">{formatDateTimeShort(f.createdAt)}</td>
                  <td>
                    <code title={f.sha256}>{f.sha256.slice(0, 12)}…</code>
                  </td>
                  {canWrite && (
                    <td>
                      <button
                        type="button"
                        className="button-danger button-small"
                        aria-label={t('evidence.deleteOf', { name: f.fileName })}
                        disabled={remove.pending}
                        onClick={() => void onDelete(f)}
                      >
                        {t('evidence.delete')}
                      </button>
                    </td>
                  )}
                </tr>
              )}
            </DataTable>
          )}
        </Loadable>
      </Section>
    </Page>
  );
}
