// The vendor-contract switch of a sheet (医療機関確認用 only): with a vendor contract, some items need
// no answer. Editors switch it; viewers read which way it is.
import { api } from '../../api.ts';
import type { Assessment } from '../../api-answers.ts';
import { CheckboxField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { type Action, useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import type { SetSheet } from './sheet-data.ts';
import '../../messages/assessments.ts';

export type ContractAction = Action<[boolean], Assessment>;

/** Saves the switch, puts the updated sheet in place and says so. */
export function useContractSwitch(
  orgId: string,
  sheetId: string,
  setSheet: SetSheet,
  announce: (message: string) => void,
): { contract: ContractAction; toggle: (on: boolean) => Promise<void> } {
  const t = useT();
  const contract = useAction((hasVendorContract: boolean) => api.updateAssessment(orgId, sheetId, { hasVendorContract }));
  const toggle = async (on: boolean) => {
    const updated = await contract.run(on);
    if (!updated) return;
    setSheet(() => updated);
    announce(on ? t('sheet.contractOn') : t('sheet.contractOff'));
  };
  return { contract, toggle };
}

interface Props {
  canWrite: boolean;
  checked: boolean;
  contract: ContractAction;
  onToggle: (on: boolean) => void;
}

export function VendorContract({ canWrite, checked, contract, onToggle }: Props) {
  const t = useT();
  if (!canWrite) return <p>{checked ? t('sheet.contractYes') : t('sheet.contractNo')}</p>;
  return (
    <>
      <FormError error={contract.error} />
      <CheckboxField
        label={t('assessments.vendorContract')}
        checked={checked}
        disabled={contract.pending}
        onChange={(e) => onToggle(e.target.checked)}
        hint={t('assessments.vendorContractHint')}
      />
    </>
  );
}
