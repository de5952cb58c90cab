// A modal confirmation on the native <dialog>: focus is kept inside, Esc cancels, and focus returns to
// the button that opened it.
import { type ReactNode, useCallback, useState } from 'react';
import { useT } from '../i18n.ts';
import { useModalDialog } from './modal-dialog.ts';

interface DialogProps {
  open: boolean;
  title: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children?: ReactNode;
}

export function ConfirmDialog({ open, title, confirmLabel, danger, onConfirm, onCancel, children }: DialogProps) {
  const t = useT();
  const { ref, titleId } = useModalDialog(open);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={() => open && onCancel()}>
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className={danger ? 'button-danger' : undefined} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

interface Ask {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
}

/** const [dialog, confirm] = useConfirm(); render {dialog}; then `if (await confirm({...}))`. */
export function useConfirm(): [ReactNode, (ask: Ask) => Promise<boolean>] {
  const [request, setRequest] = useState<(Ask & { resolve: (ok: boolean) => void }) | null>(null);
  const confirm = useCallback((ask: Ask) => new Promise<boolean>((resolve) => setRequest({ ...ask, resolve })), []);
  const finish = (ok: boolean) => {
    request?.resolve(ok);
    setRequest(null);
  };
  const dialog = (
    <ConfirmDialog
      open={request !== null}
      title={request?.title ?? ''}
      confirmLabel={request?.confirmLabel ?? ''}
      danger={request?.danger}
      onConfirm={() => finish(true)}
      onCancel={() => finish(false)}
    >
      <p>{request?.message}</p>
    </ConfirmDialog>
  );
  return [dialog, confirm];
}
