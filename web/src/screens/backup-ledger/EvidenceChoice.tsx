// A file of the organisation's evidence store for a backup's restore procedure or a restore test's
// evidence, chosen from the store as the ログリスト's looks choose theirs; a file not there yet is
// uploaded beside the form (a form cannot hold another), then chosen.
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { SelectField } from '../../components/Field.tsx';
import { useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { invalidate, keys } from '../../query.ts';
import { UploadForm } from '../evidence/UploadForm.tsx';
import '../../messages/backup-ledger.ts';

const useEvidence = (orgId: string) => useLoad(keys.evidence(orgId), () => api.listEvidence(orgId));

export function EvidenceChoice({
  org,
  label,
  value,
  error,
  onChange,
}: {
  org: OrgSummary;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (id: string) => void;
}) {
  const t = useT();
  const files = useEvidence(org.id);
  return (
    <SelectField
      label={label}
      hint={t('backupLedger.evidenceHint')}
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value)}
      options={[
        { value: '', label: t('backupLedger.evidenceNone') },
        ...(files.data?.files ?? []).map((f) => ({ value: f.id, label: f.fileName })),
      ]}
    />
  );
}

/** Uploading a file to the evidence store, to choose it in the form above (outside that form). */
export function EvidenceUpload({ org }: { org: OrgSummary }) {
  const t = useT();
  const files = useEvidence(org.id);
  if (!files.data) return null;
  return (
    <details className="no-print">
      <summary>{t('backupLedger.upload')}</summary>
      <p className="field-hint">{t('backupLedger.uploadHint')}</p>
      <UploadForm
        orgId={org.id}
        maxBytes={files.data.maxUploadBytes}
        onUploaded={() => void invalidate(keys.evidence(org.id))}
        fileLabel={t('backupLedger.uploadFile')}
      />
    </details>
  );
}
