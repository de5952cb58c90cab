// The 緊急時カード (first steps, where to cut, whom to call in order, the restore order: one A4 page
// from the ledgers), to print in advance: on the day the network may be cut and Mamori unreachable.
import { api } from '../../api.ts';
import { FileLink } from '../../components/FileLink.tsx';
import { useT } from '../../i18n.ts';
import '../../messages/backup-ledger.ts';
import '../../messages/contacts.ts';

export function EmergencyCardLinks({ orgId }: { orgId: string }) {
  const t = useT();
  return (
    <p className="no-print output-links emergency-card-links">
      {t('backupLedger.card')}{' '}
      <a href={api.emergencyCardUrl(orgId, 'print')} target="_blank" rel="noopener">
        {t('backupLedger.cardPrint')}
        <span className="visually-hidden"> {t('common.newTab')}</span>
      </a>
      {' / '}
      <FileLink href={api.emergencyCardUrl(orgId, 'pdf')}>{t('backupLedger.cardPdf')}</FileLink>
      <br />
      <small>{t('backupLedger.cardHint')}</small>
    </p>
  );
}
