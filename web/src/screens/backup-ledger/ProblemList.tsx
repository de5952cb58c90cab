// A system's backup problems, each with its severity and whose rule it is (手引き, 厚生労働省の研修資料 or
// Mamori の目安), so that the inspector's rules and Mamori's own are never mixed; with `details`, what to do.
import { severityLabels } from '../../../../domain/findings/finding.ts';
import type { BackupProblem } from '../../api/backup-ledger.ts';
import { useLang, useT } from '../../i18n.ts';
import { problemDetail, sourceKey } from './backup-text.ts';
import '../../messages/backup-ledger.ts';

export function ProblemList({ problems, details = false }: { problems: BackupProblem[]; details?: boolean }) {
  const t = useT();
  const lang = useLang();
  return (
    <ul className="warnings backup-problems">
      {problems.map((p) => (
        <li key={p.kind}>
          <span className={`badge severity-${p.severity}`}>{severityLabels[p.severity][lang]}</span> <span lang="ja">{p.title}</span>{' '}
          <small className="rule-source">{t('backupLedger.sourceOf', { source: t(sourceKey(p.source)) })}</small>
          {details && (
            <p className="field-hint" lang="ja">
              {problemDetail(p)}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
