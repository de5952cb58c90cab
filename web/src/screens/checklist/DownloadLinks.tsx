// The answer sheet as CSV in the official columns (the A4 print layout and .xlsx come later).
import { api } from '../../api.ts';
import { useT } from '../../i18n.ts';

export function DownloadLinks({ orgId, assessmentId }: { orgId: string; assessmentId: string }) {
  const t = useT();
  return (
    <p className="no-print">
      {t('sheet.download')} <a href={api.assessmentCsvUrl(orgId, assessmentId, 'utf8')}>{t('sheet.csvUtf8')}</a>
      {' / '}
      <a href={api.assessmentCsvUrl(orgId, assessmentId, 'sjis')}>{t('sheet.csvSjis')}</a>
    </p>
  );
}
