// Findings of an organisation: its 機器台帳 and 外部接続点 checked against the loaded feeds
// (domain/findings/match.ts), worst first, with the feeds' versions and a warning when KEV is stale
// or nothing is loaded. The feeds' indexes are kept per process until another version is loaded.

import type { ConnectionKind } from '../../../domain/connections/connection.ts';
import { todayJst } from '../../../domain/dates/fiscal-year.ts';
import { accountFindings } from '../../../domain/findings/account-findings.ts';
import { disclosureFindings } from '../../../domain/findings/disclosure-findings.ts';
import type { NvdRecord } from '../../../domain/findings/feeds.ts';
import {
  type Feeds,
  type Finding,
  findingsOf,
  type KevIndex,
  kevIndex,
  type PointRef,
  SEVERITIES,
  type Severity,
  type Subject,
  severityLabels,
  worstFirst,
} from '../../../domain/findings/match.ts';
import { productName } from '../../../domain/findings/names.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import { type TableFormat, tableFile } from '../../lib/table-file.ts';
import { accountFactsOf } from '../accounts/account-facts.ts';
import { logonFindingsOf } from '../accounts/logons.service.ts';
import { backupFindingsOf } from '../backup-ledger/backup-facts.ts';
import type { Caller } from '../caller.ts';
import { listConnections } from '../connections/connections.repo.ts';
import { allDevices } from '../devices/devices.repo.ts';
import { authorizeOrg } from '../orgs/orgs.policy.ts';
import { systemSubjectsOf } from '../vendors/disclosure-facts.ts';
import { decisionsOf } from './decisions.repo.ts';
import { aliasesAll, feedsStamp, feedVersionsAll, loadedFeeds } from './feeds.repo.ts';
import { withChecklistItems } from './finding-items.ts';

const INTERNET: ConnectionKind[] = ['vpn', 'rdp', 'internet', 'cloud', 'mobile'];
const REMOTE_PORTS = new Set([22, 23, 3389, 5800, 5900, 5901, 5938, 1723, 1194]);
export const KEV_STALE_DAYS = 14;

let cache: { stamp: string; feeds: Feeds; index: KevIndex; nvd: Map<string, NvdRecord> } | null = null;

async function preparedFeeds(db: Db | Tx) {
  const stamp = await feedsStamp(db);
  if (cache?.stamp !== stamp) {
    const feeds = await loadedFeeds(db);
    cache = { stamp, feeds, index: kevIndex(feeds.kev), nvd: new Map(feeds.nvd.map((r) => [r.cveId, r])) };
  }
  return cache;
}

export interface LedgerRows {
  devices: Awaited<ReturnType<typeof allDevices>>;
  points: Awaited<ReturnType<typeof listConnections>>;
}

export const ledgerRowsOf = async (db: Db | Tx, orgId: string): Promise<LedgerRows> => ({
  devices: await allDevices(db, orgId),
  points: await listConnections(db, orgId),
});

type PointRow = LedgerRows['points'][number];
const pointLabel = ({ point, deviceLabel }: PointRow) => [point.name, deviceLabel].filter(Boolean).join(' / ');
const internet = ({ point }: PointRow) => INTERNET.includes(point.kind as ConnectionKind);

/** Each device's 外部接続点: the points that run on it, and the one it is maintained through (remote_via). */
function pointsByDevice(open: PointRow[], devices: LedgerRows['devices']): Map<string, PointRef[]> {
  const byId = new Map(open.map((p) => [p.point.id, p]));
  const out = new Map<string, PointRef[]>();
  const add = (deviceId: string, p: PointRow) => {
    const list = out.get(deviceId) ?? [];
    if (!list.some((r) => r.id === p.point.id)) list.push({ id: p.point.id, label: p.point.name, exposed: internet(p) });
    out.set(deviceId, list);
  };
  for (const p of open) if (p.point.deviceId) add(p.point.deviceId, p);
  for (const d of devices) {
    const via = d.remoteVia ? byId.get(d.remoteVia) : undefined;
    if (via) add(d.id, via);
  }
  return out;
}

/** The ledger rows and connection points as the matcher reads them. */
export function subjectsOf({ devices, points }: LedgerRows): Subject[] {
  const open = points.filter(({ point }) => point.status !== 'retired');
  const exposedDevices = new Set(open.filter((p) => internet(p) && p.point.deviceId).map(({ point }) => point.deviceId));
  const via = pointsByDevice(open, devices);
  const fromDevices: Subject[] = devices
    .filter((d) => d.status !== 'retired')
    .map((d) => ({
      type: 'device',
      id: d.id,
      stamp: `v${d.version}`,
      label: [d.assetNo, d.hostname].filter(Boolean).join(' ') || d.id.slice(0, 8),
      deviceClass: d.deviceClass as Subject['deviceClass'],
      exposed: exposedDevices.has(d.id),
      via: via.get(d.id) ?? [],
      maker: d.maker,
      values: [
        ...(d.os ? [{ field: 'os' as const, text: d.os }] : []),
        ...(d.software as { name: string; version: string }[]).map((s) => ({
          field: 'software' as const,
          // "FortiOS" + "FortiOS 6.0.4" is one product, not two
          text: productName(s.name, s.version),
        })),
      ],
      remoteServices: [...d.description.matchAll(/(\d+)\/(tcp|udp) ?([\w-]*)/g)]
        .filter((m) => REMOTE_PORTS.has(Number(m[1])))
        .map((m) => `${m[1]}/${m[2]} ${m[3]}`.trim()),
    }));
  const fromPoints: Subject[] = open.map((p) => ({
    type: 'connection',
    id: p.point.id,
    stamp: `v${p.point.version}`,
    label: pointLabel(p),
    deviceClass: 'connection',
    exposed: internet(p),
    maker: p.point.vendorName,
    values: p.point.firmware ? [{ field: 'firmware', text: p.point.firmware }] : [],
    kind: p.point.kind as ConnectionKind,
    sourceRestriction: p.point.sourceRestriction,
  }));
  return [...fromPoints, ...fromDevices];
}

export interface Decided extends Finding {
  /** a decision that still holds (the row and the feeds unchanged since), or null */
  decision: { decision: 'confirmed' | 'dismissed'; reason: string; by: string; at: string } | null;
}

/** Every finding of the organisation's ledgers now, worst first, with the decisions that still hold. */
/** `rows`: the ledger already read by the caller (suggestions read it too), else read here. */
export async function deviceFindings(
  db: Db | Tx,
  orgId: string,
  now: Date,
  /** `systems: false`: the ledger's devices and points only (the patch suggestion), without the vendors' systems, the accounts and the backups */
  opts: { withDecisions?: boolean; rows?: LedgerRows; systems?: boolean } = {},
): Promise<Decided[]> {
  const prepared = await preparedFeeds(db);
  const aliases = (await aliasesAll(db)).map((a) => [a.alias, a.canonical] as const);
  const rows = opts.rows ?? (await ledgerRowsOf(db, orgId));
  const accountFacts = opts.systems === false ? null : await accountFactsOf(db, orgId);
  const found = [
    ...findingsOf(subjectsOf(rows), prepared.feeds, todayJst(now), prepared, aliases),
    ...(opts.systems === false ? [] : (await systemSubjectsOf(db, orgId)).flatMap(disclosureFindings)),
    ...(accountFacts ? accountFindings(accountFacts, todayJst(now)) : []),
    ...(accountFacts ? await logonFindingsOf(db, orgId, accountFacts) : []),
    ...(opts.systems === false ? [] : await backupFindingsOf(db, orgId, now)),
  ].sort(worstFirst);
  if (opts.withDecisions === false) return found.map((f) => ({ ...f, decision: null }));
  const decisions = new Map((await decisionsOf(db, orgId)).map((d) => [d.findingId, d]));
  return found.map((f) => {
    const d = decisions.get(f.id);
    const holds = d && d.rowStamp === f.subject.stamp && d.feedStamp === prepared.stamp;
    return { ...f, decision: holds ? { decision: d.decision, reason: d.reason, by: d.decidedBy, at: d.decidedAt.toISOString() } : null };
  });
}

/** What counts: findings not dismissed as false positives. */
export const standing = (f: Decided) => f.decision?.decision !== 'dismissed';

/** Findings, worst first; at most `limit` of them listed (all are counted); dismissed ones only when asked. */
export async function findingsFor(
  deps: Deps,
  orgId: string,
  severities: Severity[] = [],
  limit = Number.POSITIVE_INFINITY,
  withDismissed = false,
) {
  const decided = await deviceFindings(deps.db, orgId, deps.clock.now());
  const dismissed = decided.filter((f) => !standing(f)).length;
  const all = decided.filter((f) => withDismissed || standing(f));
  const versions = await feedVersionsAll(deps.db);
  const warnings: string[] = [];
  const kev = versions.find((v) => v.kind === 'kev');
  if (!kev)
    warnings.push(
      '既知の悪用された脆弱性 (CISA KEV) のデータが読み込まれていません。システム管理者が「mamori feeds load --kev FILE」で読み込めます。',
    );
  else {
    const asOf = kev.releasedAt ? new Date(kev.releasedAt) : kev.loadedAt;
    const days = Math.floor((deps.clock.now().getTime() - asOf.getTime()) / 86_400_000);
    if (days > KEV_STALE_DAYS)
      warnings.push(`CISA KEV のデータ (${kev.version}) は ${days} 日前のものです。最新のファイルを読み込んでください。`);
  }
  if (!versions.some((v) => v.kind === 'eol')) warnings.push('サポート期限 (endoflife.date) のデータが読み込まれていません。');
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, all.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  const chosen = severities.length ? all.filter((f) => severities.includes(f.severity)) : all;
  const listed = await withChecklistItems(deps, orgId, chosen.slice(0, limit));
  return {
    findings: listed.findings,
    checklist: listed.checklist,
    total: chosen.length,
    dismissed,
    counts,
    feeds: versions.map((v) => ({
      kind: v.kind,
      version: v.version,
      releasedAt: v.releasedAt,
      loadedAt: v.loadedAt.toISOString(),
      entries: v.entries,
    })),
    warnings,
  };
}

export function severitiesParam(raw: string | undefined): Severity[] {
  const list = (raw ?? '').split(',').filter(Boolean);
  const bad = list.filter((s) => !(SEVERITIES as readonly string[]).includes(s));
  if (bad.length) {
    throw new AppError('VALIDATION', `severity は ${SEVERITIES.join(' / ')} のいずれかです (${bad.join(', ')})。`, {
      fields: [{ field: 'severity', message: bad.join(', ') }],
    });
  }
  return list as Severity[];
}

/** GET /api/orgs/:orgId/findings?severity=critical,high&limit=500 (worst first; a page is enough to act on) */
export async function getFindings(
  deps: Deps,
  caller: Caller,
  orgId: string,
  query: { severity: Severity[]; limit: number; dismissed: boolean },
) {
  await authorizeOrg(deps.db, caller, orgId, 'org.read');
  return findingsFor(deps, orgId, query.severity, query.limit, query.dismissed);
}

const METHOD: Record<string, string> = {
  'version-range': '版の範囲 (NVD)',
  'exact-cycle': '版で一致',
  'name-only': '名前のみ (要確認)',
  rule: '規則',
};

/** KEV's required action: the Japanese where known, the original after it (every distinct one once). */
export function actionsText(f: Finding): string {
  const actions = [...new Map(f.cves.map((c) => [c.requiredAction, c])).values()];
  return actions
    .map((c) =>
      c.action.ja
        ? `${c.action.ja}${c.action.complete ? '' : ' ほかの指示は原文を確認してください。'}\n(原文) ${c.requiredAction}`
        : `CISA の指示 (英語): ${c.requiredAction}`,
    )
    .join('\n');
}

const SUBJECT_TYPES = {
  device: '機器',
  connection: '外部接続点',
  system: '事業者のシステム',
  account: 'アカウント',
  logon: 'ログオン記録',
  backup: 'バックアップ',
} as const;

/** The findings as CSV / xlsx: severity, subject, finding, how it was matched, CVEs, dates. */
export async function exportFindings(deps: Deps, caller: Caller, orgId: string, format: TableFormat) {
  const { org } = await authorizeOrg(deps.db, caller, orgId, 'org.read');
  const { findings } = await findingsFor(deps, orgId, [], Number.POSITIVE_INFINITY, true);
  const rows = [
    [
      '重大度',
      '対象',
      '種類',
      '経由する外部接続点',
      '指摘',
      '照合方法',
      'CVE',
      '対応期限 (KEV)',
      '求められる対応 (KEV)',
      'サポート終了日',
      '詳細',
      'チェックリストの項目',
      '判断',
    ],
    ...findings.map((f) => [
      severityLabels[f.severity].ja,
      f.subject.label,
      SUBJECT_TYPES[f.subject.type],
      f.via.map((p) => p.label).join('\n'),
      f.title,
      METHOD[f.method] ?? f.method,
      f.cves.map((c) => c.cveId).join('\n'),
      f.cves.map((c) => c.dueDate).join('\n'),
      f.method === 'name-only' ? '' : actionsText(f),
      f.eol?.date ?? '',
      f.detail.join('\n'),
      f.items.map((i) => i.label).join('\n'),
      f.decision ? `${f.decision.decision === 'dismissed' ? '除外' : '確認済み'} (${f.decision.by}) ${f.decision.reason}`.trim() : '',
    ]),
  ];
  return tableFile(rows, format, `指摘_${org.slug}`, '指摘');
}
