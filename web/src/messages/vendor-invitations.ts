// A vendor's page: inviting a person at the vendor to answer the 事業者確認用 through a link (shown
// once: copied or printed), the vendor's invitations and revoking one.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const vendorInvitations = register({
  'vendorInvite.title': { ja: '事業者への招待 (事業者確認用の回答)', en: 'Invitations to the vendor (answering the vendor form)' },
  'vendorInvite.lead': {
    ja: '事業者の担当者がリンクを開いてパスワードを設定し、この医療機関のその年度の事業者確認用に回答します。リンクは一度だけ使え、有効期限 (指定しなければ 30 日) を過ぎると使えません。期限前でも取り消せます。リンクは作成したときにしか表示されないので、コピーするか印刷して担当者に渡してください。院外から開くには、Mamori を院外から接続できる場所に公開し、管理者が公開 URL を設定している必要があります。',
    en: "The person at the vendor opens the link, sets a password and answers this institution's vendor form (事業者確認用) of that fiscal year. The link works once and expires (after 30 days unless you choose otherwise); it can be revoked before. It is shown only when it is created: copy it or print it for the person. To open it from outside the hospital, Mamori must be published where it can be reached from outside, and an administrator must have set its public URL (MAMORI_PUBLIC_URL).",
  },
  'vendorInvite.empty': { ja: 'まだ招待していません。', en: 'No invitations yet.' },
  'vendorInvite.col.year': { ja: '年度', en: 'Fiscal year' },
  'vendorInvite.col.systems': { ja: 'システム', en: 'Systems' },
  'vendorInvite.col.person': { ja: '担当者', en: 'Person' },
  'vendorInvite.col.status': { ja: '状態', en: 'Status' },
  'vendorInvite.col.expires': { ja: '有効期限', en: 'Expires' },
  'vendorInvite.col.actions': { ja: '操作', en: 'Actions' },
  'vendorInvite.yearOption': { ja: '{label} ({year}年4月〜)', en: '{label} (from April {year})' },
  'vendorInvite.allSystems': { ja: 'すべてのシステム', en: 'All systems' },
  'vendorInvite.noPerson': { ja: '氏名なし', en: 'no name' },
  'vendorInvite.revoke': { ja: '取り消す', en: 'Revoke' },
  'vendorInvite.remind': { ja: '催促メールを送る', en: 'Send a reminder' },
  'vendorInvite.remindOf': { ja: '{who} に催促メールを送る', en: 'Send {who} a reminder' },
  'vendorInvite.reminded': { ja: '{to} に催促メールを送りました', en: 'Reminder sent to {to}' },
  'vendorInvite.remindFailed': {
    ja: '{to} に催促メールを送れませんでした: {error}',
    en: 'The reminder to {to} could not be sent: {error}',
  },
  'vendorInvite.lastReminder': { ja: '最後の催促: {date} (計 {count} 回)', en: 'Last reminder: {date} ({count} in all)' },
  'vendorInvite.noMail': {
    ja: 'メールの送信が設定されていないため、催促はメールで送れません (サーバーの MAMORI_SMTP_URL)。電話などで連絡してください。',
    en: 'E-mail is not set up on the server (MAMORI_SMTP_URL): remind the vendor by phone or otherwise.',
  },
  'vendorInvite.revokeOf': { ja: '{who} への招待を取り消す', en: 'Revoke the invitation to {who}' },
  'vendorInvite.revokeTitle': { ja: '招待を取り消しますか', en: 'Revoke the invitation?' },
  'vendorInvite.revokeConfirm': {
    ja: '{who} への招待を取り消します。リンクは使えなくなります。',
    en: 'The invitation to {who} is revoked: its link no longer works.',
  },
  'vendorInvite.revoked': { ja: '{who} への招待を取り消しました', en: 'Invitation to {who} revoked' },
  'vendorInvite.form': { ja: '担当者を招待', en: 'Invite a person at the vendor' },
  'vendorInvite.field.year': { ja: '年度', en: 'Fiscal year' },
  'vendorInvite.field.systems': { ja: 'システム', en: 'Systems' },
  'vendorInvite.field.systemsHint': {
    ja: '選ばなければ、この事業者の使用中のすべてのシステムが対象です。',
    en: "None chosen: all the vendor's systems in use.",
  },
  'vendorInvite.field.noSystems': { ja: '使用中のシステムは登録されていません。', en: 'No system in use is recorded.' },
  'vendorInvite.field.person': { ja: '担当者の氏名', en: "The person's name" },
  'vendorInvite.field.email': { ja: 'メールアドレス', en: 'E-mail address' },
  'vendorInvite.field.emailHint': {
    ja: '任意です。このサーバーにメールの送信先 (SMTP) が設定されていれば、リンクをこのアドレスにメールで送ります。',
    en: 'Optional. When this server has an SMTP server configured, the link is e-mailed to this address.',
  },
  'vendorInvite.field.days': { ja: '有効期間 (日)', en: 'Valid for (days)' },
  'vendorInvite.field.daysHint': { ja: '1〜{max} 日', en: '1 to {max} days' },
  'vendorInvite.submit': { ja: '招待リンクを作る', en: 'Create the invitation link' },
  'vendorInvite.created': { ja: '招待リンクを作りました', en: 'Invitation link created' },
  'vendorInvite.link.title': { ja: '{who} への招待リンク', en: 'Invitation link for {who}' },
  'vendorInvite.link.label': { ja: '招待リンク', en: 'Invitation link' },
  'vendorInvite.link.once': { ja: 'このリンクは今しか表示されません。', en: 'This link is shown only now.' },
  'vendorInvite.link.hint': {
    ja: 'コピーして担当者に送るか、印刷して渡してください。閉じたり画面を移ったりすると、もう一度表示することはできません (必要なら新しく招待してください)。',
    en: 'Copy it and send it to the person, or print it and hand it over. Once closed or left, it cannot be shown again (invite anew if needed).',
  },
  'vendorInvite.link.for': { ja: '{year}・{systems}', en: '{year}, {systems}' },
  'vendorInvite.link.expires': { ja: '有効期限: {date}', en: 'Expires: {date}' },
  'vendorInvite.link.printNote': {
    ja: 'このリンクを開き (または QR コードを読み取り)、パスワードを設定して事業者確認用に回答してください。リンクは一度だけ使えます。',
    en: 'Open this link (or scan the QR code), set a password and answer the vendor form. The link works once.',
  },
  'vendorInvite.qrAlt': { ja: '招待リンクの QR コード', en: 'QR code of the invitation link' },
  'vendorInvite.copy': { ja: 'リンクをコピー', en: 'Copy the link' },
  'vendorInvite.copied': { ja: 'コピーしました', en: 'Copied' },
  'vendorInvite.copyFailed': {
    ja: 'コピーできませんでした。リンクの欄を選んでコピーしてください。',
    en: 'Could not copy: select the link field and copy it.',
  },
  'vendorInvite.print': { ja: '印刷', en: 'Print' },
  'vendorInvite.done': { ja: '表示を閉じる', en: 'Close' },
  'vendorInvite.mail.sent': { ja: '{to} にリンクをメールで送りました。', en: 'The link was e-mailed to {to}.' },
  'vendorInvite.mail.failed': {
    ja: '{to} へのメールを送れませんでした。リンクをコピーするか印刷して渡してください。',
    en: 'The e-mail to {to} could not be sent. Copy or print the link and pass it on.',
  },
  'vendorInvite.mail.off': {
    ja: 'このサーバーにはメールの送信先 (SMTP) が設定されていないため、メールは送っていません。リンクをコピーするか印刷して渡してください。',
    en: 'No SMTP server is configured, so no e-mail was sent. Copy or print the link and pass it on.',
  },
} satisfies Dict);
