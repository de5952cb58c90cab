// The organisation's evidence files for the answer sheet's 「登録済みの証跡から選ぶ」: read once per
// sheet, and only when someone first opens an item's evidence part; files uploaded from the sheet are
// added in place so every item can pick them.
import { useCallback, useMemo, useRef, useState } from 'react';
import { ApiError, api } from '../../api.ts';
import type { EvidenceFile } from '../../api-answers.ts';
import { t } from '../../i18n.ts';

export interface OrgEvidence {
  /** null until read */
  files: EvidenceFile[] | null;
  /** the server's upload limit (MAMORI_MAX_UPLOAD_MB), null until read */
  maxBytes: number | null;
  error: ApiError | null;
  /** reads the list the first time; later calls do nothing (after a failure it tries again) */
  load: () => void;
  add: (file: EvidenceFile) => void;
}

interface State {
  files: EvidenceFile[] | null;
  maxBytes: number | null;
  error: ApiError | null;
}

export function useOrgEvidence(orgId: string): OrgEvidence {
  const [state, setState] = useState<State>({ files: null, maxBytes: null, error: null });
  const started = useRef(false);
  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    api.listEvidence(orgId).then(
      (data) => setState({ files: data.files, maxBytes: data.maxUploadBytes, error: null }),
      (err: unknown) => {
        started.current = false;
        setState((s) => ({ ...s, error: err instanceof ApiError ? err : new ApiError('CLIENT', t('error.unknown'), 0) }));
      },
    );
  }, [orgId]);
  const add = useCallback((file: EvidenceFile) => {
    setState((s) => (s.files && !s.files.some((f) => f.id === file.id) ? { ...s, files: [file, ...s.files] } : s));
  }, []);
  return useMemo(() => ({ ...state, load, add }), [state, load, add]);
}
