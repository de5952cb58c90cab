// One vendor's confirmation (2(2)): the vendor's answer, who confirmed it with whom at the vendor,
// when, and how it is documented (作業報告書, メール, 議事録 …). Saved with the version it was read at.
import { type FormEvent, useState } from 'react';
import { DOCUMENT_KINDS } from '../../../../domain/suggestions/maintenance.ts';
import { api } from '../../api.ts';
import type { MaintenanceVendors, OrgSummary } from '../../api-answers.ts';
import { ApiError } from '../../api-core.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { FormActions } from '../../components/SubmitButton.tsx';
import { useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import '../../messages/maintenance.ts';

type Vendor = MaintenanceVendors['vendors'][number];
type Text = 'confirmedBy' | 'vendorContact' | 'confirmedOn' | 'documentedAs' | 'note';

export function ConfirmationForm({
  org,
  vendor,
  onClose,
  onSaved,
}: {
  org: OrgSummary;
  vendor: Vendor;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { notify } = useNotice();
  const c = vendor.confirmation;
  const [text, setText] = useState<Record<Text, string>>({
    confirmedBy: c?.confirmedBy ?? '',
    vendorContact: c?.vendorContact ?? '',
    confirmedOn: c?.confirmedOn ?? '',
    documentedAs: c?.documentedAs ?? '',
    note: c?.note ?? '',
  });
  const [found, setFound] = useState(c ? (c.remoteFound ? 'yes' : 'no') : '');
  const save = useAction(async () => {
    // the vendor's answer is a yes or no: nothing to send until one is chosen
    if (!found) {
      const message = t('maintenance.form.remoteFoundMissing');
      throw new ApiError('VALIDATION', message, 0, [{ field: 'remoteFound', message }]);
    }
    return api.saveMaintenanceConfirmation(org.id, {
      vendorName: c?.vendorName ?? vendor.name,
      ...text,
      remoteFound: found === 'yes',
      version: c?.version ?? 0,
    });
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!(await save.run())) return;
    notify(t('maintenance.saved', { name: vendor.name }));
    onSaved();
  };
  const field = (k: Text, hint?: string, list?: string) => (
    <TextField
      label={t(`maintenance.form.${k}`)}
      value={text[k]}
      required={k !== 'note'}
      hint={hint}
      list={list}
      error={save.error?.field(k)}
      onChange={(e) => setText({ ...text, [k]: e.target.value })}
    />
  );
  return (
    <Section title={t('maintenance.form.title', { name: vendor.name })} id="maintenance-form" level={3}>
      <form onSubmit={submit} noValidate>
        <FormError error={save.error} />
        <div className="form-grid">
          <SelectField
            label={t('maintenance.form.remoteFound')}
            value={found}
            required
            error={save.error?.field('remoteFound')}
            onChange={(e) => setFound(e.target.value)}
            options={[
              { value: '', label: t('maintenance.form.choose') },
              { value: 'yes', label: t('maintenance.form.found') },
              { value: 'no', label: t('maintenance.form.notFound') },
            ]}
          />
          {field('confirmedBy')}
          {field('vendorContact')}
          {field('confirmedOn', t('maintenance.form.dateHint'))}
          {field('documentedAs', t('maintenance.form.documentedHint'), 'maintenance-documents')}
          <datalist id="maintenance-documents">
            {DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
        </div>
        <TextAreaField
          label={t('maintenance.form.note')}
          rows={2}
          value={text.note}
          error={save.error?.field('note')}
          onChange={(e) => setText({ ...text, note: e.target.value })}
        />
        <FormActions pending={save.pending} save={t('maintenance.form.save')} close={t('maintenance.form.cancel')} onClose={onClose} />
      </form>
    </Section>
  );
}
