// Findings that need no feed: a 外部接続点 without source restriction, remote-control services nmap
// saw on a device, a device whose OS (and so its support and vulnerabilities) cannot be judged.
import type { ConnectionKind } from '../connections/connection.ts';
import { base, type Finding, PATCH, type Subject } from './finding.ts';

const REMOTE_KINDS: ConnectionKind[] = ['vpn', 'rdp', 'mobile'];

export function ruleFindings(s: Subject): Finding[] {
  const out: Finding[] = [];
  if (s.type === 'connection' && s.sourceRestriction === 'none') {
    out.push({
      ...base(s),
      id: `${s.id}:rule:source`,
      severity: s.kind && REMOTE_KINDS.includes(s.kind) ? 'high' : 'medium',
      kind: 'rule',
      title: '外部接続点に接続元制限がありません',
      detail: ['許可する接続元 (IP アドレス等) を決めて制限してください。'],
      method: 'rule',
      confidence: 'high',
      topics: ['source'],
    });
  }
  for (const r of s.remoteServices ?? []) {
    out.push({
      ...base(s),
      id: `${s.id}:rule:exposed:${r}`,
      severity: s.exposed ? 'high' : 'medium',
      kind: 'rule',
      title: `nmap で遠隔操作のサービスを検出: ${r}`,
      detail: ['使っていなければ停止し、使うなら接続元を制限してください。'],
      method: 'rule',
      confidence: 'medium',
      topics: ['services'],
    });
  }
  if (
    s.type === 'device' &&
    s.deviceClass !== 'other' &&
    s.deviceClass !== 'medical' &&
    !s.values.some((v) => v.field === 'os' && v.text)
  ) {
    out.push({
      ...base(s),
      id: `${s.id}:rule:noos`,
      severity: 'info',
      kind: 'version-missing',
      title: 'OS・バージョンが未記入のため、サポート期限や脆弱性を判断できません',
      detail: ['機器台帳の OS 欄に、版まで記入してください。'],
      method: 'rule',
      confidence: 'high',
      topics: PATCH,
    });
  }
  return out;
}
