import { describe, expect, it } from 'vitest';
import type { DecidedFinding } from '../../api-answers.ts';
import { sorted } from './findings-sort.ts';

const f = (id: string, label: string, kind: DecidedFinding['kind'], due: string | null, eol: string | null = null): DecidedFinding => ({
  id,
  severity: 'high',
  kind,
  subject: { type: 'device', id, label, stamp: 'v1', deviceClass: 'server' },
  title: id,
  detail: [],
  method: 'rule',
  confidence: 'high',
  cves: due
    ? [{ cveId: `CVE-${id}`, name: '', dueDate: due, requiredAction: '', action: { ja: null, complete: false }, ransomware: false }]
    : [],
  eol: eol ? { product: 'x', cycle: '1', date: eol } : null,
  topics: [],
  via: [],
  items: [],
  decision: null,
});

describe('findings orders', () => {
  const list = [f('a', 'SV-2', 'kev', '2024-05-01'), f('b', 'PC-1', 'eol', null, '2023-10-10'), f('c', 'NW-1', 'rule', null)];
  it('keeps the server order for severity and sorts by subject, kind and date to act by', () => {
    expect(sorted(list, 'severity').map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(sorted(list, 'subject').map((x) => x.id)).toEqual(['c', 'b', 'a']);
    expect(sorted(list, 'kind').map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(sorted(list, 'due').map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });
});
