// 事業者への招待 on a vendor's page: the institution invites a person at the vendor to answer its
// 事業者確認用 of a fiscal year through a link. The link is in the answer to the invitation only, so it
// is shown once, to copy or to print (with a QR code); the vendor's invitations are listed with their
// status, and a pending one can be revoked. Members read; 担当者 and 管理者 invite and revoke.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { fiscalYear, fiscalYearOf, todayJst } from '../../../../domain/dates/fiscal-year.ts';
import { INVITATION_DAYS, invitationStatusLabels } from '../../../../domain/vendors/invitation.ts';
import { api } from '../../api.ts';
import type { OrgSummary, Vendor, VendorInvitation } from '../../api-answers.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { CheckboxField, SelectField, TextField } from '../../components/Field.tsx';
import { FormError } from '../../components/FormError.tsx';
import { Loadable } from '../../components/Loadable.tsx';
import { Section } from '../../components/Page.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { formatDateTimeLong } from '../../dates.ts';
import { useAction, useLoad } from '../../hooks.ts';
import { type Translate, useLang, useT } from '../../i18n.ts';
import { useNotice } from '../../notice.tsx';
import { invalidate, keys } from '../../query.ts';
import '../../messages/vendor-invitations.ts';

interface Created {
  invitation: VendorInvitation;
  link: string;
  /** the e-mail of the link, when an address was given and the server has an SMTP server */
  mail?: { to: string; sent: boolean; error: string | null } | null;
}

/** 令和8年度 (the 和暦 name the guideline's forms use, in both languages) */
const yearLabel = (year: number) => fiscalYear(year).label;
const systemsLabel = (t: Translate, i: VendorInvitation) =>
  i.systems.length === 0
    ? t('vendorInvite.allSystems')
    : i.systems
        .map((s) => s.name)
        .filter(Boolean)
        .join('、');
/** Whom an invitation is for, in the names of its buttons: the person, else its fiscal year. */
const whoOf = (i: VendorInvitation) => i.personName || yearLabel(i.fiscalYear);

interface Props {
  org: OrgSummary;
  vendor: Vendor;
  canWrite: boolean;
}

export function VendorInvitations({ org, vendor, canWrite }: Props) {
  const t = useT();
  const { notify } = useNotice();
  const [dialog, confirm] = useConfirm();
  const key = keys.vendorInvitations(org.id, vendor.id);
  const list = useLoad(key, () => api.invitationsOfVendor(org.id, vendor.id));
  const revoke = useAction((i: VendorInvitation) => api.revokeVendorInvitation(org.id, vendor.id, i.id));
  const remind = useAction((i: VendorInvitation) => api.remindVendorInvitation(org.id, vendor.id, i.id));
  const [created, setCreated] = useState<Created | null>(null);
  // after the link is closed, focus goes back to the form it was made with
  const [focusForm, setFocusForm] = useState(false);

  const onCreated = (c: Created) => {
    setCreated(c);
    notify(t('vendorInvite.created'));
    void invalidate(key);
  };

  const onRevoke = async (i: VendorInvitation) => {
    const who = whoOf(i);
    const ok = await confirm({
      title: t('vendorInvite.revokeTitle'),
      message: t('vendorInvite.revokeConfirm', { who }),
      confirmLabel: t('vendorInvite.revoke'),
      danger: true,
    });
    if (!ok || !(await revoke.run(i))) return;
    if (created?.invitation.id === i.id) setCreated(null);
    notify(t('vendorInvite.revoked', { who }));
    await invalidate(key);
  };

  const onRemind = async (i: VendorInvitation) => {
    const sent = await remind.run(i);
    if (!sent) return;
    notify(
      sent.sent ? t('vendorInvite.reminded', { to: sent.to }) : t('vendorInvite.remindFailed', { to: sent.to, error: sent.error ?? '' }),
    );
    await invalidate(key);
  };

  return (
    <Section title={t('vendorInvite.title')} id="invitations">
      {dialog}
      <p>{t('vendorInvite.lead')}</p>
      <FormError error={revoke.error ?? remind.error} />
      <Loadable state={list}>
        {(data) => (
          <>
            <InvitationTable
              invitations={data.invitations}
              canWrite={canWrite}
              busy={revoke.pending || remind.pending}
              onRevoke={(i) => void onRevoke(i)}
              onRemind={data.mailConfigured ? (i) => void onRemind(i) : null}
            />
            {canWrite && !data.mailConfigured && <p className="field-hint">{t('vendorInvite.noMail')}</p>}
          </>
        )}
      </Loadable>
      {created && (
        <CreatedLink
          created={created}
          onDone={() => {
            setCreated(null);
            setFocusForm(true);
          }}
        />
      )}
      {canWrite && !created && <InviteForm org={org} vendor={vendor} focusHeading={focusForm} onCreated={onCreated} />}
    </Section>
  );
}

interface TableProps {
  invitations: VendorInvitation[];
  canWrite: boolean;
  busy: boolean;
  onRevoke: (i: VendorInvitation) => void;
  /** null when the server cannot send e-mail */
  onRemind: ((i: VendorInvitation) => void) | null;
}

function InvitationTable({ invitations, canWrite, busy, onRevoke, onRemind }: TableProps) {
  const t = useT();
  const lang = useLang();
  const columns = [
    t('vendorInvite.col.year'),
    t('vendorInvite.col.systems'),
    t('vendorInvite.col.person'),
    t('vendorInvite.col.status'),
    t('vendorInvite.col.expires'),
    canWrite && t('vendorInvite.col.actions'),
  ];
  return (
    <DataTable columns={columns} rows={invitations} empty={t('vendorInvite.empty')} caption={t('vendorInvite.title')}>
      {(i) => (
        <tr key={i.id} className={i.status === 'revoked' || i.status === 'expired' ? 'row-retired' : undefined}>
          <td>{yearLabel(i.fiscalYear)}</td>
          <td>{systemsLabel(t, i)}</td>
          <td>
            {i.personName || <span className="muted">{t('vendorInvite.noPerson')}</span>}
            {i.email && (
              <div>
                <small>{i.email}</small>
              </div>
            )}
          </td>
          <td>
            <span className={i.status === 'accepted' ? 'badge badge-ok' : 'badge'}>{invitationStatusLabels[i.status][lang]}</span>
            {i.remindedAt && (
              <div>
                <small>{t('vendorInvite.lastReminder', { date: formatDateTimeLong(i.remindedAt, lang), count: i.reminders })}</small>
              </div>
            )}
          </td>
          <td>{formatDateTimeLong(i.expiresAt, lang)}</td>
          {canWrite && (
            <td className="actions">
              {onRemind && i.email && (i.status === 'pending' || i.status === 'accepted') && (
                <button
                  type="button"
                  className="button-secondary"
                  disabled={busy}
                  aria-label={t('vendorInvite.remindOf', { who: whoOf(i) })}
                  onClick={() => onRemind(i)}
                >
                  {t('vendorInvite.remind')}
                </button>
              )}{' '}
              {i.status === 'pending' && (
                <button
                  type="button"
                  className="button-secondary"
                  disabled={busy}
                  aria-label={t('vendorInvite.revokeOf', { who: whoOf(i) })}
                  onClick={() => onRevoke(i)}
                >
                  {t('vendorInvite.revoke')}
                </button>
              )}
            </td>
          )}
        </tr>
      )}
    </DataTable>
  );
}

interface Draft {
  fiscalYear: string;
  systemIds: string[];
  personName: string;
  email: string;
  days: string;
}

const blankDraft = (year: number): Draft => ({
  fiscalYear: String(year),
  systemIds: [],
  personName: '',
  email: '',
  days: String(INVITATION_DAYS.default),
});

interface FormProps {
  org: OrgSummary;
  vendor: Vendor;
  focusHeading: boolean;
  onCreated: (c: Created) => void;
}

function InviteForm({ org, vendor, focusHeading, onCreated }: FormProps) {
  const t = useT();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const thisYear = fiscalYearOf(todayJst(new Date()));
  const [draft, setDraft] = useState<Draft>(() => blankDraft(thisYear));
  const inUse = vendor.systems.filter((s) => s.status === 'active');
  const save = useAction(() =>
    api.inviteVendor(org.id, vendor.id, {
      fiscalYear: Number(draft.fiscalYear),
      // a system no longer in use since it was ticked is not sent
      systemIds: draft.systemIds.filter((id) => inUse.some((s) => s.id === id)),
      personName: draft.personName,
      email: draft.email,
      days: draft.days,
    }),
  );
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await save.run();
    if (!done) return;
    setDraft(blankDraft(thisYear));
    onCreated(done);
  };
  const systemsError = save.error?.field('systemIds');
  return (
    // a card inside the section, as Section level 3 makes one (its heading takes focus after a link is closed)
    <section className="card no-print" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} ref={heading}>
        {t('vendorInvite.form')}
      </h3>
      <form onSubmit={submit} noValidate>
        <FormError error={save.error} />
        <div className="form-grid">
          <SelectField
            label={t('vendorInvite.field.year')}
            value={draft.fiscalYear}
            error={save.error?.field('fiscalYear')}
            onChange={(e) => setDraft({ ...draft, fiscalYear: e.target.value })}
            options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({
              value: String(y),
              label: t('vendorInvite.yearOption', { label: fiscalYear(y).label, year: y }),
            }))}
          />
          <TextField
            label={t('vendorInvite.field.days')}
            hint={t('vendorInvite.field.daysHint', { max: INVITATION_DAYS.max })}
            type="number"
            inputMode="numeric"
            min={1}
            max={INVITATION_DAYS.max}
            value={draft.days}
            error={save.error?.field('days')}
            onChange={(e) => setDraft({ ...draft, days: e.target.value })}
          />
          <TextField
            label={t('vendorInvite.field.person')}
            autoComplete="off"
            value={draft.personName}
            error={save.error?.field('personName')}
            onChange={(e) => setDraft({ ...draft, personName: e.target.value })}
          />
          <TextField
            label={t('vendorInvite.field.email')}
            hint={t('vendorInvite.field.emailHint')}
            type="email"
            autoComplete="off"
            value={draft.email}
            error={save.error?.field('email')}
            onChange={(e) => setDraft({ ...draft, email: e.target.value })}
          />
        </div>
        <fieldset className={systemsError ? 'field-invalid' : undefined} aria-describedby={`${headingId}-systems-hint`}>
          <legend>{t('vendorInvite.field.systems')}</legend>
          <p className="field-hint" id={`${headingId}-systems-hint`}>
            {inUse.length === 0 ? t('vendorInvite.field.noSystems') : t('vendorInvite.field.systemsHint')}
          </p>
          {inUse.map((s) => (
            <CheckboxField
              key={s.id}
              label={s.name}
              checked={draft.systemIds.includes(s.id)}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  systemIds: e.target.checked ? [...draft.systemIds, s.id] : draft.systemIds.filter((x) => x !== s.id),
                })
              }
            />
          ))}
          {systemsError && <p className="field-error">{systemsError}</p>}
        </fieldset>
        <SubmitButton pending={save.pending} label={t('vendorInvite.submit')} />
      </form>
    </section>
  );
}

/** The link of the invitation just made: shown this once, to copy or to print (with its QR code). */
function CreatedLink({ created, onDone }: { created: Created; onDone: () => void }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const box = useRef<HTMLElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<{ n: number; ok: boolean } | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const { invitation, link } = created;
  const who = whoOf(invitation);

  useEffect(() => box.current?.focus(), []);
  useEffect(() => {
    // the QR code library is loaded only when a link is shown (not with the vendor's page)
    let current = true;
    import('qrcode')
      .then(({ default: QRCode }) => QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }))
      .then((svg) => current && setQr(`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`))
      .catch(() => current && setQr(null)); // the printout still has the link in words
    return () => {
      current = false;
    };
  }, [link]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied((c) => ({ n: (c?.n ?? 0) + 1, ok: true }));
    } catch {
      input.current?.select();
      setCopied((c) => ({ n: (c?.n ?? 0) + 1, ok: false }));
    }
  };

  return (
    <section className="one-time" aria-labelledby={`${id}-title`} tabIndex={-1} ref={box}>
      <h3 id={`${id}-title`}>{t('vendorInvite.link.title', { who })}</h3>
      <p>
        {t('vendorInvite.link.for', { year: yearLabel(invitation.fiscalYear), systems: systemsLabel(t, invitation) })}
        <br />
        {t('vendorInvite.link.expires', { date: formatDateTimeLong(invitation.expiresAt, lang) })}
      </p>
      <div className="field">
        <label htmlFor={`${id}-link`}>{t('vendorInvite.link.label')}</label>
        <input
          id={`${id}-link`}
          ref={input}
          readOnly
          value={link}
          aria-describedby={`${id}-once`}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="vendor-invitation-link"
        />
      </div>
      <p id={`${id}-once`}>
        <strong>{t('vendorInvite.link.once')}</strong> {t('vendorInvite.link.hint')}
      </p>
      {created.mail?.sent && <p className="notice notice-info">{t('vendorInvite.mail.sent', { to: created.mail.to })}</p>}
      {created.mail && !created.mail.sent && (
        <p className="notice notice-warning" role="alert">
          {created.mail.error ? t('vendorInvite.mail.failed', { to: created.mail.to }) : t('vendorInvite.mail.off')}
        </p>
      )}
      <div className="print-only">
        <p>{t('vendorInvite.link.printNote')}</p>
        <p>
          <code>{link}</code>
        </p>
        {qr && <img className="qr" src={qr} alt={t('vendorInvite.qrAlt')} width={200} height={200} />}
      </div>
      <div className="button-row">
        <button type="button" onClick={() => void copy()}>
          {t('vendorInvite.copy')}
        </button>
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          {t('vendorInvite.print')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('vendorInvite.done')}
        </button>
        <span className="no-print" role="status" aria-live="polite">
          {copied && <span key={copied.n}>{copied.ok ? t('vendorInvite.copied') : t('vendorInvite.copyFailed')}</span>}
        </span>
      </div>
    </section>
  );
}
