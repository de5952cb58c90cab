// Back from an answer sheet to the organisation's checklist page.

import type { OrgSummary } from '../../api-answers.ts';
import { Link } from '../../components/Link.tsx';
import { useT } from '../../i18n.ts';
import { checklistLink } from '../../links.ts';
import '../../messages/assessments.ts';

export function BackLink({ org }: { org: OrgSummary }) {
  const t = useT();
  return (
    <p className="back-link no-print">
      <Link {...checklistLink(org.slug)}>{t('sheet.back')}</Link>
    </p>
  );
}
