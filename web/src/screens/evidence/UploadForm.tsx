// Upload of an evidence file (the kinds of domain/evidence-types.ts) with an optional description.
import { type FormEvent, useState } from 'react';
import { EVIDENCE_ACCEPT } from '../../../../domain/evidence-types.ts';
import { ApiError } from '../../api.ts';
import { TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { uploadEvidence } from '../../upload.ts';
import '../../messages/areas.ts';

/** `maxBytes` is the server's configured limit (MAMORI_MAX_UPLOAD_MB), published with the file list; `fileLabel` names the file where the page has other file fields. */
export function UploadForm({
  orgId,
  maxBytes,
  onUploaded,
  fileLabel,
}: {
  orgId: string;
  maxBytes: number;
  onUploaded: () => void;
  fileLabel?: string;
}) {
  const t = useT();
  const maxMb = Math.round(maxBytes / 1048576);
  const { notify, clear } = useNotice();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const file = form.get('file');
    setError(null);
    clear();
    if (!(file instanceof File) || file.size === 0) {
      setError(new ApiError('VALIDATION', t('evidence.chooseFile'), 0, [{ field: 'file', message: t('evidence.chooseFile') }]));
      return;
    }
    if (file.size > maxBytes) {
      setError(
        new ApiError('PAYLOAD_TOO_LARGE', t('evidence.tooLarge', { mb: maxMb }), 0, [
          { field: 'file', message: t('evidence.tooLarge', { mb: maxMb }) },
        ]),
      );
      return;
    }
    setProgress(0);
    try {
      const saved = await uploadEvidence(orgId, file, String(form.get('description') ?? '').trim(), setProgress);
      formEl.reset();
      notify(t('evidence.uploaded', { name: saved.fileName }));
      onUploaded();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('CLIENT', String(err), 0));
    } finally {
      setProgress(null);
    }
  };

  const uploading = progress !== null;
  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormError error={error} />
      <TextField
        label={fileLabel ?? t('evidence.file')}
        name="file"
        type="file"
        accept={EVIDENCE_ACCEPT}
        required
        hint={t('evidence.fileHint', { mb: maxMb })}
        error={error?.field('file')}
      />
      <TextField label={t('evidence.description')} name="description" maxLength={500} hint={t('evidence.descriptionHint')} />
      <div className="button-row">
        <SubmitButton pending={uploading} label={t('evidence.upload')} />
        <span role="status" aria-live="polite">
          {uploading && t('evidence.progress', { percent: progress })}
        </span>
      </div>
    </form>
  );
}
