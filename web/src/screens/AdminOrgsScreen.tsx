// System administration: every organisation, and a form to register a new one.

import { api } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { Link } from '../components/Link.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { OrgForm } from '../components/OrgForm.tsx';
import { Page, Section } from '../components/Page.tsx';
import { jstDay } from '../dates.ts';
import { useAction, useLoad } from '../hooks.ts';
import { useLang, useT } from '../i18n.ts';
import { kindLabel } from '../labels.ts';
import { settingsLink } from '../links.ts';
import { useNotice } from '../notice.tsx';
import { invalidate, keys } from '../query.ts';
import { useSignedIn } from '../session.tsx';
import '../messages/admin.ts';

export function AdminOrgsScreen() {
  const t = useT();
  const lang = useLang();
  const { refresh } = useSignedIn();
  const { notify } = useNotice();
  const orgs = useLoad(keys.orgs, api.listOrgs);
  const create = useAction(api.createOrg);
  const columns = [
    t('field.orgName'),
    t('field.slug'),
    t('field.kind'),
    t('field.prefecture'),
    t('field.requireMfa'),
    t('common.createdAt'),
    t('common.actions'),
  ];

  return (
    <Page title={t('adminOrgs.title')} lead={t('adminOrgs.lead')}>
      <Section title={t('adminOrgs.list')} id="org-list">
        <Loadable state={orgs}>
          {({ organizations }) => (
            <DataTable columns={columns} rows={organizations} empty={t('adminOrgs.empty')}>
              {(o) => (
                <tr key={o.id}>
                  <th scope="row">{o.name}</th>
                  <td>
                    <code>{o.slug}</code>
                  </td>
                  <td>{kindLabel(o.kind, lang)}</td>
                  <td>{o.prefecture ?? ''}</td>
                  <td>{o.requireMfa ? t('common.yes') : t('common.no')}</td>
                  <td>{o.createdAt ? jstDay(o.createdAt) : ''}</td>
                  <td>
                    <Link {...settingsLink(o.slug)} aria-label={t('adminOrgs.settingsOf', { name: o.name })}>
                      {t('nav.settings')}
                    </Link>
                  </td>
                </tr>
              )}
            </DataTable>
          )}
        </Loadable>
      </Section>

      <Section title={t('adminOrgs.create')} id="org-create">
        <OrgForm
          withSlug
          submitLabel={t('adminOrgs.createSubmit')}
          pending={create.pending}
          error={create.error}
          onSubmit={async (input, form) => {
            const org = await create.run(input);
            if (!org) return;
            form.reset();
            notify(t('adminOrgs.created', { name: org.name }));
            void invalidate(keys.orgs);
            await refresh(); // the organisation switcher lists it now
          }}
        />
      </Section>
    </Page>
  );
}
