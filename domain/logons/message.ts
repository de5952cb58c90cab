// The fields of a logon event read from its rendered description (the `Message` of Get-WinEvent,
// the description column of Event Viewer's CSV, NXLog's `Message`), in Japanese or English:
//
//   新しいログオン:                       New Logon:
//   	アカウント名:		takahashi.i      	Account Name:		takahashi.i
//   ログオン タイプ:		10               	Logon Type:		10
//   	ソース ネットワーク アドレス:	…    	Source Network Address:	…
//
// A line that starts at the margin and ends with a colon opens a section; the indented "name: value"
// lines below it belong to it; a "name: value" line at the margin belongs to no section. Names are
// compared without spaces, NFKC and in lower case. The account is taken from the section that names
// the event's target (新しいログオン / ログオンに失敗したアカウント / 資格情報が使用されたアカウント),
// never from サブジェクト (the process that asked), except for the events whose account *is* the subject.

import { isTerminalServicesId } from './events.ts';

type Section = 'subject' | 'newLogon' | 'failedAccount' | 'credentials' | 'network' | 'failure' | 'additional' | 'other' | '';
type Field = 'name' | 'domain' | 'logonType' | 'address' | 'workstation' | 'status' | 'subStatus' | 'user' | 'userDomain';

/** Names compared as keys; the few hundred a log uses are remembered (a bounded memo: a million descriptions repeat them). */
const keys = new Map<string, string>();
function key(s: string): string {
  let k = keys.get(s);
  if (k === undefined) {
    k = s.normalize('NFKC').replace(/\s/g, '').toLowerCase();
    if (keys.size < 2000) keys.set(s, k);
  }
  return k;
}

const SECTIONS: Record<string, Section> = {
  subject: 'subject',
  サブジェクト: 'subject',
  newlogon: 'newLogon',
  新しいログオン: 'newLogon',
  accountforwhichlogonfailed: 'failedAccount',
  ログオンに失敗したアカウント: 'failedAccount',
  accountwhosecredentialswereused: 'credentials',
  資格情報が使用されたアカウント: 'credentials',
  使用された資格情報のアカウント: 'credentials',
  networkinformation: 'network',
  ネットワーク情報: 'network',
  failureinformation: 'failure',
  エラー情報: 'failure',
  失敗情報: 'failure',
  additionalinformation: 'additional',
  その他の情報: 'additional',
  追加情報: 'additional',
};

const FIELDS: Record<string, Field> = {
  accountname: 'name',
  アカウント名: 'name',
  accountdomain: 'domain',
  アカウントドメイン: 'domain',
  logontype: 'logonType',
  ログオンタイプ: 'logonType',
  sourcenetworkaddress: 'address',
  ソースネットワークアドレス: 'address',
  networkaddress: 'address',
  ネットワークアドレス: 'address',
  clientaddress: 'address',
  クライアントアドレス: 'address',
  workstationname: 'workstation',
  ワークステーション名: 'workstation',
  clientname: 'workstation',
  クライアント名: 'workstation',
  status: 'status',
  状態: 'status',
  ステータス: 'status',
  substatus: 'subStatus',
  サブステータス: 'subStatus',
  サブ状態: 'subStatus',
  user: 'user',
  ユーザー: 'user',
  domain: 'userDomain',
  ドメイン: 'userDomain',
};

export type MessageFields = Partial<Record<Section, Partial<Record<Field, string>>>>;

/** The sections and their known fields (the first value of a name in a section wins). */
export function parseMessage(text: string): MessageFields {
  const out: MessageFields = {};
  let section: Section = '';
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const first = line.charCodeAt(0);
    const indented = first === 9 || first === 32;
    const ascii = line.indexOf(':');
    const wide = line.indexOf('：');
    const colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    if (colon < 0) {
      // a blank line keeps the section; a sentence at the margin ends it
      if (!indented && line.length > 0) section = '';
      continue;
    }
    const name = key(line.slice(0, colon));
    if (!indented) {
      const value = line.slice(colon + 1).trim();
      if (value === '') {
        section = SECTIONS[name] ?? 'other';
        continue;
      }
      section = '';
    }
    const field = FIELDS[name];
    if (!field) continue;
    const bucket = out[section] ?? {};
    out[section] = bucket;
    if (bucket[field] === undefined) bucket[field] = line.slice(colon + 1).trim();
  }
  return out;
}

export interface MessageRead {
  user: string;
  domain: string;
  logonType: string;
  address: string;
  workstation: string;
  status: string;
  subStatus: string;
}

const first = (m: MessageFields, field: Field, order: Section[]): string => {
  for (const s of order) {
    const v = m[s]?.[field];
    if (v !== undefined && v !== '') return v;
  }
  return '';
};

/** The section that names an event's account. */
function accountSection(eventId: number): Section {
  switch (eventId) {
    case 4624:
      return 'newLogon';
    case 4625:
      return 'failedAccount';
    case 4648:
      return 'credentials';
    default:
      return 'subject';
  }
}

/** The full reading: every line into its section (any spacing or width of the names). */
export function readMessageFully(eventId: number, text: string): MessageRead {
  const m = parseMessage(text);
  const everywhere: Section[] = ['', 'newLogon', 'failedAccount', 'credentials', 'network', 'failure', 'additional', 'subject', 'other'];
  let user = '';
  let domain = '';
  if (isTerminalServicesId(eventId)) {
    // TerminalServices: "User: DOMAIN\user" (LocalSessionManager) or "User: user" + "Domain: DOMAIN" (1149)
    user = first(m, 'user', ['']);
    domain = first(m, 'userDomain', ['']);
  } else {
    const own = accountSection(eventId);
    const target = m[own];
    user = target?.name ?? '';
    domain = target?.domain ?? '';
  }
  return {
    user,
    domain,
    logonType: first(m, 'logonType', everywhere),
    address: first(m, 'address', ['network', 'additional', '', 'other']),
    workstation: first(m, 'workstation', ['network', 'additional', '', 'other']),
    status: first(m, 'status', ['failure', '', 'other']),
    subStatus: first(m, 'subStatus', ['failure', '', 'other']),
  };
}

// ---- the quick reading ---------------------------------------------------------------------------
// A million descriptions are read by looking up the few names needed, as Windows writes them, rather
// than splitting every line; when a description does not have them so (another spacing, a section
// not found) the full reading above decides.

const LABELS: Record<Field, string[]> = {
  name: ['アカウント名', 'Account Name'],
  domain: ['アカウント ドメイン', 'Account Domain'],
  logonType: ['ログオン タイプ', 'Logon Type'],
  address: [
    'ソース ネットワーク アドレス',
    'Source Network Address',
    'ネットワーク アドレス',
    'Network Address',
    'クライアント アドレス',
    'Client Address',
  ],
  workstation: ['ワークステーション名', 'Workstation Name', 'クライアント名', 'Client Name'],
  status: ['状態', 'ステータス', 'Status'],
  subStatus: ['サブステータス', 'サブ状態', 'Sub Status'],
  user: ['ユーザー', 'User'],
  userDomain: ['ドメイン', 'Domain'],
};

const SECTION_LABELS: Partial<Record<Section, string[]>> = {
  subject: ['サブジェクト', 'Subject'],
  newLogon: ['新しいログオン', 'New Logon'],
  failedAccount: ['ログオンに失敗したアカウント', 'Account For Which Logon Failed'],
  credentials: ['資格情報が使用されたアカウント', '使用された資格情報のアカウント', 'Account Whose Credentials Were Used'],
};

const isBlank = (c: number) => c === 9 || c === 32;

/** The start of the line holding `at`, and whether only blanks stand before `at` on it. */
function lineStart(text: string, at: number): { start: number; clean: boolean } {
  let i = at - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  return { start: i + 1, clean: i < 0 || text.charCodeAt(i) === 10 };
}

/** The value of `label` written as a name at the start of a line ("\tName:\t\tvalue") in [from, to); indented or at the margin. */
function labelledValue(
  text: string,
  labels: string[],
  from: number,
  to: number,
  margin: 'any' | 'margin' = 'any',
): { at: number; value: string } | null {
  let best: { at: number; value: string } | null = null;
  for (const label of labels) {
    let at = text.indexOf(label, from);
    while (at >= 0 && at < to && (!best || at < best.at)) {
      const { start, clean } = lineStart(text, at);
      let c = at + label.length;
      while (isBlank(text.charCodeAt(c))) c++;
      const colon = text.charCodeAt(c);
      if (clean && (margin === 'any' || start === at) && (colon === 58 || colon === 0xff1a)) {
        let end = text.indexOf('\n', c);
        if (end < 0 || end > to) end = to;
        best = { at, value: text.slice(c + 1, end).trim() };
        break;
      }
      at = text.indexOf(label, at + 1);
    }
  }
  return best;
}

/** The span of a section: from its header line to the next line that starts at the margin. */
function sectionSpan(text: string, section: Section): { from: number; to: number } | null {
  for (const label of SECTION_LABELS[section] ?? []) {
    let at = text.indexOf(label);
    while (at >= 0) {
      const atLineStart = at === 0 || text.charCodeAt(at - 1) === 10;
      const after = text.slice(at + label.length, at + label.length + 3).replace(/\r/g, '');
      if (atLineStart && /^[:：](\n|$)/.test(after)) {
        const from = text.indexOf('\n', at);
        if (from < 0) return null;
        let to = from + 1;
        for (;;) {
          const next = text.indexOf('\n', to);
          const c = text.charCodeAt(to);
          if (to < text.length && !isBlank(c) && c !== 10 && c !== 13) break;
          if (next < 0) {
            to = text.length;
            break;
          }
          to = next + 1;
        }
        return { from, to };
      }
      at = text.indexOf(label, at + 1);
    }
  }
  return null;
}

function readMessageQuickly(eventId: number, text: string): MessageRead | null {
  const n = text.length;
  const get = (field: Field, from = 0, to = n, margin: 'any' | 'margin' = 'any') =>
    labelledValue(text, LABELS[field], from, to, margin)?.value ?? '';
  let user = '';
  let domain = '';
  if (isTerminalServicesId(eventId)) {
    user = get('user', 0, n, 'margin');
    domain = get('userDomain', 0, n, 'margin');
  } else {
    const span = sectionSpan(text, accountSection(eventId));
    if (!span) return null;
    user = get('name', span.from, span.to);
    domain = get('domain', span.from, span.to);
  }
  if (!user) return null;
  const read: MessageRead = {
    user,
    domain,
    logonType: get('logonType'),
    address: get('address'),
    workstation: get('workstation'),
    status: get('status'),
    subStatus: get('subStatus'),
  };
  return read;
}

/** A logon event's fields from its description. */
export function readMessage(eventId: number, text: string): MessageRead {
  return readMessageQuickly(eventId, text) ?? readMessageFully(eventId, text);
}
