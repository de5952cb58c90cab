// Readers of Windows logon event files, each incremental: `push(chunk)` takes the next piece of
// decoded text (any size; a chunk may end mid-line or mid-quote) and returns the events completed by
// it, `end()` the last ones, so a caller streams a file of any size with flat memory. Three shapes:
//
// - 'json-lines': one JSON object per line, as NXLog's om_json writes im_msvistalog (EventData flat
//   at the top: EventID, TargetUserName, LogonType, IpAddress, EventTime, Hostname, SourceName) and
//   as winlogbeat / Elastic Agent write it (winlog.event_id, winlog.event_data.TargetUserName,
//   winlog.computer_name, @timestamp). TerminalServices events name their user only in
//   winlog.user_data (Param1–3, User, Address) or in the Message (NXLog), which is read then.
// - 'get-winevent-csv': `Get-WinEvent … | Export-Csv` (an optional #TYPE line, then Message, Id,
//   MachineName, TimeCreated, ProviderName …); the event's fields are only in the localized Message.
// - 'event-viewer-csv': Event Viewer's 「名前を付けて保存」 CSV: the header レベル (or キーワード),日付と時刻,
//   ソース,イベント ID,タスクのカテゴリ (or Level/Keywords,Date and Time,Source,Event ID,Task Category),
//   and a sixth, unnamed, description column, quoted and spanning lines. It names no computer: the
//   caller says which system the file is from.
//
// Times without a zone (NXLog's EventTime, the CSVs' culture-formatted dates) are the exporting
// machine's local time: read in `utcOffset` (default '+09:00', Japan). Decoding bytes to text is the
// caller's (see detectEncoding); these readers see text only.
//
// Malformed records — the policy. A line (JSON) or record (CSV) that cannot be read (not JSON, no
// event ID, no readable time, wrong number of columns, longer than 1,000,000 characters, a quote
// never closed) is skipped and counted, and the first 20 are kept with their line numbers and a
// Japanese message (「1234 行目: JSON として読めません」), so a 2 GB export with one bad line in the
// middle is summarised and the bad line named: one damaged line (a copy cut short, a collector's
// restart) should not cost the institution the other million events. But when more than 1% of the
// records, and at least 100, are malformed, the whole file is refused (verdict() names the first
// lines): that many means the file is not what we took it for (another format, another encoding,
// a different CSV), and a summary of the remainder would mislead. A file whose first 1,000 records
// are all malformed is refused at once (`stopped`), without reading the rest. Records that are well
// formed but not logon events (4688, 7036 …) are counted as ignored, never as malformed; a JSON line
// whose "EventID" / "event_id" plainly names another event is ignored without being parsed (most of
// a Security log is not logons), so its JSON is not checked. A record that is well formed but whose
// description names no account (Get-WinEvent on a machine without the provider's message file) is
// still an event, with an empty account: it counts for its source address, not for any account.
import type { CsvRecord } from './csv-stream.ts';
import { CsvStream } from './csv-stream.ts';
import {
  type DateOrder,
  isTerminalServicesId,
  LOGON_EVENT_IDS,
  type LogonEvent,
  offsetMinutes,
  parseEventTime,
  type RawEvent,
  toLogonEvent,
} from './events.ts';
import { readMessage } from './message.ts';

export const LOGON_FORMATS = ['json-lines', 'get-winevent-csv', 'event-viewer-csv'] as const;
export type LogonFormat = (typeof LOGON_FORMATS)[number];

export const logonFormatLabels: Record<LogonFormat, string> = {
  'json-lines': 'JSON Lines (NXLog / Winlogbeat)',
  'get-winevent-csv': 'Get-WinEvent の CSV (Export-Csv)',
  'event-viewer-csv': 'イベント ビューアーの CSV (名前を付けて保存)',
};

export interface ReaderOptions {
  /** the offset of times written without a zone; default '+09:00' */
  utcOffset?: string;
  /** the date order of culture-formatted dates when a file's own cannot tell (en-GB 'dmy'); default: year first, else month first */
  dateOrder?: DateOrder;
  /** the system (computer) the file is from, for files that do not say (Event Viewer's CSV) */
  computer?: string;
}

/** Kept malformed records, at most this many. */
export const MAX_PROBLEMS = 20;
/** Refused when malformed > 1% of records and at least this many. */
export const REFUSE_MIN_MALFORMED = 100;
export const REFUSE_SHARE = 0.01;
/** Refused at once when this many records from the start are all malformed. */
export const HOPELESS_AFTER = 1000;
/** A JSON line longer than this is malformed (and not held in memory). */
export const MAX_LINE_CHARS = 1_000_000;

export interface ReadProblem {
  line: number;
  message: string;
}

export interface ReadStats {
  format: LogonFormat;
  /** records read (lines for JSON, records for CSV), blank lines not counted */
  records: number;
  /** logon events returned */
  events: number;
  /** well-formed records of other event IDs */
  ignored: number;
  malformed: number;
  /** the first MAX_PROBLEMS malformed records */
  problems: ReadProblem[];
  /** NXLog records whose zoneless EventTime, read in utcOffset, is more than an hour from their @timestamp */
  zoneDoubts: number;
  /** the offset those records suggest (e.g. '-04:00'), from the first of them */
  suggestedOffset: string | null;
}

export type ReadVerdict = { ok: true; stats: ReadStats } | { ok: false; message: string; stats: ReadStats };

export interface LogonReader {
  readonly format: LogonFormat;
  /** the next decoded text; returns the events it completed */
  push(chunk: string): LogonEvent[];
  /** the file ended */
  end(): LogonEvent[];
  /** true when the file is refused already (a header that is not the format's, or hopeless from the start): stop reading */
  readonly stopped: boolean;
  stats(): ReadStats;
  /** whether the file is read or refused (final after end()) */
  verdict(): ReadVerdict;
}

// ---- encoding and format detection ------------------------------------------------------------

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

/**
 * The encoding of a file from its first bytes: a BOM (UTF-8, UTF-16 LE/BE; Windows PowerShell 5.1
 * `-Encoding Unicode`, Event Viewer), UTF-16 without one (zero bytes every other byte), UTF-8 when
 * the bytes decode as UTF-8, else Shift_JIS (CP932, `-Encoding Default` on Japanese Windows).
 * `bomLength` bytes are to be dropped before decoding.
 */
export function detectEncoding(head: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const sample = head.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  if (oddZeros > sample.length / 4) return { encoding: 'utf-16le', bomLength: 0 };
  if (evenZeros > sample.length / 4) return { encoding: 'utf-16be', bomLength: 0 };
  // a multi-byte character cut at the sample's end is not an error
  let end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = sample[end - back] ?? 0;
    if (b >= 0xc0) {
      end -= back;
      break;
    }
    if (b < 0x80) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: 'shift_jis', bomLength: 0 };
  }
}

export type Detected = { ok: true; format: LogonFormat; label: string } | { ok: false; message: string };

const NOT_SUPPORTED =
  'Windows のログオン イベントとして読める形式ではありません。NXLog / Winlogbeat の JSON Lines、`Get-WinEvent | Export-Csv` の CSV、イベント ビューアーの「名前を付けて保存」の CSV に対応しています';

const cellKey = (s: string) => s.normalize('NFKC').replace(/^"|"$/g, '').replace(/\s/g, '').toLowerCase();
const VIEWER_FIRST = new Set(['レベル', 'キーワード', 'level', 'keywords']);
const VIEWER_REST = [
  ['日付と時刻', 'dateandtime'],
  ['ソース', 'source'],
  ['イベントid', 'eventid'],
  ['タスクのカテゴリ', 'taskcategory'],
];

function delimiterOf(headerLine: string): string {
  const count = (c: string) => headerLine.split(c).length - 1;
  const candidates = [',', ';', '\t'].map((c) => ({ c, n: count(c) }));
  candidates.sort((a, b) => b.n - a.n);
  return candidates[0]?.n ? (candidates[0]?.c ?? ',') : ',';
}

function isViewerHeader(cells: string[]): boolean {
  if (!VIEWER_FIRST.has(cellKey(cells[0] ?? ''))) return false;
  return VIEWER_REST.every((names, i) => names.includes(cellKey(cells[i + 1] ?? '')));
}

function isWinEventHeader(cells: string[]): boolean {
  const names = new Set(cells.map(cellKey));
  return names.has('id') && names.has('timecreated') && names.has('message');
}

/** The format of a file from its first decoded text (a few KB: enough for the first line or two). */
export function detectFormat(head: string): Detected {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (!text) return { ok: false, message: 'ファイルが空です' };
  if (text.startsWith('ElfFile'))
    return {
      ok: false,
      message:
        'EVTX ファイル (イベント ログそのもの) はまだ直接は読めません。イベント ビューアーの「名前を付けて保存」で CSV にするか、Get-WinEvent | Export-Csv で書き出してください',
    };
  if (text.startsWith('{')) return { ok: true, format: 'json-lines', label: logonFormatLabels['json-lines'] };
  if (text.startsWith('['))
    return { ok: false, message: 'JSON の配列の形には対応していません。1 行に 1 件の JSON (JSON Lines) で書き出してください' };
  if (text.startsWith('<'))
    return {
      ok: false,
      message: 'XML (wevtutil qe /f:xml など) にはまだ対応していません。CSV か JSON Lines で書き出してください',
    };
  const lines = text.split(/\r?\n/, 3);
  const headerLine = (lines[0] ?? '').startsWith('#TYPE') ? (lines[1] ?? '') : (lines[0] ?? '');
  const delimiter = delimiterOf(headerLine);
  const cells = headerLine.split(delimiter);
  if (isViewerHeader(cells)) return { ok: true, format: 'event-viewer-csv', label: logonFormatLabels['event-viewer-csv'] };
  if (isWinEventHeader(cells)) return { ok: true, format: 'get-winevent-csv', label: logonFormatLabels['get-winevent-csv'] };
  return { ok: false, message: NOT_SUPPORTED };
}

// ---- the policy, shared by all readers ------------------------------------------------------------

class Tally {
  records = 0;
  events = 0;
  ignored = 0;
  malformed = 0;
  problems: ReadProblem[] = [];
  zoneDoubts = 0;
  suggestedOffset: string | null = null;
  /** a fatal problem: the header is not the format's */
  fatal: string | null = null;
  hopeless = false;

  readonly format: LogonFormat;

  constructor(format: LogonFormat) {
    this.format = format;
  }

  bad(line: number, message: string) {
    this.records++;
    this.malformed++;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ line, message: `${line} 行目: ${message}` });
    if (this.malformed >= HOPELESS_AFTER && this.malformed === this.records) this.hopeless = true;
  }

  good(event: LogonEvent | null) {
    this.records++;
    if (event) this.events++;
    else this.ignored++;
  }

  stats(): ReadStats {
    return {
      format: this.format,
      records: this.records,
      events: this.events,
      ignored: this.ignored,
      malformed: this.malformed,
      problems: [...this.problems],
      zoneDoubts: this.zoneDoubts,
      suggestedOffset: this.suggestedOffset,
    };
  }

  verdict(): ReadVerdict {
    const stats = this.stats();
    if (this.fatal) return { ok: false, message: this.fatal, stats };
    const tooMany = this.malformed >= REFUSE_MIN_MALFORMED && this.malformed > this.records * REFUSE_SHARE;
    if (this.hopeless || tooMany) {
      const named = this.problems
        .slice(0, 3)
        .map((p) => `「${p.message}」`)
        .join('');
      const share = this.records ? ((this.malformed / this.records) * 100).toFixed(1) : '100';
      return {
        ok: false,
        message: `${this.records.toLocaleString('en-US')} 件のうち ${this.malformed.toLocaleString('en-US')} 件 (${share}%) が読めません${named ? ` (${named}など)` : ''}。形式の違うファイルか文字コードの違うファイルの可能性があるため、このファイルは取り込みませんでした (読めない行が 1% を超え、かつ ${REFUSE_MIN_MALFORMED} 件以上のとき)`,
        stats,
      };
    }
    return { ok: true, stats };
  }
}

const str = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
};

const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

const eventIdOf = (v: unknown): number | null => {
  const s = str(v).trim();
  return /^\d{1,5}$/.test(s) ? Number(s) : null;
};

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

interface Settings {
  offset: number;
  order: DateOrder | undefined;
  computer: string;
}

function settingsOf(options: ReaderOptions): Settings {
  const offset = offsetMinutes(options.utcOffset ?? '+09:00');
  if (offset === null) throw new Error(`utcOffset: ${options.utcOffset} is not an offset like +09:00`);
  return { offset, order: options.dateOrder, computer: options.computer ?? '' };
}

// ---- JSON lines ------------------------------------------------------------------------------------

/** One parsed JSON record → its raw fields, or a Japanese reason it cannot be read. */
function fromJson(record: Record<string, unknown>, line: number, settings: Settings, tally: Tally): RawEvent | string {
  const winlog = obj(record.winlog);
  const isBeat = Object.keys(winlog).length > 0 || record.event !== undefined;
  if (isBeat) {
    const event = obj(record.event);
    const data = obj(winlog.event_data);
    const userData = obj(winlog.user_data);
    const eventId = eventIdOf(winlog.event_id ?? event.code);
    if (eventId === null) return 'イベント ID (winlog.event_id) がありません';
    const time = parseEventTime(str(record['@timestamp'] ?? event.created), settings.offset, settings.order);
    if (!time) return `日時「${str(record['@timestamp']).slice(0, 40)}」を読み取れません`;
    const raw: RawEvent = {
      eventId,
      provider: str(winlog.provider_name ?? event.provider ?? winlog.channel),
      time,
      computer: str(winlog.computer_name) || str(obj(record.host).name) || settings.computer,
      user: '',
      domain: '',
      logonType: str(data.LogonType),
      address: str(data.IpAddress ?? data.ClientAddress ?? userData.Param3 ?? userData.Address),
      workstation: str(data.WorkstationName ?? data.ClientName),
      status: str(data.Status),
      subStatus: str(data.SubStatus),
      line,
    };
    fillAccount(raw, data, userData, str(record.message ?? record.Message));
    if (!isTerminalServicesId(eventId)) {
      // ECS's own fields when EventData was not kept (TerminalServices' user.* is the System UserID, never theirs)
      const user = obj(record.user);
      raw.user ||= str(user.name);
      raw.domain ||= str(user.domain);
      raw.address ||= str(obj(record.source).ip);
    }
    return raw;
  }
  const eventId = eventIdOf(record.EventID ?? record.EventId ?? record.Id);
  if (eventId === null) return 'イベント ID (EventID) がありません';
  const written = str(record.EventTime ?? record.TimeCreated ?? record.EventReceivedTime ?? record['@timestamp']);
  const time = parseEventTime(written, settings.offset, settings.order);
  if (!time) return `日時「${written.slice(0, 40)}」を読み取れません`;
  checkZone(written, time, str(record['@timestamp']), settings, tally);
  const ts = isTerminalServicesId(eventId);
  const raw: RawEvent = {
    eventId,
    provider: str(record.SourceName ?? record.ProviderName ?? record.Channel),
    time,
    computer: str(record.Hostname ?? record.Computer ?? record.MachineName) || settings.computer,
    user: '',
    domain: '',
    logonType: str(record.LogonType),
    address: ts ? '' : str(record.IpAddress ?? record.ClientAddress),
    workstation: ts ? '' : str(record.WorkstationName ?? record.ClientName),
    status: str(record.Status),
    subStatus: str(record.SubStatus),
    line,
  };
  // NXLog flattens EventData to the top; TerminalServices' UserData it leaves in the Message only
  // (its AccountName / Domain there are the System section's UserID: NETWORK SERVICE, SYSTEM)
  fillAccount(raw, ts ? {} : record, ts ? {} : record, str(record.Message));
  return raw;
}

/** The account (and what else is missing) from EventData / UserData, else from the Message. */
function fillAccount(raw: RawEvent, data: Record<string, unknown>, userData: Record<string, unknown>, message: string) {
  const id = raw.eventId;
  if (id === 4672) {
    raw.user = str(data.SubjectUserName);
    raw.domain = str(data.SubjectDomainName);
  } else if (id === 4778 || id === 4779) {
    raw.user = str(data.AccountName);
    raw.domain = str(data.AccountDomain);
  } else if (id === 1149) {
    raw.user = str(userData.Param1);
    raw.domain = str(userData.Param2);
  } else if (isTerminalServicesId(id)) {
    raw.user = str(userData.User);
  } else {
    raw.user = str(data.TargetUserName);
    raw.domain = str(data.TargetDomainName);
  }
  if (raw.user && (!isTerminalServicesId(id) || raw.address)) return;
  if (!message) return;
  const m = readMessage(id, message);
  raw.user ||= m.user;
  raw.domain ||= m.domain;
  raw.logonType ||= m.logonType;
  raw.address ||= m.address;
  raw.workstation ||= m.workstation;
  raw.status ||= m.status;
  raw.subStatus ||= m.subStatus;
}

/** NXLog's EventTime is the collector's local time: when @timestamp (UTC) tells otherwise, say so. */
function checkZone(written: string, time: string, stamp: string, settings: Settings, tally: Tally) {
  const zoned = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;
  if (!stamp || zoned.test(written.trim()) || !zoned.test(stamp.trim())) return;
  const utc = Date.parse(stamp);
  if (Number.isNaN(utc)) return;
  const gap = utc - Date.parse(time);
  if (Math.abs(gap) <= 3_600_000) return;
  tally.zoneDoubts++;
  if (tally.suggestedOffset === null) {
    const quarterHours = Math.round(gap / 900_000);
    tally.suggestedOffset = formatOffset(settings.offset - quarterHours * 15);
  }
}

const QUICK_ID = /"(?:EventID|event_id)":\s*"?(\d{1,5})\b/;
const LOGON_IDS = new Set(LOGON_EVENT_IDS);

class JsonLinesReader implements LogonReader {
  readonly format = 'json-lines' as const;
  private readonly tally = new Tally('json-lines');
  private rest = '';
  private line = 0;
  private skippingLong = false;
  private first = true;
  private readonly settings: Settings;

  constructor(settings: Settings) {
    this.settings = settings;
  }

  get stopped() {
    return this.tally.hopeless;
  }

  private take(text: string, out: LogonEvent[]) {
    this.line++;
    const lineNo = this.line;
    const trimmed = text.trim();
    if (!trimmed) return;
    // most of a Security log is not logon events (4688, 5156 …): a line whose event ID is plainly
    // another's is counted as ignored without parsing it (its JSON is then not checked)
    const id = trimmed.match(QUICK_ID);
    if (id && !LOGON_IDS.has(Number(id[1]))) {
      this.tally.good(null);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      this.tally.bad(lineNo, 'JSON として読めません');
      return;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      this.tally.bad(lineNo, '1 件のイベント (JSON のオブジェクト) ではありません');
      return;
    }
    const raw = fromJson(parsed as Record<string, unknown>, lineNo, this.settings, this.tally);
    if (typeof raw === 'string') {
      this.tally.bad(lineNo, raw);
      return;
    }
    const event = toLogonEvent(raw);
    this.tally.good(event);
    if (event) out.push(event);
  }

  push(chunk: string): LogonEvent[] {
    const out: LogonEvent[] = [];
    if (this.stopped) return out;
    let text = chunk;
    if (this.first && text) {
      text = text.replace(/^\uFEFF/, '');
      this.first = false;
    }
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      if (this.skippingLong) {
        this.skippingLong = false;
        this.line++;
      } else {
        const piece = start === 0 && this.rest ? this.rest + text.slice(0, nl) : text.slice(start, nl);
        this.rest = '';
        this.take(piece, out);
      }
      start = nl + 1;
      if (this.stopped) return out;
    }
    if (!this.skippingLong) {
      this.rest += text.slice(start);
      if (this.rest.length > MAX_LINE_CHARS) {
        this.tally.bad(this.line + 1, `1 行が長すぎます (${MAX_LINE_CHARS.toLocaleString('en-US')} 文字を超えています)`);
        this.rest = '';
        this.skippingLong = true;
      }
    }
    return out;
  }

  end(): LogonEvent[] {
    const out: LogonEvent[] = [];
    if (!this.stopped && !this.skippingLong && this.rest) this.take(this.rest, out);
    this.rest = '';
    return out;
  }

  stats() {
    return this.tally.stats();
  }

  verdict() {
    return this.tally.verdict();
  }
}

// ---- CSV (Get-WinEvent and Event Viewer) -----------------------------------------------------------

abstract class CsvReader implements LogonReader {
  abstract readonly format: LogonFormat;
  protected abstract readonly tally: Tally;
  private csv: CsvStream | null = null;
  private head = '';
  private headerSeen = false;
  private first = true;
  protected readonly settings: Settings;

  constructor(settings: Settings) {
    this.settings = settings;
  }

  get stopped() {
    return this.tally.hopeless || this.tally.fatal !== null;
  }

  /** the header record: null when it is the format's, else why not */
  protected abstract header(cells: string[]): string | null;
  /** a data record → raw fields, a reason it is malformed */
  protected abstract record(r: CsvRecord): RawEvent | string;

  private feed(records: CsvRecord[], out: LogonEvent[]) {
    for (const r of records) {
      if (this.stopped) return;
      if (r.error === 'too-long') {
        this.tally.bad(
          r.line,
          `1 件が長すぎます (${MAX_LINE_CHARS.toLocaleString('en-US')} 文字を超えています。引用符 (") の閉じ忘れの可能性があります)`,
        );
        continue;
      }
      if (r.error === 'unterminated') {
        this.tally.bad(r.line, '引用符 (") が閉じられないままファイルが終わっています');
        continue;
      }
      if (!this.headerSeen) {
        if ((r.cells[0] ?? '').startsWith('#TYPE')) continue;
        this.headerSeen = true;
        const problem = this.header(r.cells);
        if (problem) this.tally.fatal = `${r.line} 行目 (見出し): ${problem}`;
        continue;
      }
      const raw = this.record(r);
      if (typeof raw === 'string') {
        this.tally.bad(r.line, raw);
        continue;
      }
      const event = toLogonEvent(raw);
      this.tally.good(event);
      if (event) out.push(event);
    }
  }

  push(chunk: string): LogonEvent[] {
    const out: LogonEvent[] = [];
    if (this.stopped) return out;
    let text = chunk;
    if (this.first && text) {
      text = text.replace(/^\uFEFF/, '');
      this.first = false;
    }
    if (!this.csv) {
      // the delimiter is decided from the header line (Export-Csv -UseCulture may write ; or tab)
      this.head += text;
      const lines = this.head.split('\n', 3);
      const complete = this.head.includes('\n') && (!(lines[0] ?? '').startsWith('#TYPE') || lines.length >= 3);
      if (!complete && this.head.length < 65_536) return out;
      const headerLine = (lines[0] ?? '').startsWith('#TYPE') ? (lines[1] ?? '') : (lines[0] ?? '');
      this.csv = new CsvStream({ delimiter: delimiterOf(headerLine) });
      text = this.head;
      this.head = '';
    }
    this.feed(this.csv.push(text), out);
    return out;
  }

  end(): LogonEvent[] {
    const out: LogonEvent[] = [];
    if (!this.csv) {
      const headerLine = this.head.split('\n', 1)[0] ?? '';
      this.csv = new CsvStream({ delimiter: delimiterOf(headerLine) });
      this.feed(this.csv.push(this.head), out);
      this.head = '';
    }
    this.feed(this.csv.end(), out);
    if (!this.headerSeen && !this.tally.fatal) this.tally.fatal = '見出しの行がありません';
    return out;
  }

  stats() {
    return this.tally.stats();
  }

  verdict() {
    return this.tally.verdict();
  }
}

class WinEventCsvReader extends CsvReader {
  readonly format = 'get-winevent-csv' as const;
  protected readonly tally = new Tally('get-winevent-csv');
  private columns = new Map<string, number>();
  private width = 0;

  protected header(cells: string[]): string | null {
    this.width = cells.length;
    cells.forEach((c, i) => {
      this.columns.set(cellKey(c), i);
    });
    const missing = ['Message', 'Id', 'TimeCreated'].filter((c) => !this.columns.has(c.toLowerCase()));
    return missing.length ? `Get-WinEvent の CSV に必要な列 (${missing.join(', ')}) がありません` : null;
  }

  private cell(cells: string[], name: string): string {
    const i = this.columns.get(name);
    return i === undefined ? '' : (cells[i] ?? '');
  }

  protected record(r: CsvRecord): RawEvent | string {
    if (r.cells.length !== this.width) return `列の数が合いません (見出しは ${this.width} 列、この行は ${r.cells.length} 列)`;
    const idText = this.cell(r.cells, 'id');
    const eventId = eventIdOf(idText);
    if (eventId === null) return `イベント ID「${idText.slice(0, 20)}」が数字ではありません`;
    const written = this.cell(r.cells, 'timecreated');
    const time = parseEventTime(written, this.settings.offset, this.settings.order);
    if (!time) return `日時「${written.slice(0, 40)}」を読み取れません`;
    const m = readMessage(eventId, this.cell(r.cells, 'message'));
    return {
      eventId,
      provider: this.cell(r.cells, 'providername') || this.cell(r.cells, 'logname'),
      time,
      computer: this.cell(r.cells, 'machinename') || this.settings.computer,
      ...m,
      line: r.line,
    };
  }
}

class EventViewerCsvReader extends CsvReader {
  readonly format = 'event-viewer-csv' as const;
  protected readonly tally = new Tally('event-viewer-csv');

  protected header(cells: string[]): string | null {
    return isViewerHeader(cells)
      ? null
      : 'イベント ビューアーの CSV の見出し (レベル,日付と時刻,ソース,イベント ID,タスクのカテゴリ) ではありません';
  }

  protected record(r: CsvRecord): RawEvent | string {
    const cells = r.cells;
    if (cells.length !== 5 && cells.length !== 6) return `列の数が合いません (6 列のはずが ${cells.length} 列)`;
    const [, written = '', source = '', idText = '', , description = ''] = cells;
    const eventId = eventIdOf(idText);
    if (eventId === null) return `イベント ID「${idText.slice(0, 20)}」が数字ではありません`;
    const time = parseEventTime(written, this.settings.offset, this.settings.order);
    if (!time) return `日時「${written.slice(0, 40)}」を読み取れません`;
    const m = readMessage(eventId, description);
    return { eventId, provider: source, time, computer: this.settings.computer, ...m, line: r.line };
  }
}

/** A reader of one format. Throws only on a programming error (an unreadable utcOffset). */
export function createReader(format: LogonFormat, options: ReaderOptions = {}): LogonReader {
  const settings = settingsOf(options);
  switch (format) {
    case 'json-lines':
      return new JsonLinesReader(settings);
    case 'get-winevent-csv':
      return new WinEventCsvReader(settings);
    case 'event-viewer-csv':
      return new EventViewerCsvReader(settings);
  }
}

/** A whole text at once (small files, tests): its format detected, its events and verdict. */
export function readLogonText(
  text: string,
  options: ReaderOptions = {},
): { ok: false; message: string } | { ok: true; format: LogonFormat; events: LogonEvent[]; verdict: ReadVerdict } {
  const detected = detectFormat(text.slice(0, 65_536));
  if (!detected.ok) return detected;
  const reader = createReader(detected.format, options);
  const events = [...reader.push(text), ...reader.end()];
  return { ok: true, format: detected.format, events, verdict: reader.verdict() };
}
