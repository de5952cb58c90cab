// The fields of one contact entry, labelled, with the server's error by each field. Uncontrolled:
// the form reads them with FormData (contactInputOf); `entry` gives the values when editing.
import type { ApiError } from '../../api.ts';
import type { ContactEntryValues, ContactSide } from '../../api-answers.ts';
import { CheckboxField, SelectField, TextField } from '../../components/Field.tsx';
import { useT } from '../../i18n.ts';
import '../../messages/contact-edit.ts';
import '../../messages/contacts.ts';

interface Props {
  error: ApiError | null;
  entry?: ContactEntryValues;
  defaultSide?: ContactSide;
}

export function ContactFields({ error, entry, defaultSide = 'external' }: Props) {
  const t = useT();
  const err = (field: string) => error?.field(field);
  return (
    <div className="form-grid">
      <SelectField
        label={t('contacts.field.side')}
        name="side"
        defaultValue={entry?.side ?? defaultSide}
        error={err('side')}
        options={[
          { value: 'internal', label: t('contacts.side.internal') },
          { value: 'external', label: t('contacts.side.external') },
        ]}
      />
      <TextField
        label={t('contacts.field.category')}
        name="category"
        required
        maxLength={100}
        defaultValue={entry?.category}
        hint={t('contacts.field.categoryHint')}
        error={err('category')}
      />
      <TextField
        label={t('contacts.field.organizationName')}
        name="organizationName"
        maxLength={200}
        defaultValue={entry?.organizationName}
        error={err('organizationName')}
      />
      <TextField
        label={t('contacts.field.personName')}
        name="personName"
        maxLength={100}
        defaultValue={entry?.personName}
        error={err('personName')}
      />
      <TextField
        label={t('contacts.field.phone')}
        name="phone"
        type="tel"
        autoComplete="off"
        maxLength={50}
        defaultValue={entry?.phone}
        hint={t('contacts.field.phoneHint')}
        error={err('phone')}
      />
      <TextField
        label={t('contacts.field.hours')}
        name="hours"
        maxLength={100}
        defaultValue={entry?.hours}
        hint={t('contacts.field.hoursHint')}
        error={err('hours')}
      />
      <TextField
        label={t('contacts.field.url')}
        name="url"
        type="url"
        maxLength={500}
        defaultValue={entry?.url}
        hint={t('contacts.field.urlHint')}
        error={err('url')}
      />
      <TextField label={t('contacts.field.note')} name="note" maxLength={1000} defaultValue={entry?.note} error={err('note')} />
      <CheckboxField
        className="span-2"
        label={t('contacts.field.providesMedicalSystem')}
        name="providesMedicalSystem"
        defaultChecked={entry?.providesMedicalSystem ?? true}
        hint={t('contacts.field.providesMedicalSystemHint')}
      />
    </div>
  );
}
