// A hospital's Windows Security log as NXLog (om_json, im_msvistalog) writes it: one JSON object per
// line, EventData flat, EventTime the collector's local time (Japan), in time order, in the shape of
// domain/logons/fixtures.test-helpers.ts `nxlogLine`. About 2,000 accounts (people, service accounts,
// the workstations' machine accounts) on ~50 computers over 30 days, more by day than by night:
// 4624 (logon types 2, 3, 7, 10), 4634 logoffs, 4625 failures (a steady trickle, and bursts: a
// person locked out, a password spray from outside), and a few 4688 (process creation: not logons).
// Written to disk as it is made (never the whole file in memory). Deterministic: the same n gives the
// same file.

import { once } from 'node:events';
import fs from 'node:fs';
import { finished } from 'node:stream/promises';

const DOMAIN = 'BYOIN';
const START = Date.parse('2026-11-01T00:00:00+09:00');
const DAYS = 30;
/** relative activity by hour of the day, Japan time */
const BY_HOUR = [0.25, 0.2, 0.2, 0.2, 0.25, 0.35, 0.6, 1, 1.6, 2, 2, 1.9, 1.5, 1.8, 1.9, 1.9, 1.7, 1.4, 1, 0.8, 0.6, 0.5, 0.4, 0.3];
const MEAN_WEIGHT = BY_HOUR.reduce((a, b) => a + b, 0) / BY_HOUR.length;

const SERVERS = ['DC01', 'DC02', 'KARTE-SV01', 'KARTE-SV02', 'PACS-SV', 'LAB-SV', 'RECEPT-SV', 'FILE-SV', 'RDS-SV01', 'RDS-SV02'];
/** servers where network (type 3) logons are logged */
const NETWORK = SERVERS.slice(0, 8);
/** the department servers a person uses besides a domain controller and an electronic chart server */
const DEPARTMENT_SERVERS = ['PACS-SV', 'LAB-SV', 'RECEPT-SV', 'FILE-SV'];
const WARDS = ['NS3F', 'NS4F', 'NS5F', 'GAIRAI', 'KENSA', 'HOSHA', 'YAKUZAI', 'IJI'];
/** 40 workstations: 5 per ward or department */
const WORKSTATIONS = WARDS.flatMap((w) => [1, 2, 3, 4, 5].map((i) => `${w}-PC0${i}`));
const SURNAMES = (
  'sato suzuki takahashi tanaka ito watanabe yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto ' +
  'inoue kimura hayashi saito shimizu yamazaki mori ikeda hashimoto abe ishikawa yamashita nakajima ishii ogawa maeda ' +
  'okada hasegawa fujita goto kondo murakami endo aoki sakamoto'
).split(' ');
const INITIALS = 'a c d e f g h i j k m n r s t y'.split(' ');
const SERVICES = [
  'svc_backup',
  'svc_pacs',
  'svc_karte',
  'svc_lab',
  'svc_scan',
  'svc_sql',
  'svc_av',
  'svc_print',
  'administrator',
  'itadmin',
];
/** names a password spray tries (most do not exist here) */
const SPRAY_NAMES = ['administrator', 'admin', 'user', 'test', 'guest', 'scanner', 'backup', 'support', 'operator', 'staff', 'nurse'];

interface Person {
  name: string;
  /** the workstation (index in WORKSTATIONS) where the person signs in and unlocks */
  home: number;
  /** the address the person's network and RDP logons come from */
  address: string;
  /** the servers the person's network logons are logged on */
  servers: string[];
  /** the remote desktop server the person uses (one in ten), else null */
  rds: string | null;
}

interface Event {
  id: number;
  at: number;
  user: string;
  host: string;
  type?: number;
  address?: string;
  status?: string;
  subStatus?: string;
}

export interface LogonFile {
  path: string;
  bytes: number;
  /** every line of the file */
  lines: number;
  /** 4624, 4625 and 4634 lines: what the server should count as logon events */
  logonEvents: number;
  byEventId: Record<number, number>;
  accounts: number;
  computers: number;
  sources: number;
  bursts: number;
  days: number;
}

/** mulberry32: a small deterministic generator in [0, 1) */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `2026-11-30 23:12:45`: Japan time without a zone, as NXLog's EventTime */
const localTime = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/** One NXLog line (the shape of nxlogLine; 4634 has no address, 4688 its process) */
function nxlog(e: Event): string {
  const time = localTime(e.at);
  return JSON.stringify({
    EventTime: time,
    EventReceivedTime: time,
    Hostname: `${e.host}.byoin.local`,
    SourceName: 'Microsoft-Windows-Security-Auditing',
    Channel: 'Security',
    EventID: e.id,
    EventType: e.id === 4625 ? 'AUDIT_FAILURE' : 'AUDIT_SUCCESS',
    SourceModuleType: 'im_msvistalog',
    ...(e.id === 4688
      ? { SubjectUserName: e.user, SubjectDomainName: DOMAIN, NewProcessName: 'C:\\Windows\\System32\\cmd.exe' }
      : { TargetUserName: e.user, TargetDomainName: DOMAIN, LogonType: String(e.type ?? 3) }),
    ...(e.address ? { IpAddress: e.address, IpPort: '0', WorkstationName: '-' } : {}),
    ...(e.status ? { Status: e.status, SubStatus: e.subStatus ?? '0x0' } : {}),
  });
}

/** Writes a file of `target` logon events (plus ~1% 4688 lines) to `path`. */
export async function writeLogonFile(path: string, target: number, accounts = 2_000): Promise<LogonFile> {
  const rnd = random(14);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const clients = Array.from({ length: 300 }, (_, i) => `192.168.${10 + (i >> 8)}.${(i % 254) + 1}`);
  const wsAddress = (i: number) => `192.168.20.${i + 1}`;
  const people: Person[] = Array.from({ length: accounts - SERVICES.length - WORKSTATIONS.length }, (_, i) => {
    const combos = SURNAMES.length * INITIALS.length;
    const name = `${SURNAMES[i % SURNAMES.length]}.${INITIALS[Math.floor(i / SURNAMES.length) % INITIALS.length]}`;
    return {
      name: i < combos ? name : `${name}${Math.floor(i / combos) + 1}`,
      home: i % WORKSTATIONS.length,
      address: pick(clients),
      servers: [pick(['DC01', 'DC02']), pick(['KARTE-SV01', 'KARTE-SV02']), pick(DEPARTMENT_SERVERS)],
      rds: rnd() < 0.1 ? pick(['RDS-SV01', 'RDS-SV02']) : null,
    };
  });

  const out = fs.createWriteStream(path);
  let text = '';
  const file: LogonFile = {
    path,
    bytes: 0,
    lines: 0,
    logonEvents: 0,
    byEventId: {},
    accounts: 0,
    computers: 0,
    sources: 0,
    bursts: 0,
    days: 0,
  };
  const users = new Set<string>();
  const hosts = new Set<string>();
  const sources = new Set<string>();
  const emit = async (e: Event) => {
    text += `${nxlog(e)}\n`;
    file.lines++;
    file.byEventId[e.id] = (file.byEventId[e.id] ?? 0) + 1;
    if (e.id !== 4688) {
      file.logonEvents++;
      if (e.subStatus !== '0xC0000064') users.add(e.user);
      hosts.add(e.host);
      if (e.address) sources.add(e.address);
    }
    if (text.length >= 1 << 20) {
      if (!out.write(text)) await once(out, 'drain');
      text = '';
    }
  };

  /** a person (the busy ones more often) */
  const person = () => people[Math.floor(rnd() * rnd() * people.length)] as Person;

  /** one event of an ordinary hour */
  const ordinary = (at: number): Event => {
    const r = rnd();
    if (r < 0.06) {
      // a workstation's machine account at a domain controller
      const ws = Math.floor(rnd() * WORKSTATIONS.length);
      return { id: 4624, at, user: `${WORKSTATIONS[ws]}$`, host: pick(['DC01', 'DC02']), type: 3, address: wsAddress(ws) };
    }
    if (r < 0.08)
      return { id: 4624, at, user: pick(SERVICES), host: pick(NETWORK), type: 3, address: pick(['192.168.1.10', '192.168.1.11']) };
    const p = person();
    const k = rnd();
    const home = WORKSTATIONS[p.home] as string;
    if (k < 0.05 && p.rds) return { id: 4624, at, user: p.name, host: p.rds, type: 10, address: p.address };
    if (k < 0.35) return { id: 4624, at, user: p.name, host: pick(p.servers), type: 3, address: p.address };
    if (k < 0.45) return { id: 4624, at, user: p.name, host: home, type: 2, address: '127.0.0.1' };
    if (k < 0.55) return { id: 4624, at, user: p.name, host: home, type: 7, address: '127.0.0.1' };
    if (k < 0.93) {
      if (k < 0.6 && p.rds) return { id: 4634, at, user: p.name, host: p.rds, type: 10 };
      const type = pick([3, 3, 3, 2, 7]);
      return { id: 4634, at, user: p.name, host: type === 3 ? pick(p.servers) : home, type };
    }
    // a failure: mostly a mistyped password, some typo'd names, locked out or disabled accounts
    const f = rnd();
    const [status, subStatus] =
      f < 0.75
        ? ['0xC000006D', '0xC000006A']
        : f < 0.87
          ? ['0xC000006D', '0xC0000064']
          : f < 0.95
            ? ['0xC0000234', '0x0']
            : ['0xC000006E', '0xC0000072'];
    const user = subStatus === '0xC0000064' ? p.name.replace('.', '') : p.name;
    return rnd() < 0.6
      ? { id: 4625, at, user, host: home, type: 2, address: '127.0.0.1', status, subStatus }
      : { id: 4625, at, user, host: pick(p.servers), type: 3, address: p.address, status, subStatus };
  };

  /** a burst of failures starting at `at`: a person locked out (then helped), or a spray from outside */
  const burst = (at: number): Event[] => {
    const events: Event[] = [];
    let t = at;
    if (rnd() < 0.7) {
      const p = person();
      const host = WORKSTATIONS[p.home] as string;
      const n = 10 + Math.floor(rnd() * 10);
      for (let i = 0; i < n; i++) {
        t += 5_000 + rnd() * 15_000;
        const locked = i >= 10;
        events.push({
          id: 4625,
          at: t,
          user: p.name,
          host,
          type: 2,
          address: '127.0.0.1',
          status: locked ? '0xC0000234' : '0xC000006D',
          subStatus: locked ? '0x0' : '0xC000006A',
        });
      }
      if (rnd() < 0.5) events.push({ id: 4624, at: t + 120_000 + rnd() * 480_000, user: p.name, host, type: 2, address: '127.0.0.1' });
    } else {
      const address = `203.0.113.${1 + Math.floor(rnd() * 254)}`;
      const n = 20 + Math.floor(rnd() * 60);
      for (let i = 0; i < n; i++) {
        t += 1_000 + rnd() * 3_000;
        const user = rnd() < 0.8 ? pick(SPRAY_NAMES) : person().name;
        const known = user === 'administrator' || user.includes('.');
        events.push({
          id: 4625,
          at: t,
          user,
          host: 'RDS-SV01',
          type: 3,
          address,
          status: '0xC000006D',
          subStatus: known ? '0xC000006A' : '0xC0000064',
        });
      }
    }
    return events;
  };

  const step = (DAYS * 86_400_000) / target;
  let at = START;
  let pending: Event[] = [];
  try {
    while (file.logonEvents < target) {
      at += ((step * MEAN_WEIGHT) / (BY_HOUR[new Date(at + 9 * 3_600_000).getUTCHours()] ?? 1)) * 2 * rnd();
      while (pending.length > 0 && (pending[0] as Event).at <= at && file.logonEvents < target) await emit(pending.shift() as Event);
      if (file.logonEvents >= target) break;
      if (rnd() < 0.01) await emit({ id: 4688, at, user: person().name, host: pick(WORKSTATIONS) });
      if (pending.length === 0 && rnd() < 1 / 20_000) {
        pending = burst(at);
        file.bursts++;
      }
      await emit(ordinary(at));
    }
    out.end(text);
    await finished(out);
  } catch (err) {
    out.destroy();
    throw err;
  }
  return {
    ...file,
    bytes: fs.statSync(path).size,
    accounts: users.size,
    computers: hosts.size,
    sources: sources.size,
    days: (at - START) / 86_400_000,
  };
}
