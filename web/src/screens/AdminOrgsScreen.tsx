// System administration: every organisation, and a form to register a new one.
import { api } from '../api.ts';
import { Link } from '../components/Link.tsx';
import { Loadable } from '../components/Loadable.tsx';
import { OrgForm } from '../components/OrgForm.tsx';
import { Page, Section } from '../components/Page.tsx';
import { jstDay } from '../dates.ts';
import { useAction, useLoad } from '../hooks.ts';
import { useLang, useT } from '../i18n.ts';
import { kindLabel } from '../labels.ts';
import { useNotice } from '../notice.tsx';
import { useSignedIn } from '../session.tsx';

export function AdminOrgsScreen() {
  const t = useT();
  const lang = useLang();
  const { refresh } = useSignedIn();
  const { notify } = useNotice();
  const orgs = useLoad('orgs', api.listOrgs);
  const create = useAction(api.createOrg);

  return (
    <Page title={t('adminOrgs.title')} lead={t('adminOrgs.lead')}>
      <Section title={t('adminOrgs.list')} id="org-list">
        <Loadable state={orgs}>
          {({ organizations }) =>
            organizations.length === 0 ? (
              <p>{t('adminOrgs.empty')}</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('field.orgName')}</th>
                      <th scope="col">{t('field.slug')}</th>
                      <th scope="col">{t('field.kind')}</th>
                      <th scope="col">{t('field.prefecture')}</th>
                      <th scope="col">{t('field.requireMfa')}</th>
                      <th scope="col">{t('common.createdAt')}</th>
                      <th scope="col">{t('common.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {organizations.map((o) => (
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
                          <Link to={`/o/${encodeURIComponent(o.slug)}/settings`} aria-label={t('adminOrgs.settingsOf', { name: o.name })}>
                            {t('nav.settings')}
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
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
            orgs.reload();
            await refresh(); // the organisation switcher lists it now
          }}
        />
      </Section>
    </Page>
  );
}
