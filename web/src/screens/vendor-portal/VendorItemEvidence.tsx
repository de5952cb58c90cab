// 「証跡ファイル (N)」 under an item of the vendor's form: the files attached to it (each downloadable
// through the portal), and while the form is open, a file to upload and attach (progress read out)
// and a way to take off a file the person attached themselves. The institution keeps every file.
import { type ChangeEvent, useRef, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import type { AttachedEvidence } from '../../api-answers.ts';
import { FormError } from '../../components/FormError.tsx';
import { useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useSignedIn } from '../../session.tsx';
import { uploadVendorEvidence } from '../../upload.ts';
import { EvidenceFileInput } from '../checklist/EvidenceFileInput.tsx';
import { EvidenceLinks } from '../checklist/EvidenceLinks.tsx';
import { LiveRegion, useAnnouncer } from '../checklist/LiveRegion.tsx';
import '../../messages/item-evidence.ts';
import '../../messages/vendor-portal.ts';

interface Props {
  formId: string;
  itemId: string;
  label: string;
  files: AttachedEvidence[];
  open: boolean;
}

export function VendorItemEvidence({ formId, itemId, label, files: initial, open }: Props) {
  const t = useT();
  const { user } = useSignedIn();
  const { live, announce } = useAnnouncer();
  const summary = useRef<HTMLElement>(null);
  const [files, setFiles] = useState(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const detach = useAction((f: AttachedEvidence) => api.vendorDetachEvidence(formId, itemId, f.id));
  const onDetach = async (f: AttachedEvidence) => {
    if (detach.pending) return;
    const res = await detach.run(f);
    if (!res) return;
    setFiles(res.evidence);
    announce(t('itemEvidence.detached', { label, name: f.fileName }));
    summary.current?.focus(); // the button pressed is gone
  };
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file || busy) return;
    setError(null);
    setBusy(true);
    try {
      const res = await uploadVendorEvidence(formId, itemId, file, (percent) =>
        announce(t('itemEvidence.uploading', { name: file.name, percent })),
      );
      setFiles(res.evidence);
      announce(t('itemEvidence.attached', { label, name: file.name }));
      input.value = '';
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('CLIENT', String(err), 0));
      announce('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="item-evidence">
      <summary ref={summary}>
        <span className="visually-hidden" lang="ja">
          {label}{' '}
        </span>
        {t('itemEvidence.summary', { count: files.length })}
      </summary>
      <div className="item-evidence-body">
        <LiveRegion live={live} />
        <EvidenceLinks
          label={label}
          files={files}
          hrefOf={(f) => api.vendorEvidenceUrl(formId, f.id)}
          canDetach={(f) => open && f.attachedBy === user.loginId}
          onDetach={(f) => void onDetach(f)}
          pending={detach.pending}
          byLine={(f) => (f.attachedBy === user.loginId ? null : t('vform.attachedByInstitution'))}
        />
        <FormError error={detach.error} />
        {open && (
          <EvidenceFileInput label={label} hint={t('vform.evidenceHint')} busy={busy} error={error} onChange={(e) => void onChange(e)} />
        )}
      </div>
    </details>
  );
}
