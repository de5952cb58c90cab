// This organisation's answers, newest fiscal year first: which year and form (and vendor and system
// for the 事業者確認用, in the link's own words), how far along, and whether an inspection would find
// anything missing.

import type { AssessmentSummary, OrgSummary } from '../../api-answers.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Link } from '../../components/Link.tsx';
import { formatDateTimeShort } from '../../dates.ts';
import { useT } from '../../i18n.ts';
import { assessmentLink } from '../../links.ts';
import { assessmentName, progressText, readiness } from './assessment-text.ts';
import '../../messages/assessments.ts';

export function AssessmentList({ org, rows, canWrite }: { org: OrgSummary; rows: AssessmentSummary[]; canWrite: boolean }) {
  const t = useT();
  if (rows.length === 0) {
    return (
      <>
        <p>{t('assessments.empty')}</p>
        <p className="muted">{canWrite ? t('assessments.emptyEditor') : t('assessments.emptyViewer')}</p>
      </>
    );
  }
  return (
    <DataTable
      className="assessment-list"
      caption={t('assessments.caption')}
      columns={[
        t('assessments.col.assessment'),
        t('assessments.col.version'),
        t('assessments.col.progress'),
        t('assessments.col.status'),
        t('assessments.col.updated'),
      ]}
      rows={rows}
    >
      {(a) => {
        const ready = readiness(a, t);
        return (
          <tr key={a.id}>
            <th scope="row">
              <Link {...assessmentLink(org.slug, a.id)}>{assessmentName(a)}</Link>
            </th>
            <td className="nowrap">{a.versionLabel}</td>
            <td className="nowrap">{progressText(a.progress)}</td>
            <td>
              <span className={ready.className}>{ready.text}</span>
            </td>
            <td className="nowrap">{formatDateTimeShort(a.updatedAt)}</td>
          </tr>
        );
      }}
    </DataTable>
  );
}
