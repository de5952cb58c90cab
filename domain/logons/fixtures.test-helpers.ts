// Logon event exports as the real tools write them, for the tests (no licensed real sample of the CSVs
// or of winlogbeat exists; written from the documented formats, DATASOURCES §4.2): Event Viewer's
// 「名前を付けて保存」 CSV on Japanese Windows (BOM, the キーワード header, the sixth description column
// quoted over many lines, newest first), `Get-WinEvent | Export-Csv` from Windows PowerShell 5.1 on
// ja-JP (#TYPE line, 27 columns, the Japanese Message) and from PowerShell 7 on en-US, and winlogbeat 8
// JSON lines (ECS). The descriptions are Windows' own wording, the accounts and addresses invented
// (203.0.113.0/24 and 198.51.100.0/24 are documentation addresses: "outside" in these tests).

const jaLogon = (o: { type: number; user: string; address: string; workstation: string; subject?: string }) =>
  [
    'アカウントが正常にログオンしました。',
    '',
    'サブジェクト:',
    '\tセキュリティ ID:\t\tSYSTEM',
    `\tアカウント名:\t\t${o.subject ?? 'KARTE-SV01$'}`,
    '\tアカウント ドメイン:\t\tBYOIN',
    '\tログオン ID:\t\t0x3E7',
    '',
    'ログオン情報:',
    `\tログオン タイプ:\t\t${o.type}`,
    '\t制限付き管理モード:\tいいえ',
    '\t仮想アカウント:\t\tいいえ',
    '\t昇格されたトークン:\t\tはい',
    '',
    '偽装レベル:\t\t偽装',
    '',
    '新しいログオン:',
    `\tセキュリティ ID:\t\tBYOIN\\${o.user}`,
    `\tアカウント名:\t\t${o.user}`,
    '\tアカウント ドメイン:\t\tBYOIN',
    '\tログオン ID:\t\t0x1A2B3C4',
    '\tリンクされたログオン ID:\t\t0x0',
    '\tネットワーク アカウント名:\t-',
    '\tネットワーク アカウント ドメイン:\t-',
    '\tログオン GUID:\t\t{00000000-0000-0000-0000-000000000000}',
    '',
    'プロセス情報:',
    '\tプロセス ID:\t\t0x2d4',
    '\tプロセス名:\t\tC:\\Windows\\System32\\svchost.exe',
    '',
    'ネットワーク情報:',
    `\tワークステーション名:\t${o.workstation}`,
    `\tソース ネットワーク アドレス:\t${o.address}`,
    '\tソース ポート:\t\t0',
    '',
    '詳細な認証情報:',
    '\tログオン プロセス:\t\tUser32 ',
    '\t認証パッケージ:\tNegotiate',
    '\t移行されたサービス:\t-',
    '\tパッケージ名 (NTLM のみ):\t-',
    '\tキーの長さ:\t\t0',
    '',
    'このイベントは、ログオン セッションが作成されると生成されます。これは、アクセスされたコンピューターで生成されます。',
  ].join('\r\n');

const jaFailure = (o: { user: string; address: string; status: string; subStatus: string }) =>
  [
    'アカウントがログオンに失敗しました。',
    '',
    'サブジェクト:',
    '\tセキュリティ ID:\t\tNULL SID',
    '\tアカウント名:\t\t-',
    '\tアカウント ドメイン:\t\t-',
    '\tログオン ID:\t\t0x0',
    '',
    'ログオン タイプ:\t\t\t3',
    '',
    'ログオンに失敗したアカウント:',
    '\tセキュリティ ID:\t\tNULL SID',
    `\tアカウント名:\t\t${o.user}`,
    '\tアカウント ドメイン:\t\tBYOIN',
    '',
    'エラー情報:',
    '\tエラーの理由:\t\tユーザー名を認識できないか、またはパスワードが間違っています。',
    `\t状態:\t\t\t${o.status}`,
    `\tサブステータス:\t\t${o.subStatus}`,
    '',
    'プロセス情報:',
    '\t呼び出し元プロセス ID:\t0x0',
    '\t呼び出し元プロセス名:\t-',
    '',
    'ネットワーク情報:',
    '\tワークステーション名:\t-',
    `\tソース ネットワーク アドレス:\t${o.address}`,
    '\tソース ポート:\t\t51234',
  ].join('\r\n');

const jaLogoff = (user: string) =>
  [
    'アカウントがログオフしました。',
    '',
    'サブジェクト:',
    `\tセキュリティ ID:\t\tBYOIN\\${user}`,
    `\tアカウント名:\t\t${user}`,
    '\tアカウント ドメイン:\t\tBYOIN',
    '\tログオン ID:\t\t0x1A2B3C4',
    '',
    'ログオン タイプ:\t\t\t10',
  ].join('\r\n');

const jaSessionLogon = (user: string, address: string) =>
  [
    'リモート デスクトップ サービス: セッション ログオンに成功しました:',
    '',
    `ユーザー: BYOIN\\${user}`,
    'セッション ID: 3',
    `ソース ネットワーク アドレス: ${address}`,
  ].join('\r\n');

const jaRdpAuth = (user: string, address: string) =>
  [
    'リモート デスクトップ サービス: ユーザー認証に成功しました:',
    '',
    `ユーザー: ${user}`,
    'ドメイン: BYOIN',
    `ソース ネットワーク アドレス: ${address}`,
  ].join('\r\n');

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Event Viewer → Security → 「すべてのイベントを名前を付けて保存」 → CSV, Japanese Windows Server 2019:
 * UTF-8 with BOM, newest first; 8 records, one of them (4688) not a logon event.
 */
export const VIEWER_JA = `\uFEFF${[
  'キーワード,日付と時刻,ソース,イベント ID,タスクのカテゴリ',
  `成功の監査,2026/11/30 23:40:02,Microsoft-Windows-Security-Auditing,4634,Logoff,${quote(jaLogoff('takahashi.i'))}`,
  `成功の監査,2026/11/30 23:12:45,Microsoft-Windows-Security-Auditing,4624,Logon,${quote(jaLogon({ type: 10, user: 'takahashi.i', address: '203.0.113.50', workstation: 'KARTE-SV01' }))}`,
  `成功の監査,2026/11/30 23:12:44,Microsoft-Windows-Security-Auditing,4688,Process Creation,${quote('新しいプロセスが作成されました。\r\n\r\nプロセス情報:\r\n\tプロセスのコマンド ライン:\t"C:\\Program Files\\App\\app.exe" --mode "a,b"')}`,
  `失敗の監査,2026/11/30 9:05:10,Microsoft-Windows-Security-Auditing,4625,Logon,${quote(jaFailure({ user: 'saito.h', address: '192.168.10.21', status: '0xC000006D', subStatus: '0xC000006A' }))}`,
  `成功の監査,2026/11/30 8:12:45,Microsoft-Windows-Security-Auditing,4624,Logon,${quote(jaLogon({ type: 2, user: 'saito.h', address: '127.0.0.1', workstation: 'KARTE-SV01' }))}`,
  `成功の監査,2026/11/30 8:12:45,Microsoft-Windows-Security-Auditing,4672,Special Logon,${quote('新しいログオンに特権が割り当てられました。\r\n\r\nサブジェクト:\r\n\tセキュリティ ID:\t\tBYOIN\\saito.h\r\n\tアカウント名:\t\tsaito.h\r\n\tアカウント ドメイン:\t\tBYOIN\r\n\tログオン ID:\t\t0x5E1F2\r\n\r\n特権:\t\tSeSecurityPrivilege\r\n\t\t\tSeBackupPrivilege')}`,
  `成功の監査,2026/11/29 18:30:00,Microsoft-Windows-Security-Auditing,4624,Logon,${quote(jaLogon({ type: 3, user: 'yamada.t', address: '192.168.10.35', workstation: 'NS-PC07' }))}`,
  `失敗の監査,2026/11/29 18:29:00,Microsoft-Windows-Security-Auditing,4625,Logon,${quote(jaFailure({ user: 'nosuchuser', address: '203.0.113.77', status: '0xC000006D', subStatus: '0xC0000064' }))}`,
].join('\r\n')}\r\n`;

/** Event Viewer → Microsoft-Windows-TerminalServices-LocalSessionManager/Operational as CSV (レベル header). */
export const VIEWER_JA_LSM = `\uFEFF${[
  'レベル,日付と時刻,ソース,イベント ID,タスクのカテゴリ',
  `情報,2026/11/30 23:12:47,Microsoft-Windows-TerminalServices-LocalSessionManager,21,なし,${quote(jaSessionLogon('takahashi.i', '203.0.113.50'))}`,
  `情報,2026/11/30 8:00:03,Microsoft-Windows-TerminalServices-LocalSessionManager,21,なし,${quote(jaSessionLogon('saito.h', 'ローカル'))}`,
].join('\r\n')}\r\n`;

const WIN_EVENT_COLUMNS = [
  'Message',
  'Id',
  'Version',
  'Qualifiers',
  'Level',
  'Task',
  'Opcode',
  'Keywords',
  'RecordId',
  'ProviderName',
  'ProviderId',
  'LogName',
  'ProcessId',
  'ThreadId',
  'MachineName',
  'UserId',
  'TimeCreated',
  'ActivityId',
  'RelatedActivityId',
  'ContainerLog',
  'MatchedQueryIds',
  'Bookmark',
  'LevelDisplayName',
  'OpcodeDisplayName',
  'TaskDisplayName',
  'KeywordsDisplayNames',
  'Properties',
];

const winEventRow = (o: { message: string; id: number; provider: string; log: string; time: string; record: number; task: string }) =>
  [
    o.message,
    String(o.id),
    '2',
    '',
    '0',
    '12544',
    '0',
    '-9214364837600034816',
    String(o.record),
    o.provider,
    '54849625-5478-4994-a5ba-3e3b0328c30d',
    o.log,
    '696',
    '1236',
    'KARTE-SV01.byoin.local',
    '',
    o.time,
    '',
    '',
    o.log,
    'System.UInt32[]',
    'System.Diagnostics.Eventing.Reader.EventBookmark',
    '情報',
    '情報',
    o.task,
    'System.Collections.ObjectModel.ReadOnlyCollection`1[System.String]',
    'System.Collections.Generic.List`1[System.Diagnostics.Eventing.Reader.EventProperty]',
  ]
    .map(quote)
    .join(',');

const SECURITY = 'Microsoft-Windows-Security-Auditing';

/**
 * `Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4624,4625} | Export-Csv -Encoding UTF8 logons.csv`
 * plus the RemoteConnectionManager log, Windows PowerShell 5.1 on ja-JP (the #TYPE line, ja-JP dates).
 */
export const WINEVENT_JA = [
  '#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord',
  WIN_EVENT_COLUMNS.map(quote).join(','),
  winEventRow({
    message: jaLogon({ type: 10, user: 'Takahashi.I', address: '203.0.113.50', workstation: 'KARTE-SV01' }),
    id: 4624,
    provider: SECURITY,
    log: 'Security',
    time: '2026/11/30 23:12:45',
    record: 1234567,
    task: 'ログオン',
  }),
  winEventRow({
    message: jaFailure({ user: 'saito.h', address: '192.168.10.21', status: '0xC000006D', subStatus: '0xC000006A' }),
    id: 4625,
    provider: SECURITY,
    log: 'Security',
    time: '2026/11/30 9:05:10',
    record: 1234500,
    task: 'ログオン',
  }),
  winEventRow({
    message: jaRdpAuth('takahashi.i', '203.0.113.50'),
    id: 1149,
    provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
    log: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
    time: '2026/11/30 23:12:43',
    record: 812,
    task: 'なし',
  }),
].join('\r\n');

const enFailure = (user: string, address: string) =>
  [
    'An account failed to log on.',
    '',
    'Subject:',
    '\tSecurity ID:\t\tNULL SID',
    '\tAccount Name:\t\t-',
    '\tAccount Domain:\t\t-',
    '\tLogon ID:\t\t0x0',
    '',
    'Logon Type:\t\t\t3',
    '',
    'Account For Which Logon Failed:',
    '\tSecurity ID:\t\tNULL SID',
    `\tAccount Name:\t\t${user}`,
    '\tAccount Domain:\t\tBYOIN',
    '',
    'Failure Information:',
    '\tFailure Reason:\t\tUnknown user name or bad password.',
    '\tStatus:\t\t\t0xC000006D',
    '\tSub Status:\t\t0xC000006A',
    '',
    'Process Information:',
    '\tCaller Process ID:\t0x0',
    '\tCaller Process Name:\t-',
    '',
    'Network Information:',
    '\tWorkstation Name:\tKALI',
    `\tSource Network Address:\t${address}`,
    '\tSource Port:\t\t0',
  ].join('\r\n');

/** `Get-WinEvent … | Select-Object TimeCreated,Id,MachineName,ProviderName,Message | Export-Csv`, PowerShell 7 on en-US. */
export const WINEVENT_EN = [
  '"TimeCreated","Id","MachineName","ProviderName","Message"',
  `"11/30/2026 11:12:45 PM","4625","PACS-SV.byoin.local","${SECURITY}",${quote(enFailure('Administrator', '198.51.100.9'))}`,
  `"11/30/2026 8:05:10 AM","4625","PACS-SV.byoin.local","${SECURITY}",${quote(enFailure('administrator', '198.51.100.9'))}`,
].join('\n');

/** winlogbeat 8.x (ECS) JSON lines as written by its file output, one event per line. */
export const WINLOGBEAT = [
  {
    '@timestamp': '2026-11-30T14:12:45.123Z',
    event: { code: '4624', kind: 'event', provider: SECURITY, action: 'logged-in', outcome: 'success', category: ['authentication'] },
    winlog: {
      channel: 'Security',
      event_id: '4624',
      provider_name: SECURITY,
      computer_name: 'KARTE-SV01.byoin.local',
      record_id: '1234567',
      event_data: {
        SubjectUserName: 'KARTE-SV01$',
        SubjectDomainName: 'BYOIN',
        TargetUserName: 'takahashi.i',
        TargetDomainName: 'BYOIN',
        LogonType: '10',
        IpAddress: '203.0.113.50',
        IpPort: '0',
        WorkstationName: 'KARTE-SV01',
        AuthenticationPackageName: 'Negotiate',
      },
      logon: { type: 'RemoteInteractive', id: '0x1a2b3c4' },
    },
    host: { name: 'karte-sv01' },
    source: { ip: '203.0.113.50', port: 0 },
    user: { name: 'takahashi.i', domain: 'BYOIN' },
    ecs: { version: '8.0.0' },
    message: 'An account was successfully logged on.',
  },
  {
    '@timestamp': '2026-11-30T00:05:10.004Z',
    event: { code: '4625', kind: 'event', provider: SECURITY, action: 'logon-failed', outcome: 'failure' },
    winlog: {
      channel: 'Security',
      event_id: 4625,
      provider_name: SECURITY,
      computer_name: 'KARTE-SV01.byoin.local',
      event_data: {
        SubjectUserSid: 'S-1-0-0',
        TargetUserName: 'saito.h',
        TargetDomainName: 'BYOIN',
        Status: '0xc000006d',
        SubStatus: '0xc000006a',
        LogonType: '3',
        IpAddress: '192.168.10.21',
        WorkstationName: '-',
      },
      logon: { type: 'Network', failure: { status: 'This is either due to a bad username or authentication information' } },
    },
    host: { name: 'karte-sv01' },
  },
  {
    '@timestamp': '2026-11-30T14:12:43.500Z',
    event: { code: '1149', provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager' },
    winlog: {
      channel: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
      event_id: '1149',
      provider_name: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
      computer_name: 'KARTE-SV01.byoin.local',
      user: { identifier: 'S-1-5-20', name: 'NETWORK SERVICE', domain: 'NT AUTHORITY' },
      user_data: { Param1: 'takahashi.i', Param2: 'BYOIN', Param3: '203.0.113.50', xml_name: 'EventXML' },
    },
  },
  {
    '@timestamp': '2026-11-30T14:12:47.000Z',
    event: { code: '21', provider: 'Microsoft-Windows-TerminalServices-LocalSessionManager' },
    winlog: {
      channel: 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
      event_id: '21',
      provider_name: 'Microsoft-Windows-TerminalServices-LocalSessionManager',
      computer_name: 'KARTE-SV01.byoin.local',
      user_data: { User: 'BYOIN\\takahashi.i', SessionID: '3', Address: '203.0.113.50', xml_name: 'EventXML' },
    },
  },
  {
    '@timestamp': '2026-11-30T14:12:48.000Z',
    event: { code: '4688', provider: SECURITY },
    winlog: { channel: 'Security', event_id: '4688', provider_name: SECURITY, computer_name: 'KARTE-SV01.byoin.local', event_data: {} },
  },
]
  .map((e) => JSON.stringify(e))
  .join('\n');

/** One NXLog (om_json, im_msvistalog) line in the shape of the OTRF sample: EventData flat, EventTime the collector's local time. */
export function nxlogLine(o: {
  eventId?: number;
  time: string;
  user: string;
  logonType?: number;
  address?: string;
  host?: string;
  status?: string;
  subStatus?: string;
}): string {
  const eventId = o.eventId ?? 4624;
  return JSON.stringify({
    EventTime: o.time,
    EventReceivedTime: o.time,
    Hostname: o.host ?? 'KARTE-SV01.byoin.local',
    SourceName: 'Microsoft-Windows-Security-Auditing',
    Channel: 'Security',
    EventID: eventId,
    EventType: eventId === 4625 ? 'AUDIT_FAILURE' : 'AUDIT_SUCCESS',
    SourceModuleType: 'im_msvistalog',
    TargetUserName: o.user,
    TargetDomainName: 'BYOIN',
    LogonType: String(o.logonType ?? 3),
    IpAddress: o.address ?? '192.168.10.21',
    IpPort: '0',
    WorkstationName: '-',
    ...(o.status ? { Status: o.status, SubStatus: o.subStatus ?? '0x0' } : {}),
  });
}
