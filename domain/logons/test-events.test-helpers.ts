// Logon events made directly (not read from a file), for the summary and findings tests.
import { accountKindOf, type LogonEvent, logonClassOf, sourceOf } from './events.ts';

/** A Japan time, 'YYYY-MM-DD HH:MM' or with seconds → epoch ms. */
const jst = (at: string) => Date.parse(`${(at.length === 16 ? `${at}:00` : at).replace(' ', 'T')}+09:00`);

const KIND: Record<number, LogonEvent['kind']> = { 4624: 'logon', 4625: 'failure', 4634: 'logoff', 1149: 'rdp-auth', 4778: 'reconnect' };

/** An event at a Japan time ('2026-11-30 08:12'), 4624 network logon unless told. */
export function ev(o: {
  at: string;
  account?: string;
  eventId?: number;
  type?: number | null;
  source?: string;
  system?: string;
  subStatus?: string;
}): LogonEvent {
  const eventId = o.eventId ?? 4624;
  const account = o.account ?? 'saito.h';
  const logonType = o.type === undefined ? (eventId === 4624 || eventId === 4625 ? 3 : null) : o.type;
  const { source, local } = sourceOf(o.source ?? '192.168.10.21');
  return {
    time: new Date(jst(o.at)).toISOString(),
    eventId,
    kind: KIND[eventId] ?? 'logon',
    account,
    domain: 'BYOIN',
    accountKind: accountKindOf(account),
    logonType,
    logonClass: logonClassOf(logonType),
    source,
    local,
    workstation: null,
    status: eventId === 4625 ? '0xC000006D' : null,
    subStatus: eventId === 4625 ? (o.subStatus ?? '0xC000006A') : null,
    computer: o.system ?? 'karte-sv01',
    line: 1,
  };
}

/** `n` Japan times from `start` ('2026-11-30 08:00'), `stepSeconds` apart. */
export function times(start: string, n: number, stepSeconds: number): string[] {
  const t0 = jst(start);
  return Array.from({ length: n }, (_, i) => {
    const t = new Date(t0 + i * stepSeconds * 1000 + 9 * 3_600_000).toISOString();
    return `${t.slice(0, 10)} ${t.slice(11, 19)}`;
  });
}
