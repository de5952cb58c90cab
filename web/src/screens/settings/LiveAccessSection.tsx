// 立入検査の閲覧許可 on the institution's settings: grant the 保健所 a period of read access to the live
// records, revoke it, and see every read the office made under it (who, when, what). 管理者 only, as
// the settings page is; the server decides the rules (at most a day, the linked office only).
import { type FormEvent, useState } from 'react';
import { jstMinute } from '../../../../domain/dates/jst-time.ts';
import type { LiveAccess, LiveAccessGrant } from '../../api/jurisdiction.ts';
import { api } from '../../api.ts';
import type { OrgSummary } from '../../api-answers.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Section } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { type MessageKey, useT } from '../../i18n.ts';
import { liveAccess as texts } from '../../messages/live-access.ts';
import '../../messages/live-access.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';

const at = (iso: string) => jstMinute(new Date(iso));
const period = (g: { startsAt: string; endsAt: string }) => `${at(g.startsAt)} – ${at(g.endsAt)}`;

export function LiveAccessSection({ org }: { org: OrgSummary }) {
  const t = useT();
  const loaded = useLoad(keys.liveAccess(org.id), () => api.liveAccess(org.id));
  return (
    <Section title={t('liveAccess.title')} id="live-access">
      <p>{t('liveAccess.lead')}</p>
      <p className="field-hint">{t('liveAccess.rule')}</p>
      <Loadable state={loaded}>
        {(l) => (
          <>
            {l.offices.length === 0 ? <p>{t('liveAccess.noOffice')}</p> : <GrantForm org={org} offices={l.offices} />}
            <Grants org={org} access={l} />
            <Views access={l} />
          </>
        )}
      </Loadable>
    </Section>
  );
}

function GrantForm({ org, offices }: { org: OrgSummary; offices: LiveAccess['offices'] }) {
  const t = useT();
  const { notify } = useNotice();
  const [picked, setPicked] = useState(offices[0]?.id ?? '');
  // the offices change when the institution chooses another 保健所: never send one no longer linked
  const officeId = offices.some((o) => o.id === picked) ? picked : (offices[0]?.id ?? '');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [note, setNote] = useState('');
  const grant = useAction(() => api.grantLiveAccess(org.id, { officeId, startsAt, endsAt, note }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const made = await grant.run();
    if (!made) return;
    notify(t('liveAccess.granted', { office: made.officeName, until: at(made.endsAt) }));
    setStartsAt('');
    setEndsAt('');
    setNote('');
    await invalidate(keys.liveAccess(org.id));
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('liveAccess.grant')}>
      <FormError error={grant.error} />
      {offices.length > 1 && (
        <SelectField
          label={t('liveAccess.office')}
          value={officeId}
          error={grant.error?.field('officeId')}
          onChange={(e) => setPicked(e.target.value)}
          options={offices.map((o) => ({ value: o.id, label: o.name }))}
        />
      )}
      {offices.length === 1 && (
        <p>
          {t('liveAccess.office')}: {offices[0]?.name}
        </p>
      )}
      <TextField
        label={t('liveAccess.startsAt')}
        type="datetime-local"
        hint={t('liveAccess.startsAtHint')}
        value={startsAt}
        error={grant.error?.field('startsAt')}
        onChange={(e) => setStartsAt(e.target.value)}
      />
      <TextField
        label={t('liveAccess.endsAt')}
        type="datetime-local"
        required
        hint={t('liveAccess.endsAtHint')}
        value={endsAt}
        error={grant.error?.field('endsAt')}
        onChange={(e) => setEndsAt(e.target.value)}
      />
      <TextField
        label={t('liveAccess.note')}
        placeholder={t('liveAccess.notePlaceholder')}
        maxLength={200}
        value={note}
        error={grant.error?.field('note')}
        onChange={(e) => setNote(e.target.value)}
      />
      <SubmitButton pending={grant.pending} label={t('liveAccess.grant')} />
    </form>
  );
}

function Grants({ org, access }: { org: OrgSummary; access: LiveAccess }) {
  const t = useT();
  const views = new Map<string, number>();
  for (const v of access.views) views.set(v.grantId, (views.get(v.grantId) ?? 0) + 1);
  const columns = (['office', 'period', 'state', 'by', 'views', 'actions'] as const).map((k) => t(`liveAccess.col.${k}`));
  return (
    <>
      <h3>{t('liveAccess.grants')}</h3>
      <DataTable columns={columns} rows={access.grants} empty={t('liveAccess.none')}>
        {(g) => (
          <tr key={g.id}>
            <th scope="row">{g.officeName}</th>
            <td>
              {period(g)}
              {g.note && (
                <>
                  <br />
                  <small>{g.note}</small>
                </>
              )}
            </td>
            <td>
              <span className={g.state === 'active' ? 'badge badge-warn' : 'badge'}>{t(`liveAccess.state.${g.state}`)}</span>
              {g.revokedAt && g.state === 'revoked' && (
                <>
                  <br />
                  <small>{t('liveAccess.revokedBy', { at: at(g.revokedAt), who: g.revokedBy ?? '' })}</small>
                </>
              )}
            </td>
            <td>{g.grantedBy}</td>
            <td className="num">{t('liveAccess.viewCount', { count: views.get(g.id) ?? 0 })}</td>
            <td>{(g.state === 'active' || g.state === 'scheduled') && <Revoke org={org} grant={g} />}</td>
          </tr>
        )}
      </DataTable>
    </>
  );
}

function Revoke({ org, grant }: { org: OrgSummary; grant: LiveAccessGrant }) {
  const t = useT();
  const { notify } = useNotice();
  const [dialog, confirm] = useConfirm();
  const revoke = useAction(() => api.revokeLiveAccess(org.id, grant.id));
  const ask = async () => {
    const ok = await confirm({
      title: t('liveAccess.revokeTitle'),
      message: t('liveAccess.revokeConfirm', { office: grant.officeName, period: period(grant) }),
      confirmLabel: t('liveAccess.revoke'),
      danger: true,
    });
    if (!ok) return;
    const done = await revoke.run();
    await invalidate(keys.liveAccess(org.id));
    if (done) notify(t('liveAccess.revoked'));
  };
  return (
    <>
      {dialog}
      <FormError error={revoke.error} />
      <button
        type="button"
        className="button-danger"
        onClick={ask}
        disabled={revoke.pending}
        aria-label={t('liveAccess.revokeLabel', { office: grant.officeName, period: period(grant) })}
      >
        {t('liveAccess.revoke')}
      </button>
    </>
  );
}

function Views({ access }: { access: LiveAccess }) {
  const t = useT();
  const offices = new Map(access.grants.map((g) => [g.id, g.officeName]));
  const what = (area: string, path: string) => {
    const key = `liveAccess.area.${area}`;
    return key in texts ? t(key as MessageKey) : path;
  };
  const columns = (['at', 'who', 'office', 'what'] as const).map((k) => t(`liveAccess.col.${k}`));
  return (
    <>
      <h3>{t('liveAccess.views')}</h3>
      {access.views.length > 0 && <p className="field-hint">{t('liveAccess.viewsShown', { count: access.viewsShown })}</p>}
      <DataTable columns={columns} rows={access.views} empty={t('liveAccess.viewsNone')}>
        {(v) => (
          <tr key={`${v.at}-${v.path}-${v.who}-${access.views.indexOf(v)}`}>
            <td>{at(v.at)}</td>
            <td>{v.who}</td>
            <td>{offices.get(v.grantId) ?? ''}</td>
            <td>
              {what(v.area, v.path)}
              <br />
              <small className="mono">{v.path}</small>
            </td>
          </tr>
        )}
      </DataTable>
    </>
  );
}
