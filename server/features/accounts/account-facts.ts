// The 利用者台帳 read once for the findings and the suggestions (domain/accounts/facts.ts): every
// account with its system and the leave date that applies, the systems, the leavers list's size and
// the organisation's dormant threshold.

import { type AccountLedgerFacts, logonColumnIn, remoteOf, withLeaveDates } from '../../../domain/accounts/facts.ts';
import { reviewDueOn } from '../../../domain/accounts/log-list.ts';
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import type { Db, Tx } from '../../db/client.ts';
import { findEvidence } from '../evidence/evidence.repo.ts';
import { settingsOf } from '../suggestions/ledger-settings.repo.ts';
import { accountsWithSystem, listAccountSystems } from './accounts.repo.ts';
import { asLeaver, leaversOf } from './leavers.repo.ts';
import { logReviewsOf, logSourcesOf } from './log-list.repo.ts';
import { reviewStates } from './review-states.ts';

const day = (d: Date | null) => (d ? todayJst(d) : null);

/** "yamada.t (山田 太郎) — Windows ドメイン" */
export const accountLabel = (a: { accountId: string; name: string }, systemName: string) =>
  `${a.accountId}${a.name && a.name !== a.accountId ? ` (${a.name})` : ''} — ${systemName}`;

/** The 権限規程's file, while it is still in the evidence store. */
async function accessPolicyOf(db: Db | Tx, orgId: string, evidenceId: string | null) {
  const file = evidenceId ? await findEvidence(db, orgId, evidenceId) : undefined;
  return file ? { fileName: file.fileName } : null;
}

/** `systemId`: only that system's accounts (a system's page), the rest as for the whole organisation. */
export async function accountFactsOf(db: Db | Tx, orgId: string, systemId?: string): Promise<AccountLedgerFacts> {
  return (await accountFactsAndRows(db, orgId, systemId)).facts;
}

/** …with the account rows they were made from (a system's page shows the rows: read once). */
export async function accountFactsAndRows(db: Db | Tx, orgId: string, systemId?: string) {
  const systems = await listAccountSystems(db, orgId);
  const rows = await accountsWithSystem(db, orgId, systemId);
  const listed = await leaversOf(db, orgId);
  const settings = await settingsOf(db, orgId);
  const reviews = await reviewStates(db, orgId);
  const looks = await logReviewsOf(db, orgId);
  const accounts = withLeaveDates(
    rows.map(({ account: a, systemName, source }) => ({
      id: a.id,
      label: accountLabel(a, systemName),
      systemId: a.systemId,
      systemName,
      source,
      accountId: a.accountId,
      name: a.name,
      nameKey: a.nameKey,
      employeeId: a.employeeId,
      department: a.department,
      role: a.role,
      kind: a.kind,
      status: a.status,
      isAdmin: a.isAdmin,
      shared: a.shared,
      remote: remoteOf(a.raw),
      mfa: a.mfa,
      passwordNeverExpires: a.passwordNeverExpires,
      lastLogonOn: day(a.lastLogonAt),
      createdOn: day(a.createdOn),
      logonKnown: a.lastLogonAt !== null || logonColumnIn(a.raw),
      ownLeftOn: a.leftOn,
      version: a.version,
    })),
    listed.map(asLeaver),
  );
  const facts: AccountLedgerFacts = {
    systems: systems.map(({ system, accounts: n }) => ({
      id: system.id,
      name: system.name,
      source: system.source,
      accounts: Number(n),
      lastReviewOn: reviews.get(system.id)?.lastReviewOn ?? null,
      nextReviewOn: reviews.get(system.id)?.nextReviewOn ?? null,
    })),
    logs: (await logSourcesOf(db, orgId)).map(({ source: s, systemName }) => {
      const last = looks.find((r) => r.logSourceId === s.id)?.reviewedOn ?? null;
      return {
        id: s.id,
        label: `${s.name} (${systemName})`,
        systemId: s.systemId,
        contents: s.contents,
        retentionMonths: s.retentionMonths,
        lastReviewedOn: last,
        dueOn: reviewDueOn(last, todayJst(s.createdAt), s.reviewEveryMonths),
      };
    }),
    accounts,
    leavers: listed.length,
    dormantDays: settings.dormantDays,
    accessPolicy: await accessPolicyOf(db, orgId, settings.accessPolicyEvidenceId),
  };
  return { facts, rows: rows.map((r) => r.account) };
}
