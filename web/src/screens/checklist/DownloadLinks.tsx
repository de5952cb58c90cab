// The answer sheet's outputs: the official A4 layout to print (in a new tab), PDF and .xlsx in the
// official layout, and CSV in the official columns.
import { api } from '../../api.ts';
import { FileLink } from '../../components/FileLink.tsx';
import { useT } from '../../i18n.ts';
import '../../messages/assessments.ts';
import '../../messages/contacts.ts';
import '../../messages/home.ts';

export function DownloadLinks({ orgId, assessmentId }: { orgId: string; assessmentId: string }) {
  const t = useT();
  return (
    <p className="no-print">
      {t('sheet.download')}{' '}
      <a href={api.assessmentOutputUrl(orgId, assessmentId, 'print')} target="_blank" rel="noopener">
        {t('sheet.printView')}
        <span className="visually-hidden"> {t('common.newTab')}</span>
      </a>
      {' / '}
      <FileLink href={api.assessmentOutputUrl(orgId, assessmentId, 'export.pdf')}>{t('sheet.pdf')}</FileLink>
      {' / '}
      <FileLink href={api.assessmentOutputUrl(orgId, assessmentId, 'export.xlsx')}>{t('sheet.xlsx')}</FileLink>
      {' / '}
      <FileLink href={api.assessmentCsvUrl(orgId, assessmentId, 'utf8')}>{t('sheet.csvUtf8')}</FileLink>
      {' / '}
      <FileLink href={api.assessmentCsvUrl(orgId, assessmentId, 'sjis')}>{t('sheet.csvSjis')}</FileLink>
    </p>
  );
}
