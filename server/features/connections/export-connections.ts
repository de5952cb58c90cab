// The 外部接続点 register as CSV (UTF-8 with BOM, or CP932) or .xlsx, for the 保健所 or the vendor.
import { connectionLabels, connectionStatusLabels, kindLabels, restrictionLabels } from '../../../domain/connections/connection.ts';
import type { Deps } from '../../deps.ts';
import { type TableFormat, tableFile } from '../../lib/table-file.ts';
import type { Caller } from '../caller.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { presentConnection } from './connections.present.ts';
import { listConnections } from './connections.repo.ts';

const COLUMNS = [
  'name',
  'kind',
  'vendorName',
  'purpose',
  'carrier',
  'sourceRestriction',
  'allowedSources',
  'timeWindow',
  'geoRestriction',
  'mfa',
  'firmware',
  'confirmedBy',
  'confirmedOn',
  'status',
  'note',
] as const;

export async function exportConnectionsAs(deps: Deps, orgId: string, format: TableFormat, stem: string) {
  const points = (await listConnections(deps.db, orgId)).map((r) => presentConnection(r.point, r.deviceLabel));
  const header = [
    ...COLUMNS.slice(0, 3).map((c) => connectionLabels[c]),
    '機器',
    ...COLUMNS.slice(3).map((c) => connectionLabels[c]),
    '注意',
  ];
  const rows = points.map((p) => {
    const cell = (c: (typeof COLUMNS)[number]): string => {
      if (c === 'kind') return kindLabels[p.kind].ja;
      if (c === 'sourceRestriction') return restrictionLabels[p.sourceRestriction].ja;
      if (c === 'status') return connectionStatusLabels[p.status].ja;
      if (c === 'mfa') return p.mfa === null ? '未確認' : p.mfa ? 'あり' : 'なし';
      if (c === 'allowedSources') return p.allowedSources.join('\n');
      return (p[c] as string | null) ?? '';
    };
    return [...COLUMNS.slice(0, 3).map(cell), p.deviceLabel ?? '', ...COLUMNS.slice(3).map(cell), p.warnings.join(' / ')];
  });
  return tableFile([header, ...rows], format, stem, '外部接続点');
}

export async function exportConnections(deps: Deps, caller: Caller, orgId: string, format: TableFormat) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return exportConnectionsAs(deps, orgId, format, `外部接続点_${org.slug}`);
}
