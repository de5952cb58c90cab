// On the real checklist items of every version and form (loadCatalog): a suggestion never says はい
// when something it needs is missing — a partial ledger, a vendor nobody asked, a support end nobody
// knows, a wireless LAN nobody checked — and does say はい when the ledgers are complete (so these
// tests can fail both ways).
import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../../domain/catalog/schema.ts';
import { suggest, type Topic, topicOf } from '../../../domain/suggestions/suggest.ts';
import { device, facts, point } from '../../../domain/suggestions/test-facts.ts';
import { loadCatalog } from '../catalog/catalog.loader.ts';

const catalog = loadCatalog();
const itemsOf = (topic: Topic): { at: string; item: CatalogItem }[] =>
  catalog.flatMap((v) =>
    v.forms.flatMap((f) => f.items.filter((i) => topicOf(i) === topic).map((item) => ({ at: `${v.id} ${f.form} ${item.id}`, item }))),
  );

// a complete ledger: one of each class, every column, maintained by a vendor someone asked
const complete = () =>
  facts({
    devices: [
      device(),
      device({ id: 'pc', label: 'PC-1', deviceClass: 'pc', os: 'Windows 11 23H2', userName: 'a医師' }),
      device({ id: 'nw', label: 'FGT', deviceClass: 'network', os: 'FortiOS 7.2.8', software: [] }),
    ],
  });

const answers = (topic: Topic, f: ReturnType<typeof facts>) =>
  Object.fromEntries(itemsOf(topic).map(({ at, item }) => [at, suggest(item, f)?.answer]));
const all = (topic: Topic, answer: string) => Object.fromEntries(itemsOf(topic).map(({ at }) => [at, answer]));

describe('suggestions on the real catalog items', () => {
  it('finds the items of each topic in every version, R7 numbering included', () => {
    const at = (topic: Topic) => itemsOf(topic).map((x) => x.at);
    for (const v of ['R5 institution 2-1', 'R6 institution 2-1', 'R7 institution 2-1']) expect(at('ledger')).toContain(v);
    expect(at('remote')).toEqual(expect.arrayContaining(['R5 vendor 2-2', 'R7 institution 2-2']));
    expect(at('source')).toEqual(expect.arrayContaining(['R6 institution 2-8.network', 'R7 institution 2-13']));
  });

  it('says はい on a complete ledger (the refusals below are not for nothing)', () => {
    const f = complete();
    for (const topic of ['ledger', 'remote', 'patch', 'source'] as const) expect(answers(topic, f), topic).toEqual(all(topic, 'yes'));
  });

  it('台帳管理: いいえ for a ledger without software versions or 利用者, and for an unclassified row left partial', () => {
    const f = complete();
    const noVersion = { ...f, devices: f.devices.map((d) => ({ ...d, software: d.software.map((s) => ({ ...s, version: '' })) })) };
    expect(answers('ledger', noVersion)).toEqual(all('ledger', 'no'));
    const noUser = { ...f, devices: [...f.devices, device({ id: 'u', label: 'PC-2', deviceClass: 'pc', userName: '' })] };
    expect(answers('ledger', noUser)).toEqual(all('ledger', 'no'));
    const unclassified = { ...f, devices: [...f.devices, device({ id: 'o', label: '箱', deviceClass: 'other', software: [] })] };
    expect(answers('ledger', unclassified)).toEqual(all('ledger', 'no'));
  });

  it('リモートメンテナンス: いいえ with every ledger column filled but no recorded confirmation', () => {
    const f = { ...complete(), confirmations: [] };
    expect(f.devices.every((d) => d.remoteMaintenance !== null)).toBe(true);
    expect(answers('remote', f)).toEqual(all('remote', 'no'));
  });

  it('セキュリティパッチ: never はい with a blank support end the end-of-life data does not know', () => {
    const f = complete();
    const blank = { ...f, devices: f.devices.map((d) => ({ ...d, supportEnd: null, supportFromData: null })) };
    expect(answers('patch', blank)).toEqual(all('patch', 'unknown'));
  });

  it('接続元制限: never はい with a wireless LAN access point whose restriction is unknown, いいえ for a country restriction alone', () => {
    const f = complete();
    const ap = device({ id: 'ap', label: 'AP-1F', deviceClass: 'network', os: 'AP firmware 2.1', software: [], model: '無線LAN AP' });
    expect(answers('source', { ...f, devices: [...f.devices, ap] })).toEqual(all('source', 'unknown'));
    const geoOnly = { ...f, connections: [point({ sourceRestriction: 'none', geoRestriction: '国内のみ' })] };
    expect(answers('source', geoOnly)).toEqual(all('source', 'no'));
  });

  it('USB: never はい while a device’s USB restriction is unknown', () => {
    const f = complete();
    const open = { ...f, devices: f.devices.map((d) => ({ ...d, usbRestricted: null })) };
    expect(answers('usb', open)).toEqual(all('usb', 'unknown'));
  });
});
