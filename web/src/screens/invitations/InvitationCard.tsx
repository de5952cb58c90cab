// One invitation: the organisation, the role offered, who invited and until when, with the answers.

import type { OwnInvitation } from '../../api-answers.ts';
import { Link } from '../../components/Link.tsx';
import { formatDateTimeLong } from '../../dates.ts';
import { useLang, useT } from '../../i18n.ts';
import { kindLabel, roleLabel } from '../../labels.ts';
import '../../messages/invitations.ts';

interface Props {
  invitation: OwnInvitation;
  /** the organisation requires MFA and the person has not set it up yet */
  needsMfa: boolean;
  busy: boolean;
  onAccept: () => void;
  onDecline: () => void;
}

export function InvitationCard({ invitation: i, needsMfa, busy, onAccept, onDecline }: Props) {
  const t = useT();
  const lang = useLang();
  const org = i.organization.name;
  const headingId = `invitation-${i.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{org}</h2>
      <dl className="facts">
        <dt>{t('field.kind')}</dt>
        <dd>{kindLabel(i.organization.kind, lang)}</dd>
        <dt>{t('field.role')}</dt>
        <dd>{roleLabel(i.role, lang)}</dd>
        <dt>{t('invite.invitedBy')}</dt>
        <dd>{i.invitedBy ?? '—'}</dd>
        <dt>{t('invite.expiresAt')}</dt>
        <dd>{formatDateTimeLong(i.expiresAt, lang)}</dd>
      </dl>
      {needsMfa && (
        <p className="notice notice-warning">
          {t('invitations.mfaRequired')} <Link to="/account/mfa">{t('invitations.setUpMfa')}</Link>
        </p>
      )}
      <div className="button-row">
        <button type="button" disabled={busy || needsMfa} aria-label={t('invitations.acceptOf', { org })} onClick={onAccept}>
          {t('invitations.accept')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          aria-label={t('invitations.declineOf', { org })}
          onClick={onDecline}
        >
          {t('invitations.decline')}
        </button>
      </div>
    </section>
  );
}
