// The checklist items a finding bears on, numbered as the organisation's version numbers them (R5/R6
// "2(7) サーバ", R7 on "2-⑥"). Items are recognised by topic as the suggestions recognise them (their
// words), so any version — one added later included — is covered without a table of item ids.
import { itemLabel } from '../assessment/rules.ts';
import type { Numbering } from '../catalog/labels.ts';
import type { CatalogItem } from '../catalog/schema.ts';
import { type Topic, topicOf } from '../suggestions/suggest.ts';

export interface ItemRef {
  id: string;
  /** "2(7) サーバ (セキュリティパッチ)" */
  label: string;
}

export const topicNames: Partial<Record<Topic, string>> = {
  patch: 'セキュリティパッチ',
  source: '接続元制限',
  services: '不要なソフトウェア・サービスの停止',
  disclosure: 'MDS/SDS',
  accounts: '不要なアカウント',
  access: 'アクセス権限',
  password: 'パスワード',
  logs: 'アクセスログ',
  backup: 'バックアップ',
};

/** The device classes an item is for; none when it is for every system (医療情報システム全般). */
const classesOf = (item: CatalogItem) => item.targets.filter((t) => t === 'server' || t === 'pc' || t === 'network') as string[];

/** Resolves a finding's topics and its subject's class to the items of one form. */
export function itemsResolver(items: CatalogItem[], numbering: Numbering | undefined) {
  const byTopic = new Map<string, CatalogItem[]>();
  for (const item of items) {
    const topic = topicOf(item);
    if (topic) byTopic.set(topic, [...(byTopic.get(topic) ?? []), item]);
  }
  const cache = new Map<string, ItemRef[]>();
  return (topics: string[], deviceClass: string): ItemRef[] => {
    const key = `${topics.join(',')}|${deviceClass}`;
    const hit = cache.get(key);
    if (hit) return hit;
    // a connection point is a network device; medical and other devices fall under every item of the topic
    const cls = deviceClass === 'connection' ? 'network' : deviceClass;
    const refs = topics.flatMap((topic) => {
      const all = byTopic.get(topic) ?? [];
      const own = all.filter((i) => classesOf(i).length === 0 || classesOf(i).includes(cls));
      const name = topicNames[topic as Topic] ?? topic;
      return (own.length ? own : all).map((i) => ({ id: i.id, label: `${itemLabel(i, numbering)} (${name})` }));
    });
    cache.set(key, refs);
    return refs;
  };
}
