// mamori vendor list --org SLUG [--json]; mamori vendor create --org SLUG --name NAME [--system NAME [--kind KIND]] [--note TEXT] [--json]
// The 事業者 ledger: the vendors with the systems they provide, and registering one.
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print, table } from '../output.ts';

interface VendorLine {
  id: string;
  name: string;
  status: string;
  systems: { name: string; remoteMaintenance: string; advice: string[] }[];
}

const STATUS: Record<string, string> = { active: '取引中', ended: '取引終了' };
const REMOTE: Record<string, string> = { yes: 'あり', no: 'なし', unknown: '未確認' };

export async function vendorListCommand(values: CliValues): Promise<number> {
  if (!values.org) {
    process.stderr.write('使い方: mamori vendor list --org SLUG [--json]\n');
    return 2;
  }
  const vendors = (await runOperation(configFrom(values), 'vendor.list', { org: values.org })) as VendorLine[];
  print(values.json, vendors, () =>
    vendors.length === 0
      ? '事業者はまだ登録されていません。'
      : table(
          vendors.map((v) => ({
            name: v.name,
            status: STATUS[v.status] ?? v.status,
            systems:
              v.systems.map((s) => `${s.name} (リモート保守 ${REMOTE[s.remoteMaintenance] ?? s.remoteMaintenance})`).join('、') || '-',
            advice: v.systems.reduce((n, s) => n + s.advice.length, 0),
            id: v.id,
          })),
          ['name', 'status', 'systems', 'advice', 'id'],
        ),
  );
  return 0;
}

export async function vendorCreateCommand(values: CliValues): Promise<number> {
  if (!values.org || !values.name) {
    process.stderr.write('使い方: mamori vendor create --org SLUG --name NAME [--system NAME [--kind KIND]] [--note TEXT] [--json]\n');
    return 2;
  }
  const vendor = (await runOperation(configFrom(values), 'vendor.create', {
    org: values.org,
    name: values.name,
    note: values.note,
    system: values.system,
    kind: values.kind,
  })) as VendorLine;
  const systems = vendor.systems.map((s) => s.name).join('、');
  print(values.json, vendor, () => `事業者 ${vendor.name} を登録しました${systems ? ` (システム: ${systems})` : ''}。id: ${vendor.id}`);
  return 0;
}

interface InvitationAnswer {
  invitation: { id: string; fiscalYear: number; expiresAt: string; systems: { name: string }[]; personName: string };
  link: string;
}

/** mamori vendor invite --org SLUG --vendor NAME --fiscal-year YYYY [--system NAME] [--expires 30d] [--json]: prints the link (once). */
export async function vendorInviteCommand(values: CliValues): Promise<number> {
  if (!values.org || !values.vendor || !values['fiscal-year']) {
    process.stderr.write(
      '使い方: mamori vendor invite --org SLUG --vendor NAME --fiscal-year YYYY [--system NAME] [--expires 30d] [--person NAME] [--email ADDRESS] [--json]\n',
    );
    return 2;
  }
  const answer = (await runOperation(configFrom(values), 'vendor.invite', {
    org: values.org,
    vendor: values.vendor,
    fiscalYear: values['fiscal-year'],
    system: values.system,
    expires: values.expires,
    person: values.person,
    email: values.email,
  })) as InvitationAnswer & { mail: { to: string; sent: boolean; error: string | null } | null };
  const i = answer.invitation;
  print(values.json, answer, () =>
    [
      `事業者を招待しました (${i.fiscalYear} 年度${i.systems.length ? `、${i.systems.map((s) => s.name).join('、')}` : ''})。招待 id: ${i.id}`,
      `有効期限: ${i.expiresAt}`,
      'このリンクを事業者の担当者に渡してください (この一度しか表示されません):',
      answer.link,
      ...(answer.mail?.sent ? [`${answer.mail.to} にメールで送りました。`] : []),
      ...(answer.mail && !answer.mail.sent && answer.mail.error ? [`メールを送れませんでした: ${answer.mail.error}`] : []),
    ].join('\n'),
  );
  return 0;
}

/** mamori vendor revoke --org SLUG --invitation ID */
export async function vendorRevokeCommand(values: CliValues): Promise<number> {
  if (!values.org || !values.invitation) {
    process.stderr.write('使い方: mamori vendor revoke --org SLUG --invitation ID [--json]\n');
    return 2;
  }
  const revoked = (await runOperation(configFrom(values), 'vendor.revoke', { org: values.org, invitation: values.invitation })) as {
    id: string;
  };
  print(values.json, revoked, () => `招待 ${revoked.id} を取り消しました。リンクはもう使えません。`);
  return 0;
}

/** mamori vendor remind --org SLUG [--every DAYS] [--json]: e-mails every invitation due a reminder (for a daily cron job). */
export async function vendorRemindCommand(values: CliValues): Promise<number> {
  if (!values.org) {
    process.stderr.write('使い方: mamori vendor remind --org SLUG [--every DAYS] [--json]\n');
    return 2;
  }
  const every = values.every === undefined ? 7 : Number(values.every);
  if (!Number.isInteger(every) || every < 1 || every > 365) {
    process.stderr.write('--every は 1 から 365 までの日数です。\n');
    return 2;
  }
  const r = (await runOperation(configFrom(values), 'vendor.remind', { org: values.org, every })) as {
    sent: { invitationId: string; to: string; sent: boolean; error: string | null }[];
    skipped: { invitationId: string; reason: string }[];
  };
  print(values.json, r, () =>
    [
      `催促メール: ${r.sent.filter((s) => s.sent).length} 通を送りました。`,
      ...r.sent.filter((s) => !s.sent).map((s) => `  送れなかった: ${s.to} (${s.error ?? '送信先が設定されていません'})`),
      ...r.skipped.map((s) => `  送らなかった: 招待 ${s.invitationId} — ${s.reason}`),
    ].join('\n'),
  );
  return r.sent.some((s) => !s.sent) ? 1 : 0;
}
