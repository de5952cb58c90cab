// The 外部接続点 overview: a hospital's dozen connections fit one A4 page, unrestricted ones are
// marked, and names are escaped.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONNECTION_KINDS, checkConnection } from '../../../domain/connections/connection.ts';
import { loadConfig } from '../../lib/config.ts';
import { htmlToPdf } from '../../lib/pdf.ts';
import { presentConnection } from '../connections/connections.present.ts';
import type { ConnectionRow } from '../connections/connections.repo.ts';
import { renderConnections } from './connections-print.ts';
import { printPage } from './print-page.ts';

function point(i: number): ConnectionRow {
  const checked = checkConnection({
    name: i === 0 ? '<script>alert(1)</script> VPN' : `保守接続 ${i}`,
    kind: CONNECTION_KINDS[i % CONNECTION_KINDS.length],
    vendorName: `事業者${i}`,
    sourceRestriction: i % 3 === 0 ? 'none' : 'restricted',
    allowedSources: i % 3 === 0 ? '' : '203.0.113.0/24',
    mfa: i % 2 === 0,
    firmware: 'FortiOS 7.2.8',
    confirmedOn: '2026-11-01',
    purpose: '電子カルテの遠隔保守',
  });
  if (!checked.ok) throw new Error('bad fixture');
  const at = new Date('2026-11-01T00:00:00Z');
  return {
    ...checked.values,
    organizationId: 'o',
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    version: 1,
    createdAt: at,
    updatedAt: at,
    updatedBy: null,
  };
}

const org = { name: 'さくら病院', kind: 'hospital', prefecture: '東京都', address: null, medicalInstitutionCode: null };

describe('外部接続点 overview', () => {
  const points = Array.from({ length: 12 }, (_, i) => presentConnection(point(i), i === 1 ? 'NW-001 FGT60E' : null));
  const body = renderConnections(org, points, new Date('2026-12-01T00:00:00Z'));

  it('marks the unrestricted points and escapes names', () => {
    expect(String(body)).toContain('&lt;script&gt;alert(1)&lt;/script&gt; VPN');
    expect(String(body)).not.toContain('<script>alert');
    expect(String(body)).toContain('外部接続点 12 件のうち、接続元を制限していない (または未確認の) もの 4 件');
  });

  it('fits a dozen connection points on one A4 page', async () => {
    const pdf = await htmlToPdf(printPage('connections', body, 'pdf'), { chromiumPath: loadConfig().chromiumPath, footer: 'テスト' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-conn-'));
    try {
      fs.writeFileSync(path.join(dir, 'c.pdf'), pdf);
      const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'c.pdf'), '-'], { encoding: 'utf8' });
      expect(text.split('\f').filter((p) => p.trim()).length).toBe(1);
      expect(text).toContain('外部接続点の一覧');
      expect(text).toContain('保守接続 11');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
