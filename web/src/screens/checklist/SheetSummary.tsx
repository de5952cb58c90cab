// The summary card at the top of the answer sheet: vendor and system, the progress header, and the
// vendor-contract switch.
import type { Assessment, OrgSummary } from '../../api-answers.ts';
import { useT } from '../../i18n.ts';
import { ProgressLine } from './ProgressLine.tsx';
import type { SetSheet } from './sheet-data.ts';
import { useContractSwitch, VendorContract } from './VendorContract.tsx';

interface Props {
  org: OrgSummary;
  sheet: Assessment;
  canWrite: boolean;
  setSheet: SetSheet;
  announce: (message: string) => void;
}

export function SheetSummary({ org, sheet, canWrite, setSheet, announce }: Props) {
  const t = useT();
  const { contract, toggle } = useContractSwitch(org.id, sheet.id, setSheet, announce);
  return (
    <section className="card sheet-summary" aria-labelledby="sheet-summary-heading">
      <h2 id="sheet-summary-heading" className="visually-hidden">
        {t('sheet.summary')}
      </h2>
      {(sheet.vendorName || sheet.systemName) && (
        <p lang="ja">{t('sheet.vendorLine', { vendor: sheet.vendorName ?? '', system: sheet.systemName ?? '' })}</p>
      )}
      <ProgressLine sheet={sheet} />
      {/* the vendor form is the vendor's own: a vendor contract changes nothing there */}
      {sheet.form !== 'vendor' && (
        <VendorContract canWrite={canWrite} checked={sheet.hasVendorContract} contract={contract} onToggle={(on) => void toggle(on)} />
      )}
    </section>
  );
}
