// 読み替え: this installation's own spellings of makers and products (ﾌｫｰﾁｹﾞｰﾄ → FortiGate), applied
// to ledger values before they are matched to the feeds. System administrators add and remove them.
import { type FormEvent, useState } from 'react';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Section } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { useT } from '../../i18n.ts';
import { invalidate, keys } from '../../query.ts';
import '../../messages/findings.ts';

export function SiteAliases() {
  const t = useT();
  const list = useLoad(keys.aliases, () => api.aliases());
  const [alias, setAlias] = useState('');
  const [canonical, setCanonical] = useState('');
  const add = useAction(() => api.addAlias(alias, canonical));
  const remove = useAction((a: string) => api.removeAlias(a));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if ((await add.run()) === undefined) return;
    setAlias('');
    setCanonical('');
    void invalidate(keys.aliases, ['org']);
  };
  return (
    <Section title={t('aliases.title')} id="site-aliases">
      <p className="field-hint">{t('aliases.lead')}</p>
      <Loadable state={list}>
        {({ aliases }) => (
          <DataTable columns={[t('aliases.alias'), t('aliases.canonical'), '']} rows={aliases} empty={t('aliases.none')}>
            {(a) => (
              <tr key={a.alias}>
                <td lang="ja">{a.alias}</td>
                <td>{a.canonical}</td>
                <td>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    onClick={async () => (await remove.run(a.alias)) !== undefined && invalidate(keys.aliases, ['org'])}
                  >
                    {t('aliases.remove', { alias: a.alias })}
                  </button>
                </td>
              </tr>
            )}
          </DataTable>
        )}
      </Loadable>
      <form onSubmit={submit} className="ledger-bulk">
        <FormError error={add.error ?? remove.error} />
        <TextField
          label={t('aliases.alias')}
          value={alias}
          error={add.error?.field('alias')}
          onChange={(e) => setAlias(e.target.value)}
          placeholder="ﾌｫｰﾁｹﾞｰﾄ"
        />
        <TextField
          label={t('aliases.canonical')}
          value={canonical}
          error={add.error?.field('canonical')}
          onChange={(e) => setCanonical(e.target.value)}
          placeholder="FortiGate"
        />
        <SubmitButton pending={add.pending} label={t('aliases.add')} />
      </form>
    </Section>
  );
}
