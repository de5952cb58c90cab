// An institution's 保健所: the one it chose (or a system administrator linked), the prefecture-wide
// office if any, and the choice among the registered 保健所 (its prefecture's first). 管理者 only, as
// the settings page is.
import { type FormEvent, useState } from 'react';
import type { Oversight } from '../../api/jurisdiction.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { SelectField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Section } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import '../../messages/jurisdiction.ts';

export function OversightSection({ org }: { org: OrgSummary }) {
  const t = useT();
  const loaded = useLoad(keys.oversight(org.id), () => api.oversight(org.id));
  return (
    <Section title={t('oversight.title')} id="oversight">
      <p>{t('oversight.lead')}</p>
      <Loadable state={loaded}>{(o) => <OversightForm key={o.offices.map((x) => x.id).join()} org={org} oversight={o} />}</Loadable>
    </Section>
  );
}

function OversightForm({ org, oversight }: { org: OrgSummary; oversight: Oversight }) {
  const t = useT();
  const { notify } = useNotice();
  const center = oversight.offices.find((o) => o.kind === 'health-center');
  const prefecture = oversight.offices.find((o) => o.kind === 'prefecture');
  const [chosen, setChosen] = useState(center?.id ?? '');
  const save = useAction(() => api.chooseHealthCenter(org.id, chosen || null));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!(await save.run())) return;
    notify(t('oversight.saved'));
    // another office: the grants to the one before were revoked with its link
    await Promise.all([invalidate(keys.oversight(org.id)), invalidate(keys.liveAccess(org.id))]);
  };
  // the one linked by an administrator may be outside the list of this prefecture's
  const choices = center && !oversight.choices.some((c) => c.id === center.id) ? [center, ...oversight.choices] : oversight.choices;
  return (
    <>
      <p>{t('oversight.current', { office: center?.name ?? t('oversight.none') })}</p>
      {prefecture && <p>{t('oversight.prefectureOffice', { office: prefecture.name })}</p>}
      {choices.length === 0 ? (
        <p>{t('oversight.noCenters')}</p>
      ) : (
        <form onSubmit={submit} noValidate aria-label={t('oversight.title')}>
          <FormError error={save.error} />
          <SelectField
            label={t('oversight.choose')}
            value={chosen}
            error={save.error?.field('healthCenterId')}
            onChange={(e) => setChosen(e.target.value)}
            options={[
              { value: '', label: t('oversight.noChoice') },
              ...choices.map((c) => ({ value: c.id, label: c.prefecture ? `${c.name} (${c.prefecture})` : c.name })),
            ]}
          />
          <SubmitButton pending={save.pending} label={t('oversight.save')} />
        </form>
      )}
    </>
  );
}
