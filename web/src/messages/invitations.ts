// Messages of invitations: sent by an organisation's administrators, answered by the person invited.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const invitations = register({
  'invite.title': { ja: '既存の利用者を招待', en: 'Invite an existing user' },
  'invite.lead': {
    ja: 'ほかの組織で既に Mamori を使っている人 (複数の施設を担当する事務長など) は、ログインIDで招待します。本人が承諾するとメンバーになります。招待は 7 日間有効です。',
    en: 'Someone who already uses Mamori in another organisation is invited by login ID and becomes a member on accepting. Invitations are valid for 7 days.',
  },
  'invite.submit': { ja: '招待する', en: 'Invite' },
  'invite.sent': {
    ja: '{loginId} に招待を送りました。相手が承諾するとメンバーになります。',
    en: 'Invitation sent to {loginId}. They become a member on accepting.',
  },
  'invite.listTitle': { ja: '招待中', en: 'Invitations' },
  'invite.empty': { ja: '承諾を待っている招待はありません。', en: 'No open invitations.' },
  'invite.invitedBy': { ja: '招待した人', en: 'Invited by' },
  'invite.expiresAt': { ja: '有効期限', en: 'Valid until' },
  'invite.status': { ja: '状態', en: 'Status' },
  'invite.status.pending': { ja: '承諾待ち', en: 'Waiting' },
  'invite.status.accepted': { ja: '承諾済み', en: 'Accepted' },
  'invite.status.declined': { ja: '辞退', en: 'Declined' },
  'invite.status.revoked': { ja: '取り消し済み', en: 'Revoked' },
  'invite.status.expired': { ja: '期限切れ', en: 'Expired' },
  'invite.revoke': { ja: '取り消す', en: 'Revoke' },
  'invite.revokeOf': { ja: '{loginId} への招待を取り消す', en: 'Revoke the invitation of {loginId}' },
  'invite.revoked': { ja: '{loginId} への招待を取り消しました。', en: 'Revoked the invitation of {loginId}.' },

  'invitations.title': { ja: '招待', en: 'Invitations' },
  'invitations.lead': {
    ja: '組織からメンバーへの招待です。承諾すると、その組織のメンバーになります。',
    en: 'Invitations to join organisations. Accepting makes you a member.',
  },
  'invitations.empty': { ja: '届いている招待はありません。', en: 'You have no invitations.' },
  'invitations.org': { ja: '組織', en: 'Organisation' },
  'invitations.mfaRequired': {
    ja: 'この組織は二要素認証を必須にしています。承諾する前に、二要素認証を設定してください。',
    en: 'This organisation requires two-factor authentication. Set it up before accepting.',
  },
  'invitations.setUpMfa': { ja: '二要素認証を設定する', en: 'Set up two-factor authentication' },
  'invitations.accept': { ja: '承諾する', en: 'Accept' },
  'invitations.acceptOf': { ja: '「{org}」への招待を承諾する', en: 'Accept the invitation to {org}' },
  'invitations.decline': { ja: '辞退する', en: 'Decline' },
  'invitations.declineOf': { ja: '「{org}」への招待を辞退する', en: 'Decline the invitation to {org}' },
  'invitations.declineTitle': { ja: '招待を辞退しますか?', en: 'Decline the invitation?' },
  'invitations.declineConfirm': {
    ja: '「{org}」への招待を辞退します。辞退したことは、その組織の管理者に表示されます。何もしなければ、招待は有効期限が過ぎると無効になります。',
    en: 'You decline the invitation to {org}. Its administrators will see that you declined. If you do nothing, the invitation lapses when it expires.',
  },
  'invitations.accepted': { ja: '「{org}」のメンバーになりました。', en: 'You are now a member of {org}.' },
  'invitations.declined': { ja: '「{org}」への招待を辞退しました。', en: 'Declined the invitation to {org}.' },
} satisfies Dict);
