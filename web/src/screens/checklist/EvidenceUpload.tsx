// 「ファイルを添付」 in an item's evidence part: the chosen file is uploaded to the evidence store
// (progress in the part's live region) and then attached to the item. The picker offers the kinds
// kept as evidence; the server's refusal (size, a kind not kept, macros, a name that does not match
// the content) is shown under the input.
import { type ChangeEvent, useState } from 'react';
import { ApiError } from '../../api.ts';
import type { EvidenceFile } from '../../api-answers.ts';
import { useT } from '../../i18n.ts';
import { uploadEvidence } from '../../upload.ts';
import { EvidenceFileInput } from './EvidenceFileInput.tsx';
import type { OrgEvidence } from './org-evidence.ts';
import '../../messages/areas.ts';
import '../../messages/item-evidence.ts';

interface Props {
  orgId: string;
  label: string;
  store: OrgEvidence;
  attach: (file: EvidenceFile) => Promise<void>;
  announce: (message: string) => void;
}

const MB = 1048576;

export function EvidenceUpload({ orgId, label, store, attach, announce }: Props) {
  const t = useT();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file || busy) return;
    setError(null);
    if (store.maxBytes !== null && file.size > store.maxBytes) {
      setError(new ApiError('PAYLOAD_TOO_LARGE', t('evidence.tooLarge', { mb: Math.round(store.maxBytes / MB) }), 0));
      input.value = '';
      return;
    }
    setBusy(true);
    try {
      const saved = await uploadEvidence(orgId, file, '', (percent) => announce(t('itemEvidence.uploading', { name: file.name, percent })));
      store.add(saved);
      await attach(saved);
      input.value = '';
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('CLIENT', String(err), 0));
      announce('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <EvidenceFileInput
      label={label}
      busy={busy}
      error={error}
      onChange={(e) => void onChange(e)}
      hint={
        store.maxBytes === null ? t('itemEvidence.uploadHint') : t('itemEvidence.uploadHintLimit', { mb: Math.round(store.maxBytes / MB) })
      }
    />
  );
}
