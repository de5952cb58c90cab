// The vendor portal: opening an invitation link, setting up the vendor account, and the invitations.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const vendorPortal = register({
  'portal.title': { ja: '事業者ポータル', en: 'Vendor portal' },
  'portal.lead': {
    ja: '医療機関から招待された事業者確認用の一覧です。医療機関ごと・年度ごとに表示します。',
    en: 'The vendor forms institutions invited you to answer, per institution and fiscal year.',
  },
  'portal.empty': {
    ja: '招待はまだありません。医療機関から届いたリンクを開くと、ここに加わります。',
    en: 'No invitations yet. Opening a link an institution sent you adds it here.',
  },
  'portal.col.institution': { ja: '医療機関', en: 'Institution' },
  'portal.col.vendor': { ja: '事業者', en: 'Vendor' },
  'portal.col.year': { ja: '年度', en: 'Fiscal year' },
  'portal.col.systems': { ja: 'システム', en: 'Systems' },
  'portal.col.status': { ja: '状態', en: 'Status' },
  'portal.allSystems': { ja: '事業者のすべてのシステム', en: "all the vendor's systems" },
  'portal.signedInAs': { ja: '{name} (事業者の担当者)', en: '{name} (vendor)' },
  'portal.account': { ja: 'アカウント', en: 'Account' },
  'portal.signOut': { ja: 'ログアウト', en: 'Sign out' },
  'accept.title': { ja: '事業者確認用への招待', en: 'Invitation to answer a vendor form' },
  'accept.lead': {
    ja: '{institution} から、{vendor} の担当者として{year}の事業者確認用への回答を依頼されています。',
    en: '{institution} asks you, for {vendor}, to answer the vendor form of {year}.',
  },
  'accept.systems': { ja: '対象のシステム: {systems}', en: 'Systems: {systems}' },
  'accept.expires': { ja: 'このリンクの有効期限: {date}', en: 'This link expires on {date}' },
  'accept.mfa': {
    ja: 'この医療機関は二要素認証を必須にしています。アカウントを作ると、続けて認証アプリの登録に進みます。',
    en: 'This institution requires two-factor authentication: after creating the account you set up an authenticator app.',
  },
  'accept.newAccount': { ja: 'アカウントを作る', en: 'Create your account' },
  'accept.newAccountLead': {
    ja: 'ログインID とパスワードを決めてください。ほかの医療機関から招待されたときも、同じアカウントで一覧できます。',
    en: 'Choose a login ID and password. Invitations of other institutions can join the same account.',
  },
  'accept.submit': { ja: 'アカウントを作って招待を受ける', en: 'Create the account and accept' },
  'accept.haveAccount': {
    ja: '既に Mamori の事業者アカウントをお持ちの場合は、ログインしてからこのページに戻ります。',
    en: 'If you already have a Mamori vendor account, sign in and come back to this page.',
  },
  'accept.signIn': { ja: 'ログインして招待を受ける', en: 'Sign in to accept' },
  'accept.join': { ja: 'この招待をアカウントに加える', en: 'Add this invitation to my account' },
  'accept.joinLead': { ja: '{name} としてログインしています。', en: 'Signed in as {name}.' },
  'accept.staff': {
    ja: 'このリンクは事業者の担当者用です。医療機関の利用者としてログインしているため使えません。ログアウトしてから開き直してください。',
    en: "This link is for a person at a vendor. You are signed in as an institution's user: sign out and open it again.",
  },
  'accept.noToken': {
    ja: 'リンクが正しくありません。医療機関から届いたリンクをそのまま開いてください。',
    en: 'The link is not complete. Open the link the institution sent you as it is.',
  },
  'accept.checking': { ja: 'リンクを確かめています…', en: 'Checking the link…' },
  'accept.done': { ja: '招待を受けました', en: 'Invitation accepted' },
} satisfies Dict);
