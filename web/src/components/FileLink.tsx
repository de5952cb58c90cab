// A link to a file the server makes (PDF, .xlsx, CSV, evidence). A plain click fetches it: while the
// server prepares it the link says so, a refusal (server busy, not allowed) is told in words next to
// the link, and only a real file is saved, under the server's name. Opening in a new tab or copying
// the link still works as a plain link.
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { fetchFile } from '../api.ts';
import { useAction } from '../hooks.ts';
import { useT } from '../i18n.ts';

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // the browser has taken the file once the click is handled; the URL is freed after that
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type Props = { href: string; fileName?: string; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'download'>;

export function FileLink({ href, fileName, children, ...anchor }: Props) {
  const t = useT();
  const fetching = useAction(async () => {
    const file = await fetchFile(href);
    save(file.blob, fileName ?? file.fileName);
    return true;
  });
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return; // the browser's own way
    e.preventDefault();
    if (!fetching.pending) void fetching.run();
  };
  return (
    <>
      <a href={href} download={fileName ?? ''} onClick={onClick} aria-busy={fetching.pending || undefined} {...anchor}>
        {children}
      </a>
      {fetching.pending && (
        <span className="file-link-status" role="status">
          {' '}
          {t('file.preparing')}
        </span>
      )}
      {fetching.error && (
        <span className="field-error file-link-error" role="alert" lang={fetching.error.fromServer ? 'ja' : undefined}>
          {' '}
          {fetching.error.message}
        </span>
      )}
    </>
  );
}
