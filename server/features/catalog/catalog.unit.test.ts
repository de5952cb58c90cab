import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../domain/catalog/schema.ts';

const catalogDir = path.resolve(import.meta.dirname, '..', '..', '..', 'catalog');
const load = (name: string) => JSON.parse(fs.readFileSync(path.join(catalogDir, name), 'utf8'));

describe('catalog files', () => {
  it.each(['r5.json', 'r6.json', 'r7.json'])('%s is valid', (name) => {
    const result = checkCatalog(load(name));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('keys the R5 items by number and target, as the form repeats numbers per target class', () => {
    const r5 = load('r5.json');
    const ids = r5.forms[0].items.map((i: { id: string }) => i.id);
    expect(ids).toContain('2-4.server');
    expect(ids).toContain('2-4.pc');
  });

  it('keeps wording that was not read in a source marked, never as confirmed', () => {
    const r7 = load('r7.json');
    const byId = Object.fromEntries(r7.forms[0].items.map((i: { id: string }) => [i.id, i]));
    expect(byId['2-9']).toMatchObject({ wording: 'unknown', text: null, textFragment: 'USB ストレージ等の外部記録媒' });
    expect(byId['3-1'].wording).toBe('inferred');
    expect(byId['2-13']).toMatchObject({ wording: 'confirmed', text: '接続元制限を実施している。' });
  });
});

describe('checkCatalog', () => {
  it('names the item and field of a broken entry', () => {
    const bad = load('r6.json');
    bad.forms[0].items[5].targets = ['kitchen'];
    const result = checkCatalog(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.where).toBe('forms[0].items[5] (2-4.server).targets[0]');
  });

  it('refuses duplicate item ids and a text missing without the unknown mark', () => {
    const bad = load('r5.json');
    bad.forms[0].items[2].id = bad.forms[0].items[1].id;
    expect(checkCatalog(bad)).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/重複/) }] });
    const noText = load('r5.json');
    noText.forms[0].items[1].text = null;
    expect(checkCatalog(noText)).toMatchObject({ ok: false, problems: [{ where: expect.stringContaining('(1-1).text') }] });
  });
});

describe('loadCatalog', () => {
  it('loads the shipped versions in fiscal-year order', async () => {
    const { loadCatalog } = await import('./catalog.loader.ts');
    expect(loadCatalog().map((v) => `${v.id}:${v.fiscalYear}`)).toEqual(['R5:2023', 'R6:2024', 'R7:2025', 'R8:2026']);
  });

  it('refuses a broken file naming the file and the item', async () => {
    const { loadCatalog } = await import('./catalog.loader.ts');
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
    const bad = load('r6.json');
    bad.forms[1].items[3].status = 'maybe';
    fs.writeFileSync(path.join(dir, 'r6.json'), JSON.stringify(bad));
    expect(() => loadCatalog(dir)).toThrow(/r6\.json: forms\[1\]\.items\[3\] \(2-4\.server\)\.status/);
    fs.writeFileSync(path.join(dir, 'r6.json'), '{"format": "mamori-checklist-catalog", ');
    expect(() => loadCatalog(dir)).toThrow(/r6\.json: JSON として読めません/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
