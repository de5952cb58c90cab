// Who was trained in a fiscal year (年度, April–March): every person who attended at least one
// session that year with their sessions, and the staff of the 利用者台帳 who attended none (未受講).
// One person is one folded name (domain/accounts/names.ts nameKey): the same person's accounts in AD
// and in the 電子カルテ, or a name typed for one session and picked from the ledger for another, count
// once. The 未受講 list can only be as complete as the 利用者台帳: people without an account there
// (or without a name on it) are not in it.
import { nameKey } from '../accounts/names.ts';
import { inFiscalYear } from '../dates/fiscal-year.ts';

export interface SessionFacts {
  id: string;
  heldOn: string;
  topic: string;
  attendees: { accountId: string | null; name: string; department: string }[];
}
export interface DrillFacts {
  heldOn: string;
  sent: number;
  clicked: number;
  reported: number;
}
/** An active person account of the 利用者台帳 with a name. */
export interface StaffFacts {
  name: string;
  nameKana: string;
  department: string;
}

export interface PersonCompletion {
  name: string;
  department: string;
  /** picked from the 利用者台帳 at least once */
  fromLedger: boolean;
  sessions: { id: string; heldOn: string; topic: string }[];
}

export interface Completion {
  people: PersonCompletion[];
  notAttended: { name: string; department: string }[];
  /** people in the 利用者台帳 (active, with a name) the 未受講 list is made from: 0 means it says nothing */
  ledgerPeople: number;
  totals: {
    sessions: number;
    /** people who attended at least one session */
    attendees: number;
    drills: number;
    sent: number;
    clicked: number;
    reported: number;
    /** clicked / sent over the year's drills (null: no mail sent) */
    clickRate: number | null;
    reportRate: number | null;
  };
}

const byName = (a: { name: string; department: string }, b: { name: string; department: string }) =>
  a.department.localeCompare(b.department, 'ja') || a.name.localeCompare(b.name, 'ja');

export function completionOf(year: number, sessions: SessionFacts[], drills: DrillFacts[], staff: StaffFacts[]): Completion {
  const yearSessions = sessions.filter((s) => inFiscalYear(s.heldOn, year)).sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const people = new Map<string, PersonCompletion>();
  for (const s of yearSessions) {
    for (const a of s.attendees) {
      const key = nameKey(a.name);
      if (!key) continue;
      const p = people.get(key) ?? { name: a.name, department: a.department, fromLedger: false, sessions: [] };
      if (!p.department && a.department) p.department = a.department;
      if (a.accountId) p.fromLedger = true;
      if (!p.sessions.some((x) => x.id === s.id)) p.sessions.push({ id: s.id, heldOn: s.heldOn, topic: s.topic });
      people.set(key, p);
    }
  }
  const missing = new Map<string, { name: string; department: string; reading: string }>();
  const ledger = new Set<string>();
  for (const st of staff) {
    const key = nameKey(st.name);
    if (key) ledger.add(key);
    if (!key || people.has(key) || missing.has(key)) continue;
    missing.set(key, { name: st.name, department: st.department, reading: st.nameKana || st.name });
  }
  const yearDrills = drills.filter((d) => inFiscalYear(d.heldOn, year));
  const sum = (f: (d: DrillFacts) => number) => yearDrills.reduce((n, d) => n + f(d), 0);
  const [sent, clicked, reported] = [sum((d) => d.sent), sum((d) => d.clicked), sum((d) => d.reported)];
  return {
    people: [...people.values()].sort(byName),
    notAttended: [...missing.values()]
      .sort((a, b) => a.department.localeCompare(b.department, 'ja') || a.reading.localeCompare(b.reading, 'ja'))
      .map(({ name, department }) => ({ name, department })),
    ledgerPeople: ledger.size,
    totals: {
      sessions: yearSessions.length,
      attendees: people.size,
      drills: yearDrills.length,
      sent,
      clicked,
      reported,
      clickRate: sent ? clicked / sent : null,
      reportRate: sent ? reported / sent : null,
    },
  };
}

/** 12.5% (one decimal; 「—」 when nothing was sent). */
export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);
