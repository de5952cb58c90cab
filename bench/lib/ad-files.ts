// A large Active Directory export as a hospital's domain controller writes it: Windows PowerShell 5.1
// on ja-JP, `Get-ADUser -Filter * -Properties … | Select … | Export-Csv -Encoding Unicode` (UTF-16LE
// with BOM, the #TYPE line, every cell quoted, CRLF), the columns of the PS51_JA test fixture, MemberOf
// joined with ';'. People in departments with Japanese names (old kanji in some), some disabled and
// some dormant, computers ending in $, service, shared and built-in accounts, FILETIME integers next to
// ja-JP dates of the same instant. And personnel's leavers list (CP932 CSV) naming some of the people.
// Deterministic: the same n gives the same files.
import iconv from 'iconv-lite';

/** The export's "now": dates are spread before it (the run's own clock decides what is dormant). */
const REF = Date.UTC(2026, 11, 1, 0, 0, 0);
const DAY = 86_400_000;
const DC = 'DC=byoin,DC=local';

/** "佐藤:sato 鈴木:suzuki …" as [kanji, romaji] pairs */
const pairs = (text: string): [string, string][] => text.split(' ').map((p) => p.split(':') as [string, string]);

/** kanji:romaji, old and variant kanji among them (髙橋, 渡邊, 齋藤, 山﨑, 櫻井) */
const SURNAMES = pairs(
  '佐藤:sato 鈴木:suzuki 高橋:takahashi 髙橋:takahashi 田中:tanaka 伊藤:ito 渡辺:watanabe 渡邊:watanabe 山本:yamamoto ' +
    '中村:nakamura 小林:kobayashi 加藤:kato 吉田:yoshida 山田:yamada 佐々木:sasaki 山口:yamaguchi 松本:matsumoto 井上:inoue ' +
    '木村:kimura 林:hayashi 斎藤:saito 齋藤:saito 清水:shimizu 山崎:yamazaki 山﨑:yamazaki 森:mori 池田:ikeda ' +
    '橋本:hashimoto 阿部:abe 石川:ishikawa 山下:yamashita 中島:nakajima 石井:ishii 小川:ogawa 前田:maeda 岡田:okada ' +
    '長谷川:hasegawa 藤田:fujita 後藤:goto 近藤:kondo 村上:murakami 遠藤:endo 青木:aoki 坂本:sakamoto 斉藤:saito 福田:fukuda ' +
    '太田:ota 西村:nishimura 藤井:fujii 金子:kaneko 岡本:okamoto 藤原:fujiwara 中野:nakano 三浦:miura 原田:harada ' +
    '松田:matsuda 竹内:takeuchi 小野:ono 田村:tamura 中川:nakagawa 和田:wada 石田:ishida 森田:morita 上田:ueda 原:hara ' +
    '柴田:shibata 酒井:sakai 工藤:kudo 横山:yokoyama 宮崎:miyazaki 宮本:miyamoto 内田:uchida 高木:takagi 安藤:ando ' +
    '島田:shimada 谷口:taniguchi 大野:ono 丸山:maruyama 今井:imai 河野:kono 藤本:fujimoto 村田:murata 武田:takeda 上野:ueno ' +
    '杉山:sugiyama 増田:masuda 小山:koyama 大塚:otsuka 平野:hirano 菅原:sugawara 久保:kubo 松井:matsui 千葉:chiba ' +
    '岩崎:iwasaki 桜井:sakurai 櫻井:sakurai 野口:noguchi 松尾:matsuo 菊地:kikuchi 野村:nomura',
);

const GIVEN = pairs(
  '一郎:ichiro 太郎:taro 健:ken 誠:makoto 大輔:daisuke 翔太:shota 拓也:takuya 直樹:naoki 和也:kazuya 健太:kenta 浩:hiroshi ' +
    '隆:takashi 修:osamu 剛:tsuyoshi 大樹:daiki 亮:ryo 悠斗:yuto 蓮:ren 陽翔:haruto 湊:minato 恵:megumi 惠子:keiko ' +
    '花子:hanako 陽子:yoko 裕子:yuko 美香:mika 由美:yumi 真由美:mayumi 久美子:kumiko 智子:tomoko 直美:naomi 明美:akemi ' +
    '幸子:sachiko さくら:sakura あゆみ:ayumi 美咲:misaki 彩:aya 愛:ai 結衣:yui 陽菜:hina 葵:aoi 凛:rin 芽依:mei 美穂:miho ' +
    '麻衣:mai 千尋:chihiro 舞:mai 瞳:hitomi 真理:mari 香織:kaori 綾香:ayaka 友美:tomomi 沙織:saori 奈々:nana 雅人:masato ' +
    '正樹:masaki 康弘:yasuhiro 秀樹:hideki 俊介:shunsuke 龍之介:ryunosuke',
);

/** [department, OU, titles that work there] */
const DEPARTMENTS: [string, string, string[]][] = [
  ['内科', '医局', ['医師', '研修医']],
  ['外科', '医局', ['医師', '研修医']],
  ['整形外科', '医局', ['医師']],
  ['小児科', '医局', ['医師']],
  ['産婦人科', '医局', ['医師', '助産師']],
  ['眼科', '医局', ['医師', '視能訓練士']],
  ['麻酔科', '医局', ['医師']],
  ['救急科', '医局', ['医師', '救急救命士']],
  ['看護部', '看護部', ['看護師', '看護師', '看護師', '准看護師', '看護助手', '看護師長', '主任看護師']],
  ['手術部', '看護部', ['看護師', '臨床工学技士']],
  ['放射線科', '診療技術部', ['診療放射線技師']],
  ['検査部', '診療技術部', ['臨床検査技師']],
  ['薬剤部', '診療技術部', ['薬剤師']],
  ['ﾘﾊﾋﾞﾘﾃｰｼｮﾝ科', '診療技術部', ['理学療法士', '作業療法士', '言語聴覚士']],
  ['栄養科', '診療技術部', ['管理栄養士', '調理師']],
  ['医事課', '事務部', ['医療事務', '事務員']],
  ['総務課', '事務部', ['事務員', '課長']],
  ['地域連携室', '事務部', ['医療ソーシャルワーカー', '事務員']],
  ['情報システム課', '事務部', ['システムエンジニア', '事務員']],
];

const GROUP = (cn: string, ou = 'OU=Groups') => `CN=${cn},${ou},${DC}`;
const ADMINS = GROUP('Domain Admins', 'CN=Users');
const REMOTE = GROUP('Remote Desktop Users', 'CN=Builtin');
const PC_PREFIXES = ['KARTE-PC', 'NS-PC', 'GAIRAI-PC', 'JIMU-PC', 'KENSA-PC', 'PACS-WS', 'YAKU-PC'];
const SHARED = ['電子カルテ共用', '外来受付共用', '病棟ナースステーション共用', '当直医共用', '検査部共用', '夜間受付共用'];

/** mulberry32: a small seeded generator, so that the same n gives the same file. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');
/** ja-JP as .NET renders a DateTime in Japan: 2026/11/30 8:12:45 (the hour unpadded). */
function jaDate(ms: number): string {
  const d = new Date(ms + 9 * 3_600_000);
  return `${d.getUTCFullYear()}/${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())} ${d.getUTCHours()}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}
/** FILETIME: 100-ns ticks since 1601-01-01 UTC. */
const filetime = (ms: number) => String((BigInt(Math.round(ms)) + 11_644_473_600_000n) * 10_000n);
const NEVER_EXPIRES = '9223372036854775807';

export const AD_HEADERS = [
  'DistinguishedName',
  'Enabled',
  'GivenName',
  'Name',
  'ObjectClass',
  'SamAccountName',
  'Surname',
  'UserPrincipalName',
  'DisplayName',
  'Department',
  'Title',
  'Description',
  'employeeID',
  'whenCreated',
  'LastLogonDate',
  'lastLogonTimestamp',
  'PasswordLastSet',
  'pwdLastSet',
  'PasswordNeverExpires',
  'AccountExpirationDate',
  'accountExpires',
  'MemberOf',
] as const;
type Row = Record<(typeof AD_HEADERS)[number], string>;

/** A person in the export (for the leavers list): their ID, name and 職員番号, and whether AD has them enabled. */
export interface AdPerson {
  id: string;
  surname: string;
  given: string;
  employeeId: string;
  enabled: boolean;
}

export interface AdExport {
  rows: Row[];
  people: AdPerson[];
  counts: { people: number; disabled: number; computers: number; service: number; shared: number; builtin: number; admins: number };
}

interface Times {
  created: number;
  logon: number | null;
  pwd: number | null;
  expires: number | null;
}

function timesOf(rand: () => number, enabled: boolean): Times {
  const created = REF - Math.floor((30 + rand() * 14 * 365) * DAY) - Math.floor(rand() * DAY);
  const r = rand();
  // most used in the last two weeks (lastLogonTimestamp lags up to 14 days); some dormant; some never
  const logon =
    r < 0.03 ? null : r < (enabled ? 0.12 : 0.6) ? REF - Math.floor((91 + rand() * 800) * DAY) : REF - Math.floor(rand() * 14 * DAY);
  const pwd = rand() < 0.01 ? null : Math.max(created, REF - Math.floor(rand() * 400 * DAY));
  const expires = rand() < 0.04 ? REF + Math.floor((rand() - 0.3) * 365) * DAY : null;
  return { created, logon: logon === null ? null : Math.max(created, logon), pwd, expires };
}

function dateCells(
  t: Times,
  neverExpires = false,
): Pick<
  Row,
  'whenCreated' | 'LastLogonDate' | 'lastLogonTimestamp' | 'PasswordLastSet' | 'pwdLastSet' | 'AccountExpirationDate' | 'accountExpires'
> {
  return {
    whenCreated: jaDate(t.created),
    LastLogonDate: t.logon === null ? '' : jaDate(t.logon),
    lastLogonTimestamp: t.logon === null ? '' : filetime(t.logon),
    PasswordLastSet: t.pwd === null ? '' : jaDate(t.pwd),
    pwdLastSet: t.pwd === null ? '0' : filetime(t.pwd),
    AccountExpirationDate: t.expires === null ? '' : jaDate(t.expires),
    accountExpires: t.expires === null ? (neverExpires ? NEVER_EXPIRES : '0') : filetime(t.expires),
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

function personRow(rand: () => number, i: number, ids: Map<string, number>): { row: Row; person: AdPerson; admin: boolean } {
  const [surname, sRoman] = pick(rand, SURNAMES);
  const [given, gRoman] = pick(rand, GIVEN);
  const [department, ou, titles] = pick(rand, DEPARTMENTS);
  const title = pick(rand, titles);
  const base = `${sRoman}.${gRoman[0]}`;
  const seen = (ids.get(base) ?? 0) + 1;
  ids.set(base, seen);
  const id = seen === 1 ? base : `${base}${seen}`;
  const enabled = rand() > 0.12;
  const t = timesOf(rand, enabled);
  const name = `${surname} ${given}`;
  const admin = department === '情報システム課' && rand() < 0.3;
  const groups = [GROUP('Karte Users'), GROUP(`${ou}`)];
  if (title === '医師' || title === '研修医') groups.push(GROUP('Order Entry'));
  if (rand() < 0.02 || (admin && rand() < 0.5)) groups.push(REMOTE);
  if (admin) groups.push(ADMINS);
  const employeeId = String(100_000 + i);
  const leftNote = !enabled && rand() < 0.5 ? `退職 ${jaDate(t.logon ?? t.created).slice(0, 10)}` : '';
  const row: Row = {
    DistinguishedName: `CN=${name},OU=${department},OU=${ou},${DC}`,
    Enabled: enabled ? 'True' : 'False',
    GivenName: given,
    Name: name,
    ObjectClass: 'user',
    SamAccountName: id,
    Surname: surname,
    UserPrincipalName: `${id}@byoin.local`,
    DisplayName: name,
    Department: department,
    Title: title,
    Description: leftNote || (rand() < 0.05 ? '非常勤' : ''),
    // some people never got their 職員番号 entered (委託・派遣)
    employeeID: rand() < 0.04 ? '' : employeeId,
    ...dateCells(t, rand() < 0.5),
    PasswordNeverExpires: rand() < 0.03 ? 'True' : 'False',
    // a user with no group beyond the primary one (Domain Users) has an empty memberOf
    MemberOf: rand() < 0.08 ? '' : groups.join(';'),
  };
  return { row, person: { id, surname, given, employeeId: row.employeeID, enabled }, admin };
}

function computerRow(rand: () => number, i: number): Row {
  const name = `${PC_PREFIXES[i % PC_PREFIXES.length]}${String(i).padStart(4, '0')}`;
  const t = timesOf(rand, true);
  return {
    DistinguishedName: `CN=${name},OU=端末,${DC}`,
    Enabled: rand() < 0.05 ? 'False' : 'True',
    GivenName: '',
    Name: name,
    ObjectClass: 'computer',
    SamAccountName: `${name}$`,
    Surname: '',
    UserPrincipalName: '',
    DisplayName: '',
    Department: '',
    Title: '',
    Description: '',
    employeeID: '',
    ...dateCells({ ...t, expires: null }),
    PasswordNeverExpires: 'False',
    MemberOf: '',
  };
}

function otherRow(
  rand: () => number,
  id: string,
  name: string,
  description: string,
  opts: { ou: string; enabled?: boolean; admin?: boolean },
): Row {
  const t = timesOf(rand, opts.enabled !== false);
  return {
    DistinguishedName: `CN=${name},${opts.ou},${DC}`,
    Enabled: opts.enabled === false ? 'False' : 'True',
    GivenName: '',
    Name: name,
    ObjectClass: 'user',
    SamAccountName: id,
    Surname: '',
    UserPrincipalName: '',
    DisplayName: name,
    Department: opts.ou.startsWith('OU=共用') ? '外来' : '情報システム',
    Title: '',
    Description: description,
    employeeID: '',
    ...dateCells({ ...t, expires: null }),
    PasswordNeverExpires: 'True',
    MemberOf: opts.admin ? [ADMINS, GROUP('Administrators', 'CN=Builtin')].join(';') : opts.ou === 'CN=Users' ? '' : GROUP('Karte Users'),
  };
}

/** n accounts: about 90 % people, 8 % computers, the rest service, shared and built-in accounts. */
export function adExport(n: number): AdExport {
  const rand = prng(0x5eed_ad01 ^ n);
  const rows: Row[] = [];
  const people: AdPerson[] = [];
  const ids = new Map<string, number>();
  const counts = { people: 0, disabled: 0, computers: 0, service: 0, shared: 0, builtin: 0, admins: 0 };
  const builtin: [string, string, boolean][] = [
    ['Administrator', 'ドメインの管理用 (ビルトイン)', true],
    ['Guest', 'ゲスト (ビルトイン)', false],
    ['krbtgt', 'Key Distribution Center Service Account', false],
  ];
  for (const [id, description, enabled] of builtin.slice(0, n)) {
    rows.push(otherRow(rand, id, id, description, { ou: 'CN=Users', enabled, admin: id === 'Administrator' }));
    counts.builtin++;
  }
  for (let i = rows.length; i < n; i++) {
    const r = rand();
    if (r < 0.08) {
      rows.push(computerRow(rand, i));
      counts.computers++;
    } else if (r < 0.085) {
      const id = `svc-${pick(rand, ['backup', 'pacs', 'karte', 'lis', 'ris', 'print', 'sql', 'av'])}${String(i).padStart(5, '0')}`;
      rows.push(otherRow(rand, id, id, 'サービスアカウント', { ou: 'OU=Service', admin: rand() < 0.2 }));
      counts.service++;
    } else if (r < 0.087) {
      const name = `${pick(rand, SHARED)}${String(i).padStart(5, '0')}`;
      rows.push(otherRow(rand, `kyoyo-${String(i).padStart(5, '0')}`, name, '共用アカウント', { ou: 'OU=共用' }));
      counts.shared++;
    } else {
      const { row, person, admin } = personRow(rand, i, ids);
      rows.push(row);
      people.push(person);
      counts.people++;
      if (!person.enabled) counts.disabled++;
      if (admin) counts.admins++;
    }
  }
  return { rows, people, counts };
}

const quoted = (v: string) => `"${v.replaceAll('"', '""')}"`;

/** As `Export-Csv -Encoding Unicode` writes it: BOM, #TYPE line, quoted header and rows, CRLF. */
export function adExportFile(rows: Row[]): Buffer {
  const lines = ['#TYPE Microsoft.ActiveDirectory.Management.ADUser', AD_HEADERS.map(quoted).join(',')];
  for (const r of rows) lines.push(AD_HEADERS.map((h) => quoted(r[h])).join(','));
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf16le')]);
}

const WAREKI = (y: number, m: number, d: number) => `令和${y - 2018}年${m}月${d}日`;

/** Personnel's 退職者一覧 as Excel in Japan saves it (CP932): `count` people of the export, some still enabled in AD. */
export function leaversCsv(people: AdPerson[], count: number): { bytes: Buffer; rows: number; stillEnabled: number } {
  const rand = prng(0x1ea7_e125 ^ count);
  const withId = people.filter((p) => p.employeeId);
  // disabled people first (most leavers are), then enabled ones: the accounts left behind
  const disabled = withId.filter((p) => !p.enabled);
  const enabled = withId.filter((p) => p.enabled);
  const chosen = [...disabled.slice(0, Math.floor(count * 0.7)), ...enabled.filter((_, i) => i % 7 === 3)].slice(0, count);
  const lines = ['職員番号,氏名,退職日'];
  let stillEnabled = 0;
  for (const p of chosen) {
    // leave dates over the last two fiscal years, and some still to come
    const left = new Date(REF - Math.floor((rand() * 700 - 90) * DAY));
    const [y, m, d] = [left.getUTCFullYear(), left.getUTCMonth() + 1, left.getUTCDate()];
    const date = rand() < 0.4 ? WAREKI(y, m, d) : `${y}/${m}/${d}`;
    const sep = rand() < 0.5 ? '\u3000' : ' ';
    lines.push(`${p.employeeId},${p.surname}${sep}${p.given},${date}`);
    if (p.enabled && left.getTime() < REF) stillEnabled++;
  }
  return { bytes: iconv.encode(`${lines.join('\r\n')}\r\n`, 'cp932'), rows: chosen.length, stillEnabled };
}
