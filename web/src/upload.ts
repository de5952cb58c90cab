// Evidence upload as multipart/form-data through XMLHttpRequest, which (unlike fetch) reports
// upload progress.

import { ApiError, currentCsrfToken, errorFrom } from './api.ts';
import type { EvidenceFile } from './api-types.ts';
import { t } from './i18n.ts';

export function uploadEvidence(
  orgId: string,
  file: File,
  description: string,
  onProgress: (percent: number) => void,
): Promise<EvidenceFile> {
  const form = new FormData();
  form.append('file', file);
  if (description) form.append('description', description);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/orgs/${encodeURIComponent(orgId)}/evidence`);
    xhr.setRequestHeader('Accept', 'application/json');
    const token = currentCsrfToken();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError('NETWORK', t('error.network'), 0));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as EvidenceFile);
      else reject(errorFrom(xhr.status, body));
    };
    xhr.send(form);
  });
}
