// A vendor: its company name (matched whatever the spelling), status, its 24-hour contact chosen from
// the 連絡体制図 (kept there once), and a note.
import { type FormEvent, useState } from 'react';
import { VENDOR_STATUSES, vendorStatusLabels } from '../../../../domain/vendors/vendor.ts';
import { api } from '../../api.ts';
import type { OrgSummary, Vendor } from '../../api-answers.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { FormActions } from '../../components/SubmitButton.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { keys } from '../../query.ts';
import { entryName } from '../contacts/contact-text.ts';
import '../../messages/vendors.ts';

interface Props {
  org: OrgSummary;
  vendor: Vendor | null;
  onClose: () => void;
  onSaved: (saved: Vendor) => void;
}

export function VendorForm({ org, vendor, onClose, onSaved }: Props) {
  const t = useT();
  const lang = useLang();
  const { notify } = useNotice();
  const chart = useLoad(keys.contacts(org.id), () => api.contacts(org.id));
  const [draft, setDraft] = useState({
    name: vendor?.name ?? '',
    status: vendor?.status ?? 'active',
    contactEntryId: vendor?.contactEntryId ?? '',
    note: vendor?.note ?? '',
  });
  const input = () => ({ ...draft, contactEntryId: draft.contactEntryId || null });
  const save = useAction(() =>
    vendor ? api.updateVendor(org.id, vendor.id, { ...input(), version: vendor.version }) : api.createVendor(org.id, input()),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await save.run();
    if (!saved) return;
    notify(t('vendors.saved', { name: saved.name }));
    onSaved(saved);
  };
  const contacts = chart.data?.external ?? [];
  return (
    <Section title={vendor ? t('vendors.edit') : t('vendors.add')} id="vendor-form">
      <form onSubmit={submit} noValidate>
        <FormError error={save.error} />
        <div className="form-grid">
          <TextField
            label={t('vendors.field.name')}
            hint={t('vendors.field.nameHint')}
            required
            value={draft.name}
            error={save.error?.field('name')}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
          <SelectField
            label={t('vendors.field.status')}
            value={draft.status}
            error={save.error?.field('status')}
            onChange={(e) => setDraft({ ...draft, status: e.target.value as Vendor['status'] })}
            options={VENDOR_STATUSES.map((s) => ({ value: s, label: vendorStatusLabels[s][lang] }))}
          />
          <SelectField
            label={t('vendors.field.contact')}
            hint={t('vendors.field.contactHint')}
            value={draft.contactEntryId}
            error={save.error?.field('contactEntryId')}
            onChange={(e) => setDraft({ ...draft, contactEntryId: e.target.value })}
            options={[
              { value: '', label: t('vendors.field.contactNone') },
              ...contacts.map((c) => ({ value: c.id, label: [entryName(c), c.phone].filter(Boolean).join(' ') })),
            ]}
          />
        </div>
        <TextAreaField
          label={t('vendors.field.note')}
          rows={2}
          value={draft.note}
          error={save.error?.field('note')}
          onChange={(e) => setDraft({ ...draft, note: e.target.value })}
        />
        <FormActions pending={save.pending} save={t('vendors.save')} close={t('vendors.cancel')} onClose={onClose} />
      </form>
    </Section>
  );
}
