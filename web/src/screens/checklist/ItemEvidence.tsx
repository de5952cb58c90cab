// 「証跡ファイル (N)」 under an item's answer: the files attached to it (each downloadable), and for
// those who answer a way to detach one, to upload and attach a new file, or to attach a stored one.
// Collapsed behind a summary after the note, so keyboard answering passes it with one Tab.
import { useRef } from 'react';
import { api } from '../../api.ts';
import type { AssessmentItem, AttachedEvidence, EvidenceFile } from '../../api-answers.ts';
import { FormError } from '../../components/FormError.tsx';
import { useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { EvidenceLinks } from './EvidenceLinks.tsx';
import { EvidencePick } from './EvidencePick.tsx';
import { EvidenceUpload } from './EvidenceUpload.tsx';
import { useAnnouncer } from './LiveRegion.tsx';
import type { OrgEvidence } from './org-evidence.ts';

export interface ItemEvidenceProps {
  orgId: string;
  assessmentId: string;
  item: AssessmentItem;
  canWrite: boolean;
  /** the organisation's stored files, read when a writer first opens the part */
  evidenceStore: OrgEvidence;
  onEvidence: (itemId: string, evidence: AttachedEvidence[]) => void;
}

export function ItemEvidence({ orgId, assessmentId, item, canWrite, evidenceStore, onEvidence }: ItemEvidenceProps) {
  const t = useT();
  const { live, announce } = useAnnouncer();
  const summary = useRef<HTMLElement>(null);
  const label = item.label;
  const files = item.evidence;
  const detach = useAction((f: AttachedEvidence) => api.detachEvidence(orgId, assessmentId, item.id, f.id));
  /** attaches a stored file; errors go to the caller, shown next to its control */
  const attach = async (file: EvidenceFile) => {
    const res = await api.attachEvidence(orgId, assessmentId, item.id, file.id);
    onEvidence(item.id, res.evidence);
    announce(t('itemEvidence.attached', { label, name: file.fileName }));
  };
  const onDetach = async (f: AttachedEvidence) => {
    if (detach.pending) return;
    const res = await detach.run(f);
    if (!res) return;
    onEvidence(item.id, res.evidence);
    announce(t('itemEvidence.detached', { label, name: f.fileName }));
    summary.current?.focus(); // the button pressed is gone
  };
  return (
    <details
      className="item-evidence"
      onToggle={(e) => {
        if (canWrite && e.currentTarget.open) evidenceStore.load();
      }}
    >
      <summary ref={summary}>
        <span className="visually-hidden" lang="ja">
          {label}{' '}
        </span>
        {t('itemEvidence.summary', { count: files.length })}
      </summary>
      <div className="item-evidence-body">
        <EvidenceLinks
          label={label}
          files={files}
          hrefOf={(f) => api.evidenceUrl(orgId, f.id)}
          canDetach={() => canWrite}
          onDetach={(f) => void onDetach(f)}
          pending={detach.pending}
        />
        {canWrite && files.length > 0 && <p className="field-hint">{t('itemEvidence.detachHint')}</p>}
        <FormError error={detach.error} />
        {canWrite && (
          <div className="item-evidence-add">
            <EvidenceUpload orgId={orgId} label={label} store={evidenceStore} attach={attach} announce={announce} />
            <EvidencePick label={label} store={evidenceStore} attached={files} attach={attach} />
          </div>
        )}
        <p className="evidence-status" role="status" aria-live="polite">
          {live.message && <span key={live.n}>{live.message}</span>}
        </p>
      </div>
    </details>
  );
}
