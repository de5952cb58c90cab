// Adds one entry at the end of its side's call order (editors and administrators).
import type { FormEvent } from 'react';
import { api } from '../../api.ts';
import type { ContactChart, ContactInput } from '../../api-answers.ts';
import { FormError } from '../../components/FormError.tsx';
import { Section } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { ContactFields } from './ContactFields.tsx';
import { contactInputOf, entryName } from './contact-text.ts';
import '../../messages/contact-edit.ts';

export function AddContactForm({ orgId, onChart }: { orgId: string; onChart: (chart: ContactChart) => void }) {
  const t = useT();
  const { notify } = useNotice();
  const add = useAction((body: ContactInput) => api.addContact(orgId, body));
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const body = contactInputOf(new FormData(formEl), 'external');
    const chart = await add.run(body);
    if (!chart) return;
    formEl.reset();
    onChart(chart);
    notify(t('contacts.added', { name: entryName(body) }));
  };
  return (
    <Section title={t('contacts.form.addTitle')} id="add-contact">
      <form onSubmit={submit} noValidate>
        <FormError error={add.error} />
        <ContactFields error={add.error} />
        <SubmitButton pending={add.pending} label={t('contacts.form.add')} />
      </form>
    </Section>
  );
}
