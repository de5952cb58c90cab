// The logon findings of a system's latest read (logon-findings.ts) as findings of the findings list:
// the subject is the system's logon record (its page in the 利用者台帳), the id stable for the same
// finding of the same system (a decision on it holds until another file is read: the stamp is the read).
import type { AccountFact } from '../accounts/facts.ts';
import type { Finding } from '../findings/finding.ts';
import type { AccountStatusInput, LogonFinding, LogonFindingKind } from './logon-findings.ts';

const TOPICS: Record<LogonFindingKind, string[]> = {
  'rdp-outside': ['access', 'logs'],
  'rdp-unjudged': ['logs'],
  'leaver-logon': ['accounts', 'logs'],
  'leaver-attempt': ['accounts', 'logs'],
  'disabled-logon': ['accounts', 'logs'],
  'failure-burst': ['password', 'logs'],
  'night-logon': ['logs'],
  incomplete: ['logs'],
};

export function logonFindingsAsFindings(read: { id: string; systemId: string; systemName: string }, found: LogonFinding[]): Finding[] {
  return found.map((f) => ({
    // f.id starts with 'logon:'
    id: `${read.systemId}:${f.id}`,
    severity: f.severity,
    kind: 'rule' as const,
    subject: {
      type: 'logon' as const,
      id: read.id,
      label: `${read.systemName} のログオン記録${f.account ? ` (${f.account})` : ''}`,
      stamp: read.id,
      deviceClass: 'logon' as const,
      systemId: read.systemId,
    },
    title: f.title,
    detail: f.detail,
    method: 'rule' as const,
    confidence: 'high' as const,
    cves: [],
    eol: null,
    topics: TOPICS[f.kind],
    via: [],
    items: [],
  }));
}

/**
 * What the 利用者台帳 knows of a system's accounts that the logon rules judge by: the leavers (their
 * leave date) and the accounts no longer enabled (when they were disabled is not recorded).
 */
export function accountStatusesOf(accounts: AccountFact[]): AccountStatusInput[] {
  return accounts.flatMap((a): AccountStatusInput[] => {
    const label = a.name && a.name !== a.accountId ? a.name : undefined;
    if (a.leftOn) return [{ id: a.accountId, status: 'leaver', since: a.leftOn, ...(label ? { label } : {}) }];
    if (a.status !== 'active') return [{ id: a.accountId, status: 'disabled', since: null, ...(label ? { label } : {}) }];
    return [];
  });
}
