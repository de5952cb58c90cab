// The per-item save state under the answer columns: saving, waiting for the network, saved, unsaved,
// refused (with a retry when no field is to blame) or in conflict.
import { useT } from '../../i18n.ts';
import type { SaveState } from './save-state.ts';
import '../../messages/assessments.ts';

interface Props {
  state: SaveState;
  dirty: boolean;
  /** a save waits for the browser to be online again */
  offline: boolean;
  generalError: string | null;
  onRetry: () => void;
}

export function SaveStatus({ state, dirty, offline, generalError, onRetry }: Props) {
  const t = useT();
  if (offline) return <span className="save-status">{t('item.status.offline')}</span>;
  if (state.kind === 'saving') return <span className="save-status">{t('item.status.saving')}</span>;
  if (state.kind === 'conflict') return <span className="save-status save-status-error">{t('item.status.conflict')}</span>;
  if (state.kind === 'error') {
    return (
      <>
        <span className="save-status save-status-error">
          {t('item.status.error')}
          {generalError && (
            <>
              {': '}
              <span lang={state.error.fromServer ? 'ja' : undefined}>{generalError}</span>
            </>
          )}
        </span>
        {state.error.fields.length === 0 && (
          <button type="button" className="button-secondary button-small" onClick={onRetry}>
            {t('item.retry')}
          </button>
        )}
      </>
    );
  }
  if (dirty) return <span className="save-status">{t('item.status.unsaved')}</span>;
  if (state.kind === 'saved') return <span className="save-status save-status-ok">{t('item.status.saved')}</span>;
  return null;
}
