// The files attached to an item, as a list: each downloadable, its size, who attached it, and a button
// to take it off where the viewer may (members who answer; a vendor for its own files). Shared by the
// institution's sheet and the vendor portal.
import type { AttachedEvidence } from '../../api-answers.ts';
import { FileLink } from '../../components/FileLink.tsx';
import { formatBytes } from '../../dates.ts';
import { useT } from '../../i18n.ts';
import '../../messages/item-evidence.ts';

interface Props {
  label: string;
  files: AttachedEvidence[];
  hrefOf: (f: AttachedEvidence) => string;
  /** whether the viewer may take this file off the item */
  canDetach: (f: AttachedEvidence) => boolean;
  onDetach: (f: AttachedEvidence) => void;
  pending: boolean;
  /** how the one who attached it is named (default: by login ID) */
  byLine?: (f: AttachedEvidence) => string | null;
}

export function EvidenceLinks({ label, files, hrefOf, canDetach, onDetach, pending, byLine }: Props) {
  const t = useT();
  if (files.length === 0) return <p className="muted">{t('itemEvidence.none')}</p>;
  const by = byLine ?? ((f) => (f.attachedBy ? t('itemEvidence.by', { login: f.attachedBy }) : null));
  return (
    <ul className="evidence-links" aria-label={t('itemEvidence.listName', { label })}>
      {files.map((f) => (
        <li key={f.id}>
          <FileLink href={hrefOf(f)} fileName={f.fileName} lang="ja">
            {f.fileName}
          </FileLink>{' '}
          <span className="muted">({formatBytes(f.size)})</span>
          {by(f) && <span className="muted"> {by(f)}</span>}
          {canDetach(f) && (
            <button
              type="button"
              className="button-link"
              aria-label={t('itemEvidence.detachOf', { name: f.fileName })}
              aria-disabled={pending || undefined}
              onClick={() => onDetach(f)}
            >
              {t('itemEvidence.detach')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
