// A person's decision on one finding: 確認した, or 誤検知として除外 with the reason (required, and asked
// to confirm: a dismissed finding leaves the list and the suggestions); a decision can be taken back.
// It holds until the row or the loaded data changes.
import { type FormEvent, useState } from 'react';
import { api } from '../../api.ts';
import type { DecidedFinding } from '../../api-answers.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { FormError } from '../../components/FormError.tsx';
import { useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import '../../messages/findings.ts';

export function FindingDecision({ orgId, finding, onChange }: { orgId: string; finding: DecidedFinding; onChange: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [dialog, confirm] = useConfirm();
  const decide = useAction((body: { decision: 'confirmed' | 'dismissed'; reason?: string }) => api.decideFinding(orgId, finding.id, body));
  const undo = useAction(() => api.undoFinding(orgId, finding.id));
  const done = (r: unknown) => r !== undefined && onChange();
  if (finding.decision) {
    return (
      <div className="finding-decision">
        <p lang="ja">
          <span className="badge">{t(finding.decision.decision === 'dismissed' ? 'findings.dismissed' : 'findings.confirmed')}</span>{' '}
          {finding.decision.reason} ({finding.decision.by})
        </p>
        <button type="button" className="button-secondary button-small" onClick={async () => done(await undo.run())}>
          {t('findings.undo')}
        </button>
        <FormError error={undo.error} />
      </div>
    );
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await confirm({
      title: t('findings.dismissTitle'),
      message: t('findings.dismissConfirm', { title: finding.title, subject: finding.subject.label, reason: reason.trim() || '—' }),
      confirmLabel: t('findings.dismissSubmit'),
      danger: true,
    });
    if (ok) done(await decide.run({ decision: 'dismissed', reason }));
  };
  return (
    <div className="finding-decision">
      {dialog}
      <button
        type="button"
        className="button-secondary button-small"
        onClick={async () => done(await decide.run({ decision: 'confirmed' }))}
      >
        {t('findings.confirm')}
      </button>{' '}
      <button type="button" className="button-secondary button-small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('findings.dismiss')}
      </button>
      {open && (
        <form onSubmit={submit}>
          <label htmlFor={`reason-${finding.id}`}>{t('findings.reason')}</label>
          <input id={`reason-${finding.id}`} value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="submit" className="button-small">
            {t('findings.dismissSubmit')}
          </button>
        </form>
      )}
      <FormError error={decide.error} />
    </div>
  );
}
