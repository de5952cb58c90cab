// The 事業者台帳's systems in use with their MDS/SDS, as the suggestions for 2(3) / 2-③ and the
// findings read them.

import type { SystemSubject } from '../../../domain/findings/disclosure-findings.ts';
import type { DisclosureFact } from '../../../domain/suggestions/types.ts';
import type { Db, Tx } from '../../db/client.ts';
import { disclosureState, presentSystem } from './vendors.present.ts';
import { listDisclosures, listSystems, listVendors, rowLabels } from './vendors.repo.ts';

/** The vendors in business and their systems in use, with every MDS/SDS and the names of the files kept. */
async function systemsInUse(db: Db | Tx, orgId: string) {
  const vendors = (await listVendors(db, orgId)).filter((v) => v.status === 'active');
  const systems = (await listSystems(db, orgId)).filter((s) => s.status === 'active');
  const disclosures = await listDisclosures(db, orgId);
  const evidence = disclosures.flatMap((d) => (d.evidenceId ? [d.evidenceId] : []));
  const labels = await rowLabels(db, orgId, { devices: [], connections: [], contacts: [], evidence });
  const pairs = vendors.flatMap((vendor) => systems.filter((s) => s.vendorId === vendor.id).map((system) => ({ vendor, system })));
  return { pairs, disclosures, labels };
}

export async function disclosureFactsOf(db: Db | Tx, orgId: string, today: string): Promise<DisclosureFact[]> {
  const { pairs, disclosures, labels } = await systemsInUse(db, orgId);
  return pairs.map(({ vendor, system }) => {
    const shown = presentSystem(system, today, labels, disclosures);
    return {
      vendorName: vendor.name,
      systemName: system.name,
      documents: shown.disclosures
        .filter((d) => d.current)
        .map((d) => ({ kind: d.kind, issuedOn: d.issuedOn, withFile: d.fileName !== null })),
      problems: shown.disclosureProblems,
    };
  });
}

/** Each system in use as the findings see it: a stamp that changes with the system, its records and their files. */
export async function systemSubjectsOf(db: Db | Tx, orgId: string): Promise<SystemSubject[]> {
  const { pairs, disclosures, labels } = await systemsInUse(db, orgId);
  return pairs.map(({ vendor, system }) => {
    const { own, problems } = disclosureState(system, labels, disclosures);
    const docs = own.map((d) => `${d.id.slice(0, 8)}.${d.version}${d.evidenceId && labels.evidence.has(d.evidenceId) ? 'f' : ''}`);
    return {
      systemId: system.id,
      vendorId: vendor.id,
      label: `${vendor.name} ${system.name}`,
      stamp: [`v${system.version}`, ...docs].join('-'),
      problems,
    };
  });
}
