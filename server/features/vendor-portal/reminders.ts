// E-mail reminders of an invitation, through the SMTP server of MAMORI_SMTP_URL: to a person who has
// not used the link yet (the link itself cannot be sent again — only its hash is kept — so the mail
// points to the one sent and says until when it works), or who has forms still to answer or fix (the
// portal's address and the forms). One reminder per invitation and day at most, decided by one
// conditional update (two at once: one is sent). Sent by a member (the vendor's page) or by the CLI
// for every invitation due (`mamori vendor remind`, for a daily cron job). A mail the SMTP server
// refused gives the day back. Audited without any link.
import { fiscalYear } from '../../../domain/dates/fiscal-year.ts';
import { invitationStatus } from '../../../domain/vendors/invitation.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { sendMail } from '../../lib/mail.ts';
import { recordAudit } from '../audit/audit.record.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg, isUuid } from '../orgs/orgs.policy.ts';
import { findVendor } from '../vendors/vendors.repo.ts';
import {
  claimReminder,
  findInvitation,
  type InvitationRow,
  openFormsOf,
  orgNameOf,
  releaseReminder,
  remindableOf,
} from './invitations.repo.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const until = (d: Date) => d.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' });

/** What a reminder would say, or why there is nothing to remind of. */
async function reminderOf(deps: Deps, i: InvitationRow, base: string): Promise<{ subject: string; text: string } | { none: string }> {
  const now = deps.clock.now();
  const status = invitationStatus(i, now);
  if (status === 'revoked') return { none: '取り消された招待です。' };
  if (status === 'expired') return { none: 'リンクの期限が切れています。催促ではなく、招待し直してください。' };
  const forms = status === 'accepted' ? await openFormsOf(deps.db, i.organizationId, i.id) : [];
  if (status === 'accepted' && forms.length === 0)
    return { none: 'この招待の様式はすべて提出済みか受理済みです。催促することはありません。' };
  const [institution, vendor] = [await orgNameOf(deps.db, i.organizationId), await findVendor(deps.db, i.organizationId, i.vendorId)];
  const year = fiscalYear(i.fiscalYear).label;
  const greeting = i.personName ? `${i.personName} 様` : `${vendor?.name ?? ''} ご担当者様`;
  const body =
    status === 'pending'
      ? [
          `${institution} から ${year}の事業者確認用への回答をお願いしたリンクが、まだ使われていません。`,
          `先にお送りしたメールのリンクを開いて、パスワードを設定してください (${until(i.expiresAt)} まで有効です)。`,
          `リンクが見つからない場合は、${institution} にご連絡ください。新しいリンクをお送りします。`,
        ]
      : [
          `${institution} の ${year}の事業者確認用に、まだ回答中か差し戻し中の様式があります:`,
          ...forms.map(
            (f) => `  ・${f.systemName ?? '事業者確認用'} (${f.status === 'returned' ? '差し戻し: コメントをご確認ください' : '回答中'})`,
          ),
          '',
          '次のページにログインして、回答し提出してください:',
          `${base.replace(/\/+$/, '')}/vendor`,
        ];
  return {
    subject: `【${institution}】${year} 事業者確認用への回答のお願い (再送)`,
    text: [greeting, '', ...body, '', 'このメールに心当たりがない場合は破棄してください。'].join('\n'),
  };
}

/** Sends one invitation's reminder if it is due (not reminded within `every`); refused with the reason otherwise. */
async function remind(deps: Deps, actor: Actor, i: InvitationRow, base: string, every: number) {
  if (!deps.config.smtpUrl) {
    throw new AppError(
      'CONFLICT',
      'メールの送信が設定されていません (MAMORI_SMTP_URL)。リンクを印刷するか、ほかの方法で連絡してください。',
    );
  }
  if (!i.email)
    throw new AppError('VALIDATION', 'この招待にはメールアドレスがありません。', { fields: [{ field: 'email', message: 'ありません' }] });
  const mail = await reminderOf(deps, i, base);
  if ('none' in mail) throw new AppError('CONFLICT', mail.none);
  const now = deps.clock.now();
  // an hour's slack: a daily job that runs a little early the next day still sends
  const claimed = await claimReminder(deps.db, i.organizationId, i.id, new Date(now.getTime() - every + HOUR), now);
  if (!claimed) throw new AppError('CONFLICT', '最近催促したばかりです。催促は 1 日に 1 回までです。');
  const result = await sendMail(deps.config, { to: i.email, ...mail });
  // a mail that did not go out is not a reminder: the next try is not held back by it
  if (!result.sent) await releaseReminder(deps.db, i.organizationId, claimed, i.remindedAt);
  await deps.db.transaction((tx) =>
    recordAudit(
      tx,
      actor,
      {
        organizationId: i.organizationId,
        action: 'vendor.invitation_reminded',
        targetType: 'vendor',
        targetId: i.vendorId,
        after: { id: i.id, to: i.email, sent: result.sent, error: result.error, reminders: claimed.reminders - (result.sent ? 0 : 1) },
      },
      now,
    ),
  );
  return {
    to: i.email,
    remindedAt: (result.sent ? now : i.remindedAt)?.toISOString() ?? null,
    reminders: claimed.reminders - (result.sent ? 0 : 1),
    ...result,
  };
}

/** A member reminds the person of one invitation of the vendor (担当者・管理者). */
export async function remindInvitationOf(deps: Deps, caller: Caller, orgId: string, vendorId: string, invitationId: string, base: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.write');
  const i = isUuid(invitationId) && isUuid(vendorId) ? await findInvitation(deps.db, orgId, invitationId) : undefined;
  if (!i || i.vendorId !== vendorId) throw notFound('招待');
  return remind(deps, caller.actor, i, base, DAY);
}

/** Every invitation of the organisation due a reminder (not reminded within `everyDays`): for a daily job. */
export async function remindDue(deps: Deps, actor: Actor, orgId: string, base: string, everyDays: number) {
  const sent: { invitationId: string; to: string; sent: boolean; error: string | null }[] = [];
  const skipped: { invitationId: string; reason: string }[] = [];
  for (const i of await remindableOf(deps.db, orgId)) {
    try {
      const r = await remind(deps, actor, i, base, Math.max(1, everyDays) * DAY);
      sent.push({ invitationId: i.id, to: r.to, sent: r.sent, error: r.error });
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'CONFLICT') throw err;
      skipped.push({ invitationId: i.id, reason: err.message });
    }
  }
  return { sent, skipped };
}
