// What the ledgers say about each checklist item of an assessment (domain/suggestions/suggest.ts),
// read once per request from the 機器台帳, the 外部接続点 register, the ledger settings, the
// maintenance confirmations and the end-of-life data.

import { itemLabel } from '../../../domain/assessment/rules.ts';
import type { CatalogItem } from '../../../domain/catalog/schema.ts';
import { fiscalYear, todayJst } from '../../../domain/dates/fiscal-year.ts';
import { readStatus } from '../../../domain/devices/status.ts';
import {
  type ConnectionFact,
  type DeviceFact,
  type LedgerFacts,
  type Suggestion,
  suggest,
  type Topic,
  topicOf,
} from '../../../domain/suggestions/suggest.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { accountFactsOf } from '../accounts/account-facts.ts';
import { formOf } from '../assessments/assessments.present.ts';
import { listAssessmentsOfOrg } from '../assessments/assessments.repo.ts';
import { assessmentOrNotFound, versionOf } from '../assessments/assessments.service.ts';
import { backupFactsOf } from '../backup-ledger/backup-facts.ts';
import { bcpSheetFactOf } from '../bcp/bcp-item-fact.ts';
import type { Caller } from '../caller.ts';
import { listConnections } from '../connections/connections.repo.ts';
import { type DeviceFactRow, deviceFactRows } from '../devices/devices.repo.ts';
import { deviceFindings, type LedgerRows, ledgerRowsOf, standing } from '../feeds/findings.service.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { disclosureFactsOf } from '../vendors/disclosure-facts.ts';
import { settingsOf } from './ledger-settings.repo.ts';
import { confirmationFact, deviceLabel } from './maintenance.present.ts';
import { confirmationsOf } from './maintenance.repo.ts';
import { supportFromData } from './support-data.ts';

/**
 * The facts the suggestions read. The end-of-life and vulnerability data (support dates from the
 * data, findings) are matched against every device and only the patch item reads them: `patch:
 * false` leaves them out (findings absent, supportFromData null) for a suggestion of another item.
 */
export async function ledgerFacts(
  db: Db | Tx,
  orgId: string,
  now: Date,
  {
    patch = true,
    disclosures = true,
    accounts = true,
    backups = true,
    bcp = true,
    fiscalYear,
  }: { patch?: boolean; disclosures?: boolean; accounts?: boolean; backups?: boolean; bcp?: boolean; fiscalYear?: number } = {},
): Promise<LedgerFacts> {
  // the patch item's findings match whole rows; the other items read the facts' columns only
  const rows = patch ? await ledgerRowsOf(db, orgId) : undefined;
  const devices: DeviceFactRow[] = rows?.devices ?? (await deviceFactRows(db, orgId));
  const points = rows?.points ?? (await listConnections(db, orgId));
  const settings = await settingsOf(db, orgId);
  const support = patch ? await supportFromData(db, devices) : new Map<string, string | boolean | null>();
  return {
    devices: devices.map((d) => ({
      id: d.id,
      label: deviceLabel(d),
      deviceClass: d.deviceClass as DeviceFact['deviceClass'],
      status: readStatus(d.status) ?? 'active',
      assetNo: d.assetNo,
      maker: d.maker,
      os: d.os,
      software: d.software as DeviceFact['software'],
      hostname: d.hostname,
      location: d.location,
      ipAddress: d.ipAddress,
      userName: d.userName,
      model: d.model,
      description: d.description,
      tags: d.tags as string[],
      vendorName: d.vendorName,
      remoteMaintenance: d.remoteMaintenance,
      supportEnd: d.supportEnd,
      supportFromData: support.get(d.id) ?? null,
      lastPatch: d.lastPatch,
      usbRestricted: d.usbRestricted,
      servicesReviewedOn: d.servicesReviewedOn,
    })),
    connections: points.map(({ point: p }) => ({
      id: p.id,
      label: p.name,
      kind: p.kind as ConnectionFact['kind'],
      status: readStatus(p.status) ?? 'active',
      vendorName: p.vendorName,
      sourceRestriction: p.sourceRestriction as ConnectionFact['sourceRestriction'],
      geoRestriction: p.geoRestriction,
      mfa: p.mfa,
    })),
    ledgerReviewedOn: settings.devicesReviewedOn,
    today: todayJst(now),
    patchMaxDays: settings.patchMaxDays,
    ...(rows ? { findings: await patchFindings(db, orgId, now, rows) } : {}),
    confirmations: (await confirmationsOf(db, orgId)).map(confirmationFact),
    // the 事業者台帳's MDS/SDS: read only for the suggestions that use them (not on every save)
    ...(disclosures ? { disclosures: await disclosureFactsOf(db, orgId, todayJst(now)) } : {}),
    // the 利用者台帳: likewise read only for its items
    ...(accounts ? { accounts: await accountFactsOf(db, orgId) } : {}),
    // the バックアップ台帳: likewise
    ...(backups ? { backups: await backupFactsOf(db, orgId, now) } : {}),
    // the latest BCP 確認表: likewise
    ...(bcp ? { bcpSheet: await bcpSheetFactOf(db, orgId, fiscalYear) } : {}),
  };
}

/** Known-exploited (matched by version) and end-of-life findings on devices, for the patch items. */
async function patchFindings(db: Db | Tx, orgId: string, now: Date, rows: LedgerRows): Promise<NonNullable<LedgerFacts['findings']>> {
  const found = (await deviceFindings(db, orgId, now, { rows, systems: false })).filter(standing);
  return found
    .filter((f) => f.subject.type === 'device' && ((f.kind === 'kev' && f.method === 'version-range') || f.kind === 'eol'))
    .map((f) => ({
      deviceId: f.subject.id,
      label: f.subject.label,
      kind: f.kind as 'kev' | 'eol',
      title: f.kind === 'kev' ? (f.cves[0]?.cveId ?? f.title) : f.title,
    }));
}

export function suggestionsOf(items: CatalogItem[], facts: LedgerFacts): Record<string, Suggestion> {
  const out: Record<string, Suggestion> = {};
  for (const item of items) {
    const s = suggest(item, facts);
    if (s) out[item.id] = s;
  }
  return out;
}

const ACCOUNT_TOPICS: Topic[] = ['accounts', 'access', 'password', 'mfa', 'logs'];

/** The suggestion for one item at the moment it is answered (kept with the answer), or null. */
export async function suggestionAtAnswer(
  db: Db | Tx,
  orgId: string,
  item: CatalogItem,
  now: Date,
  scope: { forVendor: string | null; forSystem: string | null } = { forVendor: null, forSystem: null },
  fiscalYear?: number,
): Promise<Suggestion | null> {
  const topic = topicOf(item);
  return topic
    ? suggest(item, {
        ...(await ledgerFacts(db, orgId, now, {
          patch: topic === 'patch',
          disclosures: topic === 'disclosure',
          accounts: ACCOUNT_TOPICS.includes(topic),
          backups: topic === 'backup',
          bcp: topic === 'bcp',
          fiscalYear,
        })),
        ...scope,
      })
    : null;
}

/** A 事業者確認用 is about its vendor's systems only. */
export const forVendorOf = (row: { form: string; vendorName: string | null }) => (row.form === 'vendor' ? row.vendorName : null);
/** …and, when it names one, its system only. */
export const forSystemOf = (row: { form: string; systemName: string | null }) => (row.form === 'vendor' ? row.systemName || null : null);

/** GET …/assessments/:assessmentId/suggestions */
export async function getSuggestions(deps: Deps, caller: Caller, orgId: string, assessmentId: string) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const row = await assessmentOrNotFound(deps, orgId, assessmentId);
  const items = formOf(versionOf(deps, row.catalogVersion, row.catalogRevision), row.form).items;
  const facts = {
    ...(await ledgerFacts(deps.db, orgId, deps.clock.now(), { fiscalYear: row.fiscalYear })),
    forVendor: forVendorOf(row),
    forSystem: forSystemOf(row),
  };
  return {
    items: suggestionsOf(items, facts),
    ledger: {
      devices: facts.devices.length,
      connections: facts.connections.length,
      reviewedOn: facts.ledgerReviewedOn,
      patchMaxDays: facts.patchMaxDays,
    },
  };
}

/** Every assessment of a year with what the ledgers say per item (`mamori suggest`). */
export async function suggestYear(deps: Deps, orgId: string, year: number) {
  const facts = await ledgerFacts(deps.db, orgId, deps.clock.now(), { fiscalYear: year });
  const rows = (await listAssessmentsOfOrg(deps.db, orgId)).filter((r) => r.fiscalYear === year);
  return rows.map((r) => {
    const version = versionOf(deps, r.catalogVersion, r.catalogRevision);
    const form = formOf(version, r.form);
    const items = suggestionsOf(form.items, { ...facts, forVendor: forVendorOf(r), forSystem: forSystemOf(r) });
    return {
      assessment: [fiscalYear(year).label, form.label, r.vendorName, r.systemName].filter(Boolean).join(' '),
      items: form.items
        .filter((i) => items[i.id])
        .map((i) => ({ itemId: i.id, label: itemLabel(i, version.numbering), ...(items[i.id] as Suggestion) })),
    };
  });
}
