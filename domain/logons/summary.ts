// An incremental summary of logon events: `add(event)` for each event as a reader yields it, then
// `result()`. Memory is bounded: it grows with the number of accounts × systems (each with fixed-size
// data: counts, 24 hour buckets, at most 50 source addresses, 10 recent logons …) and with source
// addresses up to a cap, never with the number of events. What the caps leave out is counted, so the
// result says how much it does not show.
//
// Per account and system (the system is the computer that logged the event, or the one the caller
// names): logons by class (interactive, network, RDP …), failures by status, logoffs and the other
// kinds, source addresses, RDP sources with first and last time, logons per hour of the day in Japan
// time (all, and a person's: interactive, RDP, unlock, cached), first and last seen, the 10 latest
// logons, the first 10 at night (22:00–06:00). Per source address: totals and the accounts seen.
//
// Bursts of failures (password guessing): N failures (Mamori's default 10) within a window (5
// minutes) for one account on one system, or from one source address, kept by a bounded sliding
// window per key (the last N failure times: N numbers per account, and per source in an LRU map of
// at most `maxSources`). A file in either time order works (Event Viewer and Get-WinEvent write the
// newest first). A burst followed within `successAfterMinutes` by a successful logon of the same
// account (or from the same source) is marked: the guessing may have succeeded.
//
// Failures for user names that do not exist (0xC0000064) are not kept per account — a guessing
// tool's list of names would fill the map — but per system, with the first 50 names.
import { failureCodeOf, HUMAN_CLASSES, isRdpLogon, jstHour, LOGON_CLASSES, type LogonClass, type LogonEvent } from './events.ts';

export const BURST_THRESHOLD = 10;
export const BURST_WINDOW_MINUTES = 5;
export const SUCCESS_AFTER_MINUTES = 30;
export const MAX_ACCOUNT_SOURCES = 50;
export const MAX_RDP_SOURCES = 50;
export const MAX_STATUSES = 20;
export const RECENT_LOGONS = 10;
export const NIGHT_SAMPLES = 10;
export const MAX_SOURCE_ACCOUNTS = 20;
export const MAX_BURSTS = 500;
export const MAX_UNKNOWN_NAMES = 50;
/** Japan time: night is 22:00–06:00. */
export const NIGHT_FROM_HOUR = 22;
export const NIGHT_TO_HOUR = 6;

export const isNightHour = (hour: number) => hour >= NIGHT_FROM_HOUR || hour < NIGHT_TO_HOUR;

export interface SummaryOptions {
  /** the system all events are counted under (else each event's computer) */
  system?: string;
  burstThreshold?: number;
  burstWindowMinutes?: number;
  successAfterMinutes?: number;
  /** accounts × systems kept (default 20,000); events of others are counted as overflow */
  maxAccounts?: number;
  /** source addresses kept (default 10,000) */
  maxSources?: number;
}

export interface LogonRef {
  time: string;
  /** RDP evidence other than 4624 (1149, 4778, LSM 21/25) counts as 'rdp' */
  logonClass: LogonClass;
  source: string | null;
}

export interface AccountSummary {
  account: string;
  /** the first domain seen with it */
  domain: string;
  system: string;
  accountKind: LogonEvent['accountKind'];
  /** successful logons (4624) by class */
  logons: Record<LogonClass, number>;
  logonTotal: number;
  failures: number;
  /** failures by SubStatus (or Status), at most 20 codes, the rest under 'other' */
  failuresByStatus: Record<string, number>;
  logoffs: number;
  explicit: number;
  privileged: number;
  /** RDP evidence besides 4624 type 10: 1149, 4778, LSM 21/25 */
  rdpAuth: number;
  reconnects: number;
  disconnects: number;
  /** distinct source addresses of its logons and failures, the first 50; events from others counted */
  sources: { address: string; count: number }[];
  otherSourceEvents: number;
  /** RDP logons by source address (not local), the first 50; events from others counted */
  rdpSources: { address: string; count: number; first: string; last: string }[];
  otherRdpSourceEvents: number;
  /** RDP logons from the machine itself or an unknown address */
  localRdp: number;
  /** successful logons per hour of the day, Japan time */
  hours: number[];
  /** a person's logons (interactive, RDP, unlock, cached) per hour, Japan time */
  humanHours: number[];
  firstSeen: string;
  lastSeen: string;
  lastLogon: string | null;
  lastFailure: string | null;
  /** the latest successful logons (4624 of any class, and RDP evidence), newest first */
  recentLogons: LogonRef[];
  /** a person's logons at night, the first 10 met */
  nightLogons: LogonRef[];
}

export interface SourceSummary {
  address: string;
  logons: number;
  failures: number;
  rdp: number;
  accounts: string[];
  otherAccountEvents: number;
  first: string;
  last: string;
}

export interface FailureBurst {
  by: 'account' | 'source';
  /** by account: the account and its system; by source: the address */
  account: string | null;
  system: string | null;
  source: string | null;
  start: string;
  end: string;
  failures: number;
  /** by source: the accounts tried (at most 10); by account: the sources (at most 10) */
  seen: string[];
  /** a successful logon of the same account (or from the same source) soon after */
  succeeded: { time: string; account: string; source: string | null } | null;
}

export interface UnknownUsers {
  system: string;
  failures: number;
  names: string[];
  otherNames: number;
}

export interface LogonSummary {
  events: number;
  from: string | null;
  to: string | null;
  accounts: AccountSummary[];
  sources: SourceSummary[];
  bursts: FailureBurst[];
  unknownUsers: UnknownUsers[];
  /** what the caps left out: events of accounts beyond maxAccounts, source addresses forgotten (least recently seen first), bursts beyond 500 */
  overflow: { accountEvents: number; sourcesDropped: number; bursts: number };
  thresholds: { burstThreshold: number; burstWindowMinutes: number; successAfterMinutes: number };
}

export interface LogonSummarizer {
  add(event: LogonEvent): void;
  result(): LogonSummary;
  /** the number of entries held in all maps and arrays (for tests of bounded memory) */
  retained(): number;
}

/** The last N failure times of one key, and its open burst. */
class FailureWindow {
  times: number[] = [];
  /** what each failure names besides the key: the account (a source's window) or the source (an account's) */
  values: (string | null)[] = [];
  next = 0;
  burst: FailureBurst | null = null;
  lastSuccess: { at: number; account: string; source: string | null } | null = null;
}

interface AccountState {
  summary: AccountSummary;
  sources: Map<string, number>;
  rdp: Map<string, { count: number; first: string; last: string }>;
  statuses: Map<string, number>;
  window: FailureWindow;
  /** the times of summary.recentLogons as numbers, in the same order (compared for every logon) */
  recentAt: number[];
}

interface SourceState {
  summary: SourceSummary;
  accounts: Set<string>;
  window: FailureWindow;
}

const emptyClasses = (): Record<LogonClass, number> => Object.fromEntries(LOGON_CLASSES.map((c) => [c, 0])) as Record<LogonClass, number>;

const UNKNOWN_USER = '0xC0000064';

export function createSummary(options: SummaryOptions = {}): LogonSummarizer {
  const threshold = Math.max(2, options.burstThreshold ?? BURST_THRESHOLD);
  const windowMinutes = options.burstWindowMinutes ?? BURST_WINDOW_MINUTES;
  const windowMs = windowMinutes * 60_000;
  const successMinutes = options.successAfterMinutes ?? SUCCESS_AFTER_MINUTES;
  const successMs = successMinutes * 60_000;
  const maxAccounts = options.maxAccounts ?? 20_000;
  const maxSources = options.maxSources ?? 10_000;

  const accounts = new Map<string, AccountState>();
  const sources = new Map<string, SourceState>();
  const unknown = new Map<string, { failures: number; names: Set<string>; otherNames: number }>();
  const bursts: FailureBurst[] = [];
  const overflow = { accountEvents: 0, sourcesDropped: 0, bursts: 0 };
  let events = 0;
  let from: string | null = null;
  let to: string | null = null;

  function accountOf(e: LogonEvent, system: string): AccountState | null {
    const key = `${system}\u0000${e.account}`;
    let state = accounts.get(key);
    if (state) return state;
    if (accounts.size >= maxAccounts) return null;
    state = {
      summary: {
        account: e.account,
        domain: e.domain,
        system,
        accountKind: e.accountKind,
        logons: emptyClasses(),
        logonTotal: 0,
        failures: 0,
        failuresByStatus: {},
        logoffs: 0,
        explicit: 0,
        privileged: 0,
        rdpAuth: 0,
        reconnects: 0,
        disconnects: 0,
        sources: [],
        otherSourceEvents: 0,
        rdpSources: [],
        otherRdpSourceEvents: 0,
        localRdp: 0,
        hours: Array(24).fill(0),
        humanHours: Array(24).fill(0),
        firstSeen: e.time,
        lastSeen: e.time,
        lastLogon: null,
        lastFailure: null,
        recentLogons: [],
        nightLogons: [],
      },
      sources: new Map(),
      rdp: new Map(),
      statuses: new Map(),
      window: new FailureWindow(),
      recentAt: [],
    };
    accounts.set(key, state);
    return state;
  }

  function sourceState(address: string, time: string): SourceState | null {
    let state = sources.get(address);
    if (state) {
      // least recently used first: a source seen again moves to the end
      sources.delete(address);
      sources.set(address, state);
      return state;
    }
    if (sources.size >= maxSources) {
      const oldest = sources.keys().next();
      if (!oldest.done) sources.delete(oldest.value);
      overflow.sourcesDropped++;
    }
    state = {
      summary: { address, logons: 0, failures: 0, rdp: 0, accounts: [], otherAccountEvents: 0, first: time, last: time },
      accounts: new Set(),
      window: new FailureWindow(),
    };
    sources.set(address, state);
    return state;
  }

  /** What a burst lists besides its key: the accounts a source tried, the sources an account was tried from. */
  const seenOf = (e: LogonEvent, by: FailureBurst['by']) => (by === 'source' ? e.account : e.source) || null;

  /** A failure into a key's window: a burst is N failures whose times lie within the window. */
  function failureInto(w: FailureWindow, at: number, e: LogonEvent, kind: FailureBurst['by'], make: () => FailureBurst) {
    const open = w.burst;
    if (open && at >= Date.parse(open.start) - windowMs && at <= Date.parse(open.end) + windowMs) {
      open.failures++;
      if (at < Date.parse(open.start)) open.start = e.time;
      if (at > Date.parse(open.end)) open.end = e.time;
      note(open, e);
      return;
    }
    const value = seenOf(e, kind);
    if (w.times.length < threshold) {
      w.times.push(at);
      w.values.push(value);
    } else {
      w.times[w.next] = at;
      w.values[w.next] = value;
    }
    w.next = (w.next + 1) % threshold;
    if (w.times.length < threshold) return;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const t of w.times) {
      if (t < min) min = t;
      if (t > max) max = t;
    }
    if (max - min > windowMs) return;
    const burst = make();
    burst.start = new Date(min).toISOString();
    burst.end = new Date(max).toISOString();
    burst.failures = threshold;
    for (const v of w.values) if (v && burst.seen.length < 10 && !burst.seen.includes(v)) burst.seen.push(v);
    w.times = [];
    w.values = [];
    w.next = 0;
    const s = w.lastSuccess;
    if (s && s.at >= max && s.at - max <= successMs) {
      burst.succeeded = { time: new Date(s.at).toISOString(), account: s.account, source: s.source };
    }
    if (bursts.length < MAX_BURSTS) {
      bursts.push(burst);
      w.burst = burst;
    } else {
      overflow.bursts++;
      w.burst = null;
    }
  }

  function note(burst: FailureBurst, e: LogonEvent) {
    const value = seenOf(e, burst.by);
    if (value && burst.seen.length < 10 && !burst.seen.includes(value)) burst.seen.push(value);
  }

  function successInto(w: FailureWindow, at: number, e: LogonEvent) {
    w.lastSuccess = { at, account: e.account, source: e.source };
    const b = w.burst;
    if (b && !b.succeeded) {
      const end = Date.parse(b.end);
      if (at >= end && at - end <= successMs) b.succeeded = { time: e.time, account: e.account, source: e.source };
    }
  }

  /** a logon into the latest (one RDP logon's 1149, 4624 and LSM 21 a few seconds apart are one) and the night samples */
  function logonRef(state: AccountState, e: LogonEvent, at: number, human: boolean, hour: number) {
    const s = state.summary;
    const ref: LogonRef = { time: e.time, logonClass: e.logonClass ?? 'rdp', source: e.source };
    const recent = s.recentLogons;
    const times = state.recentAt;
    let same = false;
    for (let k = 0; k < recent.length && !same; k++) same = recent[k]?.source === e.source && Math.abs((times[k] ?? 0) - at) <= 5_000;
    if (!same && (recent.length < RECENT_LOGONS || at > (times[times.length - 1] ?? 0))) {
      let i = times.findIndex((t) => t < at);
      if (i < 0) i = recent.length;
      recent.splice(i, 0, ref);
      times.splice(i, 0, at);
      if (recent.length > RECENT_LOGONS) {
        recent.pop();
        times.pop();
      }
    }
    if (human && isNightHour(hour) && s.nightLogons.length < NIGHT_SAMPLES) s.nightLogons.push(ref);
  }

  function add(e: LogonEvent) {
    events++;
    if (from === null || e.time < from) from = e.time;
    if (to === null || e.time > to) to = e.time;
    const system = options.system ?? e.computer;
    const at = Date.parse(e.time);
    const failureCode = e.kind === 'failure' ? failureCodeOf(e) : null;

    // per source address
    if (e.source && !e.local) {
      const src = sourceState(e.source, e.time);
      if (src) {
        const ss = src.summary;
        if (e.time < ss.first) ss.first = e.time;
        if (e.time > ss.last) ss.last = e.time;
        if (e.kind === 'logon') ss.logons++;
        if (e.kind === 'failure') ss.failures++;
        if (isRdpLogon(e)) ss.rdp++;
        if (e.account) {
          if (src.accounts.has(e.account)) {
            // seen
          } else if (src.accounts.size < MAX_SOURCE_ACCOUNTS) src.accounts.add(e.account);
          else ss.otherAccountEvents++;
        }
        if (e.kind === 'failure')
          failureInto(src.window, at, e, 'source', () => ({
            by: 'source',
            account: null,
            system: null,
            source: e.source,
            start: e.time,
            end: e.time,
            failures: 0,
            seen: [],
            succeeded: null,
          }));
        if (e.kind === 'logon') successInto(src.window, at, e);
      }
    }

    if (!e.account) return;

    if (failureCode === UNKNOWN_USER) {
      let u = unknown.get(system);
      if (!u) {
        u = { failures: 0, names: new Set(), otherNames: 0 };
        unknown.set(system, u);
      }
      u.failures++;
      if (u.names.has(e.account)) return;
      if (u.names.size < MAX_UNKNOWN_NAMES) u.names.add(e.account);
      else u.otherNames++;
      return;
    }

    const state = accountOf(e, system);
    if (!state) {
      overflow.accountEvents++;
      return;
    }
    const s = state.summary;
    if (e.time < s.firstSeen) s.firstSeen = e.time;
    if (e.time > s.lastSeen) s.lastSeen = e.time;
    if (!s.domain && e.domain) s.domain = e.domain;

    if (e.source && !e.local && (e.kind === 'logon' || e.kind === 'failure' || isRdpLogon(e))) {
      const n = state.sources.get(e.source);
      if (n !== undefined) state.sources.set(e.source, n + 1);
      else if (state.sources.size < MAX_ACCOUNT_SOURCES) state.sources.set(e.source, 1);
      else s.otherSourceEvents++;
    }

    const hour = jstHour(e.time);
    switch (e.kind) {
      case 'logon': {
        const cls = e.logonClass ?? 'other';
        s.logons[cls]++;
        s.logonTotal++;
        s.hours[hour] = (s.hours[hour] ?? 0) + 1;
        const human = HUMAN_CLASSES.includes(cls);
        if (human) s.humanHours[hour] = (s.humanHours[hour] ?? 0) + 1;
        if (!s.lastLogon || e.time > s.lastLogon) s.lastLogon = e.time;
        logonRef(state, e, at, human, hour);
        successInto(state.window, at, e);
        break;
      }
      case 'failure': {
        s.failures++;
        if (!s.lastFailure || e.time > s.lastFailure) s.lastFailure = e.time;
        const code = failureCode ?? 'unknown';
        const n = state.statuses.get(code);
        if (n !== undefined) state.statuses.set(code, n + 1);
        else if (state.statuses.size < MAX_STATUSES) state.statuses.set(code, 1);
        else state.statuses.set('other', (state.statuses.get('other') ?? 0) + 1);
        failureInto(state.window, at, e, 'account', () => ({
          by: 'account',
          account: e.account,
          system,
          source: null,
          start: e.time,
          end: e.time,
          failures: 0,
          seen: [],
          succeeded: null,
        }));
        break;
      }
      case 'logoff':
      case 'rdp-session-logoff':
        s.logoffs++;
        break;
      case 'explicit':
        s.explicit++;
        break;
      case 'special-privileges':
        s.privileged++;
        break;
      case 'reconnect':
      case 'rdp-session-reconnect':
        s.reconnects++;
        break;
      case 'disconnect':
      case 'rdp-session-disconnect':
        s.disconnects++;
        break;
      case 'rdp-auth':
      case 'rdp-session-logon':
        s.rdpAuth++;
        break;
      case 'rdp-session-shell':
        break;
    }

    if (isRdpLogon(e)) {
      if (e.kind !== 'logon') {
        if (!s.lastLogon || e.time > s.lastLogon) s.lastLogon = e.time;
        logonRef(state, e, at, false, hour);
      }
      if (e.source && !e.local) {
        const r = state.rdp.get(e.source);
        if (r) {
          r.count++;
          if (e.time < r.first) r.first = e.time;
          if (e.time > r.last) r.last = e.time;
        } else if (state.rdp.size < MAX_RDP_SOURCES) state.rdp.set(e.source, { count: 1, first: e.time, last: e.time });
        else s.otherRdpSourceEvents++;
      } else {
        s.localRdp++;
      }
    }
  }

  function result(): LogonSummary {
    const accountList = [...accounts.values()].map((state) => ({
      ...state.summary,
      failuresByStatus: Object.fromEntries(state.statuses),
      sources: [...state.sources].map(([address, count]) => ({ address, count })).sort((a, b) => b.count - a.count),
      rdpSources: [...state.rdp].map(([address, r]) => ({ address, ...r })).sort((a, b) => b.count - a.count),
      hours: [...state.summary.hours],
      humanHours: [...state.summary.humanHours],
      logons: { ...state.summary.logons },
      recentLogons: [...state.summary.recentLogons],
      nightLogons: [...state.summary.nightLogons],
    }));
    accountList.sort((a, b) => a.system.localeCompare(b.system) || a.account.localeCompare(b.account));
    const sourceList = [...sources.values()].map((s) => ({ ...s.summary, accounts: [...s.accounts] }));
    sourceList.sort((a, b) => b.failures + b.logons - (a.failures + a.logons) || a.address.localeCompare(b.address));
    return {
      events,
      from,
      to,
      accounts: accountList,
      sources: sourceList,
      bursts: bursts.map((b) => ({ ...b, seen: [...b.seen] })),
      unknownUsers: [...unknown].map(([system, u]) => ({ system, failures: u.failures, names: [...u.names], otherNames: u.otherNames })),
      overflow: { ...overflow },
      thresholds: { burstThreshold: threshold, burstWindowMinutes: windowMinutes, successAfterMinutes: successMinutes },
    };
  }

  function retained(): number {
    let n = accounts.size + sources.size + unknown.size + bursts.length;
    for (const a of accounts.values()) {
      const s = a.summary;
      n += a.sources.size + a.rdp.size + a.statuses.size + a.window.times.length + a.window.values.length;
      n += s.hours.length + s.humanHours.length + s.recentLogons.length + s.nightLogons.length;
    }
    for (const s of sources.values()) n += s.accounts.size + s.window.times.length + s.window.values.length;
    for (const u of unknown.values()) n += u.names.size;
    for (const b of bursts) n += b.seen.length;
    return n;
  }

  return { add, result, retained };
}
