// 事業者確認用: the switch that marks an item outside this vendor's contract (契約内容により確認不要,
// 立入検査の手引き) or puts it back. Someone else's newer save makes the page read the sheet again.
import { useState } from 'react';
import { ApiError, api } from '../../api.ts';
import type { AssessmentItem } from '../../api-answers.ts';
import { FormError } from '../../components/FormError.tsx';
import { useT } from '../../i18n.ts';
import type { AnswerEditorProps } from './answer-editor-state.ts';
import '../../messages/item-scope.ts';

type Props = Pick<AnswerEditorProps, 'orgId' | 'assessmentId' | 'onSaved' | 'onStale' | 'announce'> & { item: AssessmentItem };

/** The sheet's one explanation of 契約範囲外, which every item's switch points to. */
export const SCOPE_HINT_ID = 'scope-hint';

export function ScopeHint() {
  const t = useT();
  return (
    <p id={SCOPE_HINT_ID} className="notice notice-info">
      {t('itemScope.hint')}
    </p>
  );
}

export function ItemScopeToggle({ orgId, assessmentId, item, onSaved, onStale, announce }: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const outOfScope = !!item.answer?.outOfScope;
  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await api.setItemScope(orgId, assessmentId, item.id, { outOfScope: !outOfScope, version: item.answer?.version ?? 0 });
      onSaved(item, saved);
      announce(t(outOfScope ? 'itemScope.doneIn' : 'itemScope.doneOut', { label: item.label }));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('NETWORK', String(err), 0));
      if (err instanceof ApiError && err.status === 409) onStale();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="item-scope">
      <button
        type="button"
        className="button-secondary button-small"
        aria-label={t(outOfScope ? 'itemScope.inOf' : 'itemScope.outOf', { label: item.label })}
        aria-describedby={SCOPE_HINT_ID}
        disabled={busy}
        onClick={() => void toggle()}
      >
        {t(outOfScope ? 'itemScope.in' : 'itemScope.out')}
      </button>
      <FormError error={error} />
    </div>
  );
}
