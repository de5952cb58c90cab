// Messages of organisation home and settings, members, and system administration.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const admin = register({
  'home.about': { ja: '組織の情報', en: 'About this organisation' },
  'home.yourRole': { ja: 'あなたの役割', en: 'Your role' },
  'home.systemAdminOnly': {
    ja: 'メンバーではありません (システム管理者として設定・メンバー・監査ログを管理できます)',
    en: 'Not a member (as system administrator you manage settings, members and the audit log)',
  },
  'home.mfaRequired': { ja: '必須', en: 'Required' },
  'home.mfaOptional': { ja: '任意', en: 'Optional' },
  'home.members': { ja: 'メンバー数', en: 'Members' },
  'home.membersCount': { ja: '{count} 人', en: '{count}' },
  'home.registered': { ja: '登録日', en: 'Registered' },

  'adminOrgs.title': { ja: '組織の管理', en: 'Organisations' },
  'adminOrgs.lead': {
    ja: 'Mamori を使う医療機関・薬局を登録します。登録後、組織の設定画面でメンバーを追加してください。',
    en: 'Register the hospitals, clinics and pharmacies that use Mamori, then add their members in the organisation settings.',
  },
  'adminOrgs.list': { ja: '登録済みの組織', en: 'Registered organisations' },
  'adminOrgs.empty': { ja: 'まだ組織がありません。下のフォームから登録してください。', en: 'No organisations yet. Register one below.' },
  'adminOrgs.settingsOf': { ja: '{name} の設定', en: 'Settings of {name}' },
  'adminOrgs.create': { ja: '組織を登録', en: 'Register an organisation' },
  'adminOrgs.createSubmit': { ja: '組織を登録', en: 'Register organisation' },
  'adminOrgs.created': { ja: '組織「{name}」を登録しました。', en: 'Registered {name}.' },

  'settings.title': { ja: '組織の設定', en: 'Organisation settings' },
  'settings.lead': { ja: '{name} の基本情報とメンバーを管理します。', en: 'Details and members of {name}.' },
  'settings.details': { ja: '基本情報', en: 'Details' },
  'settings.saved': { ja: '組織の設定を保存しました。', en: 'Settings saved.' },

  'members.title': { ja: 'メンバー', en: 'Members' },
  'members.roleOf': { ja: '{name} の役割', en: 'Role of {name}' },
  'members.changeRole': { ja: '変更', en: 'Change' },
  'members.changeRoleOf': { ja: '{name} の役割を変更', en: 'Change the role of {name}' },
  'members.roleChanged': { ja: '{name} の役割を「{role}」に変更しました。', en: 'Changed the role of {name} to {role}.' },
  'members.reset': { ja: 'パスワード再設定', en: 'Reset password' },
  'members.resetOf': { ja: '{name} のパスワード再設定', en: 'Reset password of {name}' },
  'members.remove': { ja: '組織から外す', en: 'Remove' },
  'members.removeOf': { ja: '{name} を組織から外す', en: 'Remove {name} from the organisation' },
  'members.removeTitle': { ja: 'メンバーを外しますか?', en: 'Remove member?' },
  'members.removeConfirm': {
    ja: '{name} を「{org}」のメンバーから外します。利用者のアカウントは削除されず、ほかの組織での役割はそのままです。',
    en: '{name} will no longer be a member of {org}. The account itself is kept, with its roles in other organisations.',
  },
  'members.removed': { ja: '{name} を組織から外しました。', en: 'Removed {name}.' },
  'members.joinedAt': { ja: '参加日', en: 'Joined' },
  'members.addTitle': { ja: '既存の利用者を直接追加 (システム管理者)', en: 'Add an existing user directly (system administrator)' },
  'members.addLead': {
    ja: 'システム管理者は、既存の利用者を招待を経ずにメンバーに追加できます。追加は監査ログに記録されます。本人の承諾を得られる場合は、招待を使ってください。',
    en: 'A system administrator can add an existing user without an invitation; this is recorded in the audit log. Where the person can accept, invite them instead.',
  },
  'members.addSubmit': { ja: 'メンバーに追加', en: 'Add member' },
  'members.added': { ja: '{loginId} をメンバーに追加しました。', en: 'Added {loginId}.' },
  'members.createTitle': { ja: '新しい利用者を作成', en: 'Create a new user' },
  'members.createLead': {
    ja: 'この組織のメンバーとして新しいアカウントを作ります。仮パスワードが発行されます。ログインIDが既に使われている場合は、その利用者に招待を送ります。',
    en: 'Creates a new account as a member of this organisation, with a temporary password. A login ID that is taken gets an invitation instead.',
  },
  'members.createSubmit': { ja: '利用者を作成', en: 'Create user' },
  'members.created': { ja: '利用者を作成しました', en: 'User created' },

  'reset.title': { ja: 'パスワードを再設定しますか?', en: 'Reset password?' },
  'reset.explain': {
    ja: '{name} に新しい仮パスワードを発行します。今のパスワードは使えなくなり、ログイン中の端末はすべてログアウトされます。ロックも解除されます。',
    en: '{name} gets a new temporary password. The current one stops working, all their sessions end, and a lock is lifted.',
  },
  'reset.resetMfa': {
    ja: '二要素認証の登録も解除する (スマートフォンを紛失した場合)',
    en: 'Also remove two-factor authentication (lost phone)',
  },
  'reset.submit': { ja: '再設定する', en: 'Reset' },
  'reset.done': { ja: 'パスワードを再設定しました', en: 'Password reset' },

  'users.title': { ja: '利用者の管理', en: 'Users' },
  'users.lead': {
    ja: 'Mamori のすべての利用者アカウントです。組織のメンバーは、各組織の設定画面から追加することもできます。',
    en: 'All user accounts of Mamori. Organisation members can also be added from each organisation’s settings.',
  },
  'users.list': { ja: '利用者の一覧', en: 'All users' },
  'users.status': { ja: '状態', en: 'Status' },
  'users.active': { ja: '利用中', en: 'Active' },
  'users.disabled': { ja: '無効', en: 'Disabled' },
  'users.locked': { ja: 'ロック中', en: 'Locked' },
  'users.mustChange': { ja: '仮パスワード', en: 'Temporary password' },
  'users.create': { ja: '利用者を作成', en: 'Create a user' },
  'users.createSubmit': { ja: '利用者を作成', en: 'Create user' },
  'users.makeSystemAdmin': { ja: 'システム管理者にする', en: 'Make system administrator' },
  'users.systemAdminHint': {
    ja: 'システム管理者は組織と利用者を登録・管理できます。必要最小限の人数にしてください。',
    en: 'System administrators register and manage organisations and users. Keep their number to the minimum.',
  },
} satisfies Dict);
