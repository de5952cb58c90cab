// The organisation's fields, for creating (with the slug) and for editing its settings.
import type { FormEvent } from 'react';
import { isOversight, ORG_KINDS, PREFECTURES } from '../../../domain/organization.ts';
import type { ApiError } from '../api.ts';
import type { Organization, OrgInput } from '../api-answers.ts';
import { optionOrNull, optionValue } from '../form-values.ts';
import { useLang, useT } from '../i18n.ts';
import { kindOptions, prefectureOptions } from '../labels.ts';
import { useIsSystemAdmin } from '../session.tsx';
import { CheckboxField, SelectField, TextField } from './Field.tsx';
import { FormError } from './FormError.tsx';
import { SubmitButton } from './SubmitButton.tsx';

interface Props {
  initial?: Organization;
  withSlug: boolean;
  submitLabel: string;
  pending: boolean;
  error: ApiError | null;
  onSubmit: (input: OrgInput, form: HTMLFormElement) => void;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const orNull = (value: string) => (value === '' ? null : value);

function readForm(formEl: HTMLFormElement, withSlug: boolean): OrgInput {
  const form = new FormData(formEl);
  const beds = text(form, 'bedCount');
  const bedCount = beds === '' ? null : Number(beds);
  return {
    ...(withSlug ? { slug: text(form, 'slug') } : {}),
    name: text(form, 'name'),
    nameKana: orNull(text(form, 'nameKana')),
    kind: optionValue(ORG_KINDS, text(form, 'kind')),
    prefecture: optionOrNull(PREFECTURES, text(form, 'prefecture')),
    address: orNull(text(form, 'address')),
    medicalInstitutionCode: orNull(text(form, 'medicalInstitutionCode')),
    bedCount: bedCount !== null && Number.isFinite(bedCount) ? bedCount : null,
    requireMfa: form.get('requireMfa') === 'on',
  };
}

export function OrgForm({ initial, withSlug, submitLabel, pending, error, onSubmit }: Props) {
  const t = useT();
  const lang = useLang();
  const isSystemAdmin = useIsSystemAdmin();
  const err = (name: string) => error?.field(name);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onSubmit(readForm(e.currentTarget, withSlug), e.currentTarget);
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      <div className="form-grid">
        {withSlug && (
          <TextField
            label={t('field.slug')}
            name="slug"
            required
            autoCapitalize="off"
            spellCheck={false}
            hint={t('field.slugHint')}
            error={err('slug')}
          />
        )}
        <TextField label={t('field.orgName')} name="name" required defaultValue={initial?.name} error={err('name')} />
        <TextField label={t('field.nameKana')} name="nameKana" defaultValue={initial?.nameKana ?? ''} error={err('nameKana')} />
        <SelectField
          label={t('field.kind')}
          name="kind"
          required
          defaultValue={initial?.kind ?? 'clinic'}
          // 保健所・都道府県 are made by a system administrator only (the server refuses anyone else)
          options={kindOptions(lang).filter((o) => isSystemAdmin || !isOversight(o.value) || o.value === initial?.kind)}
          error={err('kind')}
        />
        <SelectField
          label={t('field.prefecture')}
          name="prefecture"
          defaultValue={initial?.prefecture ?? ''}
          options={prefectureOptions(t('common.notSelected'))}
          error={err('prefecture')}
        />
        <TextField
          label={t('field.address')}
          name="address"
          className="span-2"
          defaultValue={initial?.address ?? ''}
          error={err('address')}
        />
        <TextField
          label={t('field.medicalInstitutionCode')}
          name="medicalInstitutionCode"
          inputMode="numeric"
          defaultValue={initial?.medicalInstitutionCode ?? ''}
          hint={t('field.medicalInstitutionCodeHint')}
          error={err('medicalInstitutionCode')}
        />
        <TextField
          label={t('field.bedCount')}
          name="bedCount"
          type="number"
          min={0}
          max={10000}
          defaultValue={initial?.bedCount ?? ''}
          hint={t('field.bedCountHint')}
          error={err('bedCount')}
        />
        <CheckboxField
          label={t('field.requireMfa')}
          name="requireMfa"
          className="span-2"
          defaultChecked={initial?.requireMfa ?? false}
          hint={t('field.requireMfaHint')}
          error={err('requireMfa')}
        />
      </div>
      <SubmitButton pending={pending} label={submitLabel} />
    </form>
  );
}
