// How the institution counts its 事業者確認用: one per vendor (the 手引き's wording) or one per vendor
// and system. Readiness names the missing forms by this choice.
import { useState } from 'react';
import { FORMS_PER, type FormsPer } from '../../../../domain/assessment/vendor-forms.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { FormError } from '../../components/FormError.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import '../../messages/vendors.ts';

export function FormsPerSetting({ org, canWrite }: { org: OrgSummary; canWrite: boolean }) {
  const t = useT();
  const { notify } = useNotice();
  const settings = useLoad(keys.vendorSettings(org.id), () => api.vendorSettings(org.id));
  const save = useAction((formsPer: FormsPer) => api.updateVendorSettings(org.id, { formsPer }));
  // the choice shows at once; focus stays on it while it is saved (a disabled group would drop it)
  const [chosen, setChosen] = useState<FormsPer | null>(null);
  if (!settings.data) return null;
  const current = chosen ?? settings.data.formsPer;
  const choose = async (value: FormsPer) => {
    setChosen(value);
    if (await save.run(value)) {
      notify(t('vendors.formsPerSaved'));
      void invalidate(['org', org.id, 'readiness']);
      await invalidate(keys.vendorSettings(org.id));
    }
    setChosen(null); // the saved setting again (or, refused, the one before)
  };
  return (
    <fieldset className="no-print forms-per" disabled={!canWrite} aria-busy={save.pending || undefined}>
      <legend>{t('vendors.formsPer')}</legend>
      <FormError error={save.error} />
      {FORMS_PER.map((value) => (
        <label key={value} className="radio">
          <input type="radio" name="formsPer" value={value} checked={current === value} onChange={() => void choose(value)} />{' '}
          {t(`vendors.formsPer.${value}`)}
        </label>
      ))}
      <p className="field-hint">{t('vendors.formsPerHint')}</p>
    </fieldset>
  );
}
