// Starts an answer for one fiscal year and form (editors and administrators): this fiscal year by
// today's date in Japan and the two before it. The server picks that year's version of the checklist
// and refuses a second answer for the same year and form (and vendor and system).
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { FORMS, type FormKind } from '../../../../domain/catalog/labels.ts';
import { fiscalYear, fiscalYearOf, todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { vendorKey } from '../../../../domain/vendors/vendor.ts';
import { api } from '../../api.ts';
import type { AssessmentInput, AssessmentSummary, CatalogSummary, OrgSummary } from '../../api-answers.ts';
import { CheckboxField, SelectField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Link } from '../../components/Link.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { type Translate, useT } from '../../i18n.ts';
import { assessmentLink } from '../../links.ts';
import { invalidate, keys } from '../../query.ts';
import { assessmentName } from './assessment-text.ts';
import { keepCarryReport } from './carry-report.ts';

/** This fiscal year (by today in JST) first, then the two before it. */
export function recentFiscalYears(now: Date): number[] {
  const current = fiscalYearOf(todayJst(now));
  return [current, current - 1, current - 2];
}

/** The version the server answers a year with: the year's own, else the latest released before it. */
export function versionForYear(versions: CatalogSummary[], year: number): CatalogSummary | undefined {
  const candidates = versions.filter((v) => v.released && v.fiscalYear <= year);
  const own = candidates.filter((v) => v.fiscalYear === year);
  return (own.length ? own : candidates).at(-1);
}

/**
 * The forms offered depend on the year's version of the checklist: nothing is offered (and nothing
 * can be started) until the versions have arrived, so a slow answer never shows another year's forms.
 */
export function StartAssessmentForm({ org, existing }: { org: OrgSummary; existing: AssessmentSummary[] }) {
  const catalog = useLoad(keys.catalog, () => api.catalogVersions());
  return <Loadable state={catalog}>{(data) => <StartForm org={org} existing={existing} versions={data.versions} />}</Loadable>;
}

function StartForm({ org, existing, versions }: { org: OrgSummary; existing: AssessmentSummary[]; versions: CatalogSummary[] }) {
  const navigate = useNavigate();
  const t = useT();
  const years = recentFiscalYears(new Date());
  const [year, setYear] = useState(years[0] ?? 2025);
  const [chosenForm, setForm] = useState<FormKind | null>(null);
  const [vendorName, setVendorName] = useState('');
  const [systemName, setSystemName] = useState('');
  const [contract, setContract] = useState(true);
  const create = useAction((body: AssessmentInput) => api.createAssessment(org.id, body));
  const ledger = useLoad(keys.vendors(org.id), () => api.vendors(org.id));
  const ledgerVendors = (ledger.data?.vendors ?? []).filter((v) => v.status === 'active');
  const chosenVendor = ledgerVendors.find((v) => vendorKey(v.name) === vendorKey(vendorName));
  const version = versionForYear(versions, year);
  const options = formOptions(version);
  const form = chosenForm && options.includes(chosenForm) ? chosenForm : defaultForm(version, org.kind);
  const formInfo = version?.forms.find((f) => f.form === form);
  // earlier answers of the same form (医療機関確認用 and 薬局確認用 are one family), newest first; the newest is offered
  const family = (f: string) => (form === 'vendor' ? f === 'vendor' : f !== 'vendor');
  const earlier = existing.filter((a) => family(a.form) && a.fiscalYear < year);
  const [carryChoice, setCarryChoice] = useState<string | null>(null);
  const carryFrom = carryChoice ?? earlier[0]?.id ?? '';

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const body: AssessmentInput = { fiscalYear: year, form, hasVendorContract: contract };
    if (carryFrom && earlier.some((a) => a.id === carryFrom)) body.carryFrom = carryFrom;
    if (form === 'vendor') {
      body.vendorName = vendorName.trim();
      body.systemName = systemName.trim();
    }
    const created = await create.run(body);
    if (!created) return;
    if (created.carryForward) keepCarryReport(created.id, created.carryForward);
    void invalidate(keys.org(org.id)); // the list of answers and the home's readiness
    // the sheet's heading names the new answer and takes the focus: that is the confirmation
    void navigate(assessmentLink(org.slug, created.id));
  };

  // after a 409, the answer that already exists for this year and form
  const clash =
    create.error?.code === 'CONFLICT'
      ? existing.find(
          (a) =>
            a.fiscalYear === year &&
            a.form === form &&
            (form !== 'vendor' || ((a.vendorName ?? '') === vendorName.trim() && (a.systemName ?? '') === systemName.trim())),
        )
      : undefined;

  return (
    <form onSubmit={submit} noValidate>
      <FormError error={create.error} />
      {clash && (
        <p>
          <Link {...assessmentLink(org.slug, clash.id)}>{t('assessments.openExisting', { name: assessmentName(clash) })}</Link>
        </p>
      )}
      <div className="form-grid">
        <SelectField
          label={t('assessments.start.year')}
          value={String(year)}
          onChange={(e) => setYear(Number(e.target.value))}
          options={years.map((y) => ({
            value: String(y),
            label: t('assessments.start.yearOption', { label: fiscalYear(y).label, year: y }),
          }))}
          hint={version ? t('assessments.start.yearVersion', { version: version.label }) : t('assessments.start.yearHint')}
          error={create.error?.field('fiscalYear')}
        />
        <SelectField
          label={t('assessments.start.form')}
          value={form}
          onChange={(e) => setForm(e.target.value as FormKind)}
          options={options.map((f) => ({ value: f, label: version?.forms.find((x) => x.form === f)?.label ?? t(`assessments.form.${f}`) }))}
          hint={formHint(t, version, form, formInfo)}
          error={create.error?.field('form')}
        />
        {form === 'vendor' && (
          <>
            <TextField
              label={t('assessments.start.vendorName')}
              value={vendorName}
              onChange={(e) => setVendorName(e.target.value)}
              maxLength={200}
              required
              list="ledger-vendors"
              hint={ledgerVendors.length ? t('assessments.start.vendorNameHint') : undefined}
              error={create.error?.field('vendorName')}
            />
            <datalist id="ledger-vendors">
              {ledgerVendors.map((v) => (
                <option key={v.id} value={v.name} />
              ))}
            </datalist>
            <TextField
              label={t('assessments.start.systemName')}
              value={systemName}
              onChange={(e) => setSystemName(e.target.value)}
              maxLength={200}
              list="ledger-systems"
              hint={t('assessments.start.systemNameHint')}
              error={create.error?.field('systemName')}
            />
            <datalist id="ledger-systems">
              {(chosenVendor?.systems ?? [])
                .filter((s) => s.status === 'active')
                .map((s) => (
                  <option key={s.id} value={s.name} />
                ))}
            </datalist>
          </>
        )}
        {earlier.length > 0 && (
          <SelectField
            className="span-2"
            label={t('assessments.start.carryFrom')}
            value={carryFrom}
            onChange={(e) => setCarryChoice(e.target.value)}
            options={[
              { value: '', label: t('assessments.start.carryNone') },
              ...earlier.map((a) => ({ value: a.id, label: assessmentName(a) })),
            ]}
            hint={t('assessments.start.carryHint')}
            error={create.error?.field('carryFrom')}
          />
        )}
        <CheckboxField
          className="span-2"
          label={t('assessments.vendorContract')}
          checked={contract}
          onChange={(e) => setContract(e.target.checked)}
          hint={t('assessments.vendorContractHint')}
          error={create.error?.field('hasVendorContract')}
        />
      </div>
      <SubmitButton pending={create.pending} label={t('assessments.start.submit')} />
    </form>
  );
}

/** The forms a year's version offers: its own (R8: 医療機関・薬局確認用 and 事業者確認用), else all three. */
function formOptions(version: CatalogSummary | undefined): FormKind[] {
  const own = (version?.forms ?? []).map((f) => f.form).filter((f): f is FormKind => (FORMS as readonly string[]).includes(f));
  return own.length ? own : [...FORMS];
}

/** 薬局確認用 for a pharmacy where the version has one, else the form that serves pharmacies too. */
function defaultForm(version: CatalogSummary | undefined, kind: string): FormKind {
  if (kind !== 'pharmacy') return 'institution';
  if (!version || version.forms.some((f) => f.form === 'pharmacy')) return 'pharmacy';
  return (version.forms.find((f) => f.alsoFor.includes('pharmacy'))?.form as FormKind | undefined) ?? 'institution';
}

function formHint(t: Translate, version: CatalogSummary | undefined, form: FormKind, info: CatalogSummary['forms'][number] | undefined) {
  if (!version) return t('assessments.start.formHint');
  const name = info?.label ?? t(`assessments.form.${form}`);
  if (!info?.items) return t('assessments.start.formEmpty', { version: version.label, form: name });
  if (info.unconfirmed > 0)
    return `${t('assessments.start.formProvisional', { version: version.label, form: name, count: info.unconfirmed })} ${t('assessments.start.formHint')}`;
  return t('assessments.start.formHint');
}
