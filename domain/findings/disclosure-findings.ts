// Findings about a vendor system's MDS/SDS (Mamori's rule, from the 事業者台帳): none received, one for
// another version than the one in use, annex items answered いいえ (the guideline 第7.0版 asks to select
// vendors whose annex answers are all はい or 対象外), a record without its file.
import type { DisclosureProblem } from '../vendors/disclosure.ts';
import type { Finding, Severity } from './finding.ts';

export interface SystemSubject {
  systemId: string;
  vendorId: string;
  /** "カルテ株式会社 電子カルテ" */
  label: string;
  /** changes whenever the system or one of its MDS/SDS does */
  stamp: string;
  problems: DisclosureProblem[];
}

const WHAT: Record<DisclosureProblem['kind'], { severity: Severity; detail: string }> = {
  none: { severity: 'medium', detail: '事業者に MDS/SDS の提出を依頼し、受け取ったら事業者台帳に記録してファイルを保管してください。' },
  outdated: { severity: 'medium', detail: '使用中の版の MDS/SDS を事業者に依頼してください。' },
  'no-answers': {
    severity: 'medium',
    detail: '「いいえ」の項目について、事業者に対策の予定を確認し、医療機関側で補う対策を決めてください。',
  },
  'no-file': { severity: 'info', detail: '受け取った MDS/SDS のファイルを証跡として保管してください。' },
};

export function disclosureFindings(s: SystemSubject): Finding[] {
  return s.problems.map((p) => ({
    id: `${s.systemId}:rule:disclosure:${p.kind}${p.doc ? `:${p.doc}` : ''}`,
    severity: WHAT[p.kind].severity,
    kind: 'rule',
    subject: { type: 'system', id: s.systemId, label: s.label, stamp: s.stamp, deviceClass: 'system', vendorId: s.vendorId },
    title: p.message,
    detail: [WHAT[p.kind].detail],
    method: 'rule',
    confidence: 'high',
    cves: [],
    eol: null,
    topics: ['disclosure'],
    via: [],
    items: [],
  }));
}
