// The 利用者台帳 from the command line:
// mamori import accounts FILE --org SLUG --system NAME [--create-system] [--format ad|csv|xlsx] [--encoding auto|utf8|cp932]
//   [--sheet NAME] [--dry-run] [--skip-invalid] [--json]: an Active Directory export (Get-ADUser … | Export-Csv) or the
//   system's own user list (its remembered column mapping) into a system, all or nothing (exit 1 and nothing written
//   when a row has a problem), or with --skip-invalid the readable rows, the others named.
// mamori import leavers FILE --org SLUG [--format csv|xlsx] [--encoding …] [--sheet NAME] [--dry-run] [--json]:
//   personnel's leavers list, all or nothing; prints the accounts still enabled after the leave date.
// mamori import logons FILE --org SLUG --system NAME [--utc-offset +09:00] [--json]: Windows logon events
//   read as a stream and summarised per account (the events are not kept), with the findings.
// mamori accounts --org SLUG [--system NAME] [--filter leavers|dormant|admins|shared|nomfa] [--json]
import fs from 'node:fs';
import path from 'node:path';
import { accountStatusLabels } from '../../domain/accounts/account.ts';
import { ACCOUNT_FILTERS, isAccountFilter } from '../../domain/accounts/account-filters.ts';
import type { AccountFact } from '../../domain/accounts/facts.ts';
import { jstText } from '../../domain/logons/events.ts';
import type { AccountImportReport } from '../../server/features/accounts/import-accounts.ts';
import type { LeaverImportReport } from '../../server/features/accounts/import-leavers.ts';
import type { importLogonsAs } from '../../server/features/accounts/logons.service.ts';
import { AppError } from '../../server/lib/errors.ts';
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print, table } from '../output.ts';

type Problem = { row: number; column: string | null; message: string };
type AccountsAnswer = AccountImportReport & {
  system: { id: string | null; name: string; source: string; registered: 'existing' | 'created' | 'to-create' };
};

const problemLines = (rows: Problem[]) => rows.map((r) => `  ${r.row} 行目${r.column ? ` [${r.column}]` : ''}: ${r.message}`);
const headline = (dryRun: boolean, stored: boolean) =>
  dryRun ? '取り込んだ場合 (まだ書き込んでいません)' : stored ? '取り込みました' : '登録済みの内容と同じです (書き込むものはありません)';
const summaryLine = (s: { create: number; update: number; unchanged: number; notInFile: number }) =>
  `作成 ${s.create} / 更新 ${s.update} / 変更なし ${s.unchanged} / ファイルにない ${s.notInFile}`;

/** The file as the operation takes it (the bytes travel as base64, as for `import devices`). */
function fileArgs(file: string) {
  const bytes = fs.readFileSync(path.resolve(file));
  return { fileName: path.basename(file), base64: bytes.toString('base64') };
}

/** Runs an all-or-nothing import; a refusal is printed with its rows (exit 1). */
async function runImport<T>(values: CliValues, operation: string, args: Record<string, unknown>): Promise<T | number> {
  try {
    return (await runOperation(configFrom(values), operation, args)) as T;
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'IMPORT_ROWS_INVALID') throw err;
    const rejected = (err.details?.rejected ?? []) as Problem[];
    print(values.json, { stored: false, error: err.message, rejected }, () => [err.message, ...problemLines(rejected)].join('\n'));
    return 1;
  }
}

export async function importAccountsCommand(values: CliValues, positionals: string[] = []): Promise<number> {
  const file = positionals[0];
  if (!file || !values.org || !values.system) {
    process.stderr.write(
      '使い方: mamori import accounts FILE --org SLUG --system NAME [--create-system] [--format ad|csv|xlsx] [--encoding auto|utf8|cp932] [--sheet NAME] [--dry-run] [--skip-invalid] [--json]\n',
    );
    return 2;
  }
  const dryRun = values['dry-run'];
  const args = {
    org: values.org,
    system: values.system,
    createSystem: values['create-system'],
    ...fileArgs(file),
    encoding: values.encoding ?? 'auto',
    format: values.format,
    sheet: values.sheet,
    dryRun,
    skipInvalid: values['skip-invalid'],
  };
  const r = await runImport<AccountsAnswer>(values, 'accounts.import', args);
  if (typeof r === 'number') return r;
  const k = r.kinds as Record<string, number>;
  print(values.json, r, () =>
    [
      ...(r.system.registered === 'created'
        ? [
            `システム「${r.system.name}」を${r.system.source === 'list' ? '利用者一覧から取り込む' : ' Active Directory の'}システムとして登録しました。`,
          ]
        : []),
      ...(r.system.registered === 'to-create' ? [`システム「${r.system.name}」はまだありません (取り込むときに登録します)。`] : []),
      `${headline(dryRun, r.stored)}: ${summaryLine(r.summary)}`,
      `  システム「${r.system.name}」、文字コード ${r.encoding ?? '-'}、ファイルの内訳: 個人 ${k.person ?? 0}、コンピューター ${k.computer ?? 0}、サービス ${k.service ?? 0}、ビルトイン ${k.builtin ?? 0}`,
      ...r.notices.map((n) => `  注意: ${n}`),
      ...(r.problems.length && r.skipped ? [`問題のある ${r.skipped} 行を除きました (--skip-invalid):`, ...problemLines(r.problems)] : []),
      ...(r.problems.length && !r.skipped ? ['次の問題を直すまで取り込めません:', ...problemLines(r.problems)] : []),
    ].join('\n'),
  );
  return r.problems.length && !r.skipped ? 1 : 0;
}

const BY: Record<string, string> = { employeeId: '職員番号', name: '氏名のみ・要確認' };

export async function importLeaversCommand(values: CliValues, positionals: string[] = []): Promise<number> {
  const file = positionals[0];
  if (!file || !values.org) {
    process.stderr.write(
      '使い方: mamori import leavers FILE --org SLUG [--format csv|xlsx] [--encoding auto|utf8|cp932] [--sheet NAME] [--dry-run] [--json]\n',
    );
    return 2;
  }
  const dryRun = values['dry-run'];
  const args = {
    org: values.org,
    ...fileArgs(file),
    format: values.format,
    encoding: values.encoding ?? 'auto',
    sheet: values.sheet,
    dryRun,
  };
  const r = await runImport<LeaverImportReport>(values, 'leavers.import', args);
  if (typeof r === 'number') return r;
  const m = r.matches;
  print(values.json, r, () =>
    [
      `${headline(dryRun, r.stored)}: ${summaryLine(r.summary)}`,
      `  退職者一覧、文字コード ${r.encoding ?? '-'}; 利用者台帳との照合: 職員番号で ${m.byEmployeeId} 件、氏名のみで ${m.byName} 件`,
      m.stillEnabledCount
        ? `退職日を過ぎても有効なアカウント ${m.stillEnabledCount} 件${m.stillEnabledCount > m.stillEnabled.length ? ` (最初の ${m.stillEnabled.length} 件)` : ''}:`
        : '退職日を過ぎても有効なアカウントはありません。',
      ...m.stillEnabled.map((s) => `  ${s.accountId} — ${s.system}: ${s.leaver} (${s.leftOn} 退職、${BY[s.by] ?? s.by})`),
      ...(r.problems.length ? ['次の問題を直すまで取り込めません:', ...problemLines(r.problems)] : []),
    ].join('\n'),
  );
  return r.problems.length ? 1 : 0;
}

type LogonsAnswer = Awaited<ReturnType<typeof importLogonsAs>> & { system: { name: string } };

const SEVERITY: Record<string, string> = { critical: '重大', high: '高', medium: '中', info: '情報' };

export async function importLogonsCommand(values: CliValues, positionals: string[] = []): Promise<number> {
  const file = positionals[0];
  if (!file || !values.org || !values.system) {
    process.stderr.write('使い方: mamori import logons FILE --org SLUG --system NAME [--utc-offset +09:00] [--json]\n');
    return 2;
  }
  const args = { org: values.org, system: values.system, path: path.resolve(file), utcOffset: values['utc-offset'] };
  const r = (await runOperation(configFrom(values), 'logons.import', args)) as LogonsAnswer;
  const when = (iso: string | null) => (iso ? jstText(iso) : '-');
  print(values.json, r, () =>
    [
      `読み込みました: システム「${r.system.name}」、${r.formatLabel}、文字コード ${r.encoding}`,
      `  ログオンのイベント ${r.events} 件 (${when(r.periodFrom)} 〜 ${when(r.periodTo)})、対象外のイベント ${r.ignored} 件、読めない行 ${r.malformed} 件`,
      ...r.problems.map((p) => `  ${p.line} 行目: ${p.message}`),
      ...(r.zoneDoubts
        ? [
            `  注意: ${r.zoneDoubts} 件の時刻が記録の UTC と合いません${r.suggestedOffset ? ` (--utc-offset ${r.suggestedOffset} で読み直してください)` : ''}`,
          ]
        : []),
      `アカウント ${r.summary.accounts.length} 件、失敗の集中 ${r.summary.bursts.length} 件`,
      ...(r.findings.length
        ? ['所見:', ...r.findings.map((f) => `  [${SEVERITY[f.severity] ?? f.severity}] ${f.title}`)]
        : ['所見はありません。']),
    ].join('\n'),
  );
  return 0;
}

const yesNo = (v: boolean | null) => (v === null ? '-' : v ? 'はい' : 'いいえ');

export async function accountsCommand(values: CliValues): Promise<number> {
  const filter = values.filter;
  if (!values.org || (filter !== undefined && !isAccountFilter(filter))) {
    process.stderr.write(`使い方: mamori accounts --org SLUG [--system NAME] [--filter ${ACCOUNT_FILTERS.join('|')}] [--json]\n`);
    return 2;
  }
  const accounts = (await runOperation(configFrom(values), 'accounts.list', {
    org: values.org,
    system: values.system,
    filter,
  })) as AccountFact[];
  print(values.json, accounts, () =>
    accounts.length === 0
      ? '該当するアカウントはありません。'
      : table(
          accounts.map((a) => ({
            システム: a.systemName,
            ID: a.accountId,
            氏名: a.name,
            状態: accountStatusLabels[a.status]?.ja ?? a.status,
            管理者: yesNo(a.isAdmin),
            最終ログオン: a.lastLogonOn ?? '-',
            退職日: a.leftOn ? `${a.leftOn}${a.leaverBy === 'name' ? ' (氏名のみ・要確認)' : ''}` : '-',
          })),
          ['システム', 'ID', '氏名', '状態', '管理者', '最終ログオン', '退職日'],
        ),
  );
  return 0;
}
