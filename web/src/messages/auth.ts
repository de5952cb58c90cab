// Messages of first start, sign-in, two-factor authentication, password and the account page.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const auth = register({
  'setup.title': { ja: '初期設定', en: 'First-time setup' },
  'setup.lead': {
    ja: 'Mamori にはまだ利用者がいません。最初のシステム管理者を作成してください。システム管理者は組織と利用者を登録します。',
    en: 'Mamori has no users yet. Create the first system administrator, who registers organisations and users.',
  },
  'setup.submit': { ja: 'システム管理者を作成', en: 'Create system administrator' },
  'setup.done': { ja: 'システム管理者を作成しました。ログインしてください。', en: 'The system administrator was created. Please sign in.' },

  'login.title': { ja: 'ログイン', en: 'Sign in' },
  'login.submit': { ja: 'ログイン', en: 'Sign in' },
  'login.help': {
    ja: 'パスワードを忘れた場合やアカウントがロックされた場合は、組織の管理者にパスワードの再設定を依頼してください。',
    en: 'If you forgot your password or your account is locked, ask your organisation administrator to reset your password.',
  },
  'session.expired': {
    ja: 'ログインの有効期限が切れました (一定時間操作がなかった場合など)。もう一度ログインしてください。',
    en: 'Your session has ended (for example after a period without activity). Please sign in again.',
  },
  'auth.logout': { ja: 'ログアウト', en: 'Sign out' },
  'session.signedOut': { ja: 'ログアウトしました。', en: 'You signed out.' },
  'session.signOutFailed': {
    ja: 'ログアウトできませんでした (サーバーにつながりません)。接続を確かめて、もう一度お試しください。',
    en: 'Could not sign out (the server cannot be reached). Check the connection and try again.',
  },
  'session.signedOutEverywhere': {
    ja: 'すべての端末でログアウトしました。',
    en: 'You signed out on every device.',
  },

  'password.title': { ja: 'パスワードの変更', en: 'Change password' },
  'password.forcedLead': {
    ja: '仮パスワードでログインしています。続けるには、新しいパスワードを設定してください。',
    en: 'You signed in with a temporary password. Set a new password to continue.',
  },
  'password.rule': {
    ja: '{min} 文字以上で、英字と数字の両方を含めてください (二要素認証を有効にすると {minMfa} 文字以上で可)。ログインIDや氏名、よく使われるパスワード、同じ文字や 1234・qwerty のような並び、直近 {history} 回に使ったパスワードは使えません。',
    en: 'At least {min} characters with both letters and digits ({minMfa} or more once two-factor authentication is on). Your login ID or name, common passwords, repeated characters or runs like 1234 or qwerty, and your last {history} passwords are refused.',
  },
  'password.ruleWithMfa': {
    ja: '{min} 文字以上で、英字と数字の両方を含めてください (二要素認証が有効なため)。ログインIDや氏名、よく使われるパスワード、同じ文字や 1234・qwerty のような並び、直近 {history} 回に使ったパスワードは使えません。',
    en: 'At least {min} characters with both letters and digits (two-factor authentication is on). Your login ID or name, common passwords, repeated characters or runs like 1234 or qwerty, and your last {history} passwords are refused.',
  },
  'password.mismatch': { ja: '確認用のパスワードが一致しません', en: 'The passwords do not match' },
  'password.submit': { ja: 'パスワードを変更', en: 'Change password' },
  'password.changed': { ja: 'パスワードを変更しました。', en: 'Your password was changed.' },
  'password.changedSessions': {
    ja: 'パスワードを変更しました。ほかの端末のログイン {count} 件を終了しました。',
    en: 'Your password was changed. {count} other sessions were signed out.',
  },

  'mfa.title': { ja: '二要素認証', en: 'Two-factor authentication' },
  'mfa.short': { ja: '二要素認証', en: '2FA' },
  'mfa.on': { ja: '有効', en: 'On' },
  'mfa.off': { ja: '未設定', en: 'Off' },
  'mfa.onExplain': {
    ja: 'ログイン時に、パスワードに加えて認証アプリの確認コードを入力します。',
    en: 'At sign-in you enter a code from your authenticator app in addition to your password.',
  },
  'mfa.offExplain': {
    ja: 'ガイドラインは二要素認証を求めています。スマートフォンの認証アプリを登録してください。登録すると、パスワードは 8 文字以上で済みます。',
    en: 'The guideline asks for two-factor authentication. Register an authenticator app on your phone; your password may then be 8 characters or more.',
  },
  'mfa.recoveryLeft': { ja: '(未使用のリカバリーコード: {count} 個)', en: '({count} unused recovery codes)' },
  'mfa.enrol': { ja: '二要素認証を設定する', en: 'Set up two-factor authentication' },
  'mfa.reenrol': { ja: '別の端末に登録し直す', en: 'Register another device' },
  'mfa.enrolTitle': { ja: '二要素認証の登録', en: 'Set up two-factor authentication' },
  'mfa.enrolLead': {
    ja: 'スマートフォンの認証アプリ (Google Authenticator、Microsoft Authenticator など) を使います。',
    en: 'Use an authenticator app on your phone (Google Authenticator, Microsoft Authenticator or similar).',
  },
  'mfa.enrolForced': {
    ja: '所属する組織の設定により、二要素認証の登録が必要です。スマートフォンの認証アプリ (Google Authenticator、Microsoft Authenticator など) を用意してください。',
    en: 'Your organisation requires two-factor authentication. Have an authenticator app ready on your phone (Google Authenticator, Microsoft Authenticator or similar).',
  },
  'mfa.step1': { ja: '認証アプリで次の QR コードを読み取ります。', en: 'Scan this QR code with the authenticator app.' },
  'mfa.step2': {
    ja: '読み取れない場合は、アプリで「キーを入力」を選び、次の文字列を入力します (空白は不要です)。',
    en: 'If you cannot scan it, choose "enter a setup key" in the app and type this key (without the spaces).',
  },
  'mfa.step3': { ja: 'アプリに表示された 6 桁の確認コードを入力します。', en: 'Enter the 6-digit code the app shows.' },
  'mfa.qrAlt': { ja: '二要素認証の登録用 QR コード', en: 'QR code for two-factor authentication setup' },
  'mfa.secretLabel': { ja: '手入力用のキー', en: 'Setup key' },
  'mfa.code6Hint': { ja: '6 桁の数字', en: '6 digits' },
  'mfa.confirmSubmit': { ja: '登録を完了', en: 'Finish setup' },
  'mfa.enabled': { ja: '二要素認証を有効にしました。', en: 'Two-factor authentication is on.' },
  'mfa.verifyTitle': { ja: '確認コードの入力', en: 'Enter verification code' },
  'mfa.verifyLead': {
    ja: '認証アプリに表示されている 6 桁の確認コードを入力してください。',
    en: 'Enter the 6-digit code shown in your authenticator app.',
  },
  'mfa.codeHint': {
    ja: 'スマートフォンが手元にない場合は、リカバリーコード (xxxx-xxxx-xxxx-xxxx) を入力できます。',
    en: 'Without your phone you can enter a recovery code (xxxx-xxxx-xxxx-xxxx).',
  },
  'mfa.verifySubmit': { ja: '確認', en: 'Verify' },
  'mfa.startOver': { ja: 'ログイン画面に戻る', en: 'Back to sign-in' },
  'mfa.disableTitle': { ja: '二要素認証を無効にする', en: 'Turn off two-factor authentication' },
  'mfa.disablePassword': { ja: '現在のパスワード', en: 'Current password' },
  'mfa.disableHint': {
    ja: '組織が二要素認証を必須にしている場合は無効にできません。',
    en: 'Not possible while one of your organisations requires it.',
  },
  'mfa.disableSubmit': { ja: '二要素認証を無効にする', en: 'Turn off two-factor authentication' },
  'mfa.disabled': { ja: '二要素認証を無効にしました。', en: 'Two-factor authentication is off.' },

  'recovery.title': { ja: 'リカバリーコード', en: 'Recovery codes' },
  'recovery.instruction': {
    ja: 'スマートフォンを紛失したときなどに、確認コードの代わりに使えます。各コードは 1 回だけ使えます。この画面を離れると二度と表示されません。印刷するか書き写して、鍵のかかる場所など安全な場所に保管してください。',
    en: 'Use these instead of a code if you lose your phone. Each works once. They will not be shown again once you leave this screen: print or copy them and keep them somewhere safe and locked.',
  },
  'recovery.listLabel': { ja: 'リカバリーコードの一覧', en: 'List of recovery codes' },
  'recovery.print': { ja: '印刷', en: 'Print' },
  'recovery.continue': { ja: '保管しました。続ける', en: 'I have stored them — continue' },

  'account.title': { ja: 'アカウント', en: 'Account' },
  'account.profile': { ja: '利用者情報', en: 'Profile' },
  'account.privilege': { ja: '権限', en: 'Privileges' },
  'account.noPrivilege': { ja: '一般 (組織ごとの役割に従います)', en: 'Standard (per-organisation roles apply)' },
  'account.lastLogin': { ja: '最終ログイン', en: 'Last sign-in' },
  'account.signOut': { ja: 'ログアウト', en: 'Sign out' },
  'account.logoutHere': { ja: 'この端末からログアウト', en: 'Sign out on this device' },
  'account.logoutAll': { ja: 'すべての端末からログアウト', en: 'Sign out everywhere' },
  'account.logoutAllTitle': { ja: 'すべての端末からログアウトしますか?', en: 'Sign out everywhere?' },
  'account.logoutAllConfirm': {
    ja: 'この端末を含め、あなたのアカウントでログインしているすべての端末からログアウトします。',
    en: 'Every device signed in with your account, including this one, will be signed out.',
  },
  'account.logoutAllExplain': {
    ja: '端末の紛失や、パスワードを知られた心配があるときは「すべての端末からログアウト」を使い、パスワードを変更してください。',
    en: 'If a device was lost or your password may be known to someone, sign out everywhere and change your password.',
  },
} satisfies Dict);
