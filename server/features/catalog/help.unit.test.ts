import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkHelp } from '../../../domain/catalog/help-schema.ts';
import { loadCatalog } from './catalog.loader.ts';
import { HELP_DIR, loadHelp } from './help.loader.ts';

const catalog = loadCatalog();
const raw = () => JSON.parse(fs.readFileSync(path.join(HELP_DIR, 'ja.json'), 'utf8'));

/** Every reference a topic may give: those the catalog items carry, plus those named in the reference NOTES. */
const GL = '医療情報システムの安全管理に関するガイドライン 第6.0版 ';
const notesRefs = [
  'Q&A シQ-54', // NOTES §5.1 (W9473/103): password patterns
  'システム運用編 17 ①〜③', // NOTES §5.1 (W9466/53): アクセスログ記録・定期確認, 改ざん防止, 信頼できる時刻
  'システム運用編 2 システム設計・運用に必要な規程類と文書体系', // NOTES §5.1 chapter list
  'システム運用編', // NOTES §1.3: the 二要素認証 rule quoted from 6.0 システム運用編 (no section given)
];

describe('catalog/help/ja.json', () => {
  it('loads against the shipped catalog', () => {
    const help = loadHelp(catalog);
    expect(help.language).toBe('ja');
    expect(help.notice).toMatch(/Mamori による解説/);
    expect(help.helpFor('R6', '2-4.pc', 'institution')?.topicId).toBe('access-rights');
    expect(help.helpFor('r7', '2-4')).toMatchObject({ topicId: 'access-rights', note: expect.stringMatching(/管理者権限/) });
    expect(help.helpFor('R6', '2-4.server')?.note).toBeNull();
    expect(help.helpFor('R5', '9-9')).toBeNull();
    expect(help.helpFor('R4', '1-1')).toBeNull();
  });

  it('explains the vendor form with its own topic where the subject differs, shared ones elsewhere', () => {
    const help = loadHelp(catalog);
    expect(help.helpFor('R5', '1-1', 'institution')?.topicId).toBe('security-officer');
    expect(help.helpFor('R5', '1-1', 'vendor')?.topicId).toBe('vendor-security-officer');
    expect(help.helpFor('R5', '1-1')?.topicId).toBe('security-officer');
    expect(help.helpFor('R6', '2-3', 'vendor')?.topicId).toBe('mds-sds');
    expect(help.helpFor('R7', '1-1', 'vendor')).toBeNull();
  });

  it('covers every item whose wording is confirmed or inferred, in every form of every version', () => {
    const help = loadHelp(catalog);
    const missing = catalog.flatMap((v) =>
      v.forms.flatMap((f) =>
        f.items.filter((i) => i.wording !== 'unknown' && !help.helpFor(v.id, i.id, f.form)).map((i) => `${v.id} ${f.form} ${i.id}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('covers the R7 items of unknown wording whose subject is known from the notes', () => {
    const help = loadHelp(catalog);
    const topics = Object.fromEntries(['1-x.rules', '2-4', '2-9', '2-10', '2-11'].map((id) => [id, help.helpFor('R7', id, 'institution')]));
    expect(topics['1-x.rules']?.topicId).toBe('operation-rules');
    expect(topics['2-9']?.topicId).toBe('usb-media');
    // which of ⑩/⑪ is 二要素認証 is not confirmed: the help must say so where it is shown
    expect(topics['2-10']).toMatchObject({ topicId: 'two-factor-auth', note: expect.stringMatching(/確認できていません/) });
    expect(topics['2-11']).toMatchObject({ topicId: 'access-log', note: expect.stringMatching(/確認できていません/) });
    for (const id of ['1-x.rules', '2-9']) expect(topics[id]?.meaning).toMatch(/原文.*確認できていません/);
  });

  it('explains 令和8年度版 by its own item ids: the institution form as R7 numbers them, the vendor form as R6 does', () => {
    const help = loadHelp(catalog);
    expect(help.helpFor('R8', '2-6', 'institution')?.topicId).toBe('security-patches');
    expect(help.helpFor('R8', '2-6.server', 'vendor')?.topicId).toBe('access-log');
    expect(help.helpFor('R8', '1-1', 'vendor')?.topicId).toBe('vendor-security-officer');
    expect(help.helpFor('R8', '2-13', 'institution')?.topicId).toBe('source-restriction');
    expect(help.helpFor('R8', '2-7', 'institution')?.note).toMatch(/第7\.0版.*定期的な変更の要件が削除/);
  });

  it('gives every topic a meaning, at least one way to check and one piece of evidence, and a basis', () => {
    for (const t of loadHelp(catalog).topics) {
      expect.soft(t.meaning.length, t.id).toBeGreaterThan(20);
      expect.soft(t.howToCheck.length, t.id).toBeGreaterThanOrEqual(1);
      expect.soft(t.evidence.length, t.id).toBeGreaterThanOrEqual(1);
      expect.soft(t.basis, t.id).not.toBe('');
    }
  });

  it('cites only guideline references the catalog or the reference notes give', () => {
    const allowed = new Set([...catalog.flatMap((v) => v.forms.flatMap((f) => f.items.flatMap((i) => i.guidelineRefs))), ...notesRefs]);
    const unknown = loadHelp(catalog).topics.flatMap((t) =>
      t.guidelineRefs.filter((r) => !(r.startsWith(GL) && allowed.has(r.slice(GL.length)))).map((r) => `${t.id}: ${r}`),
    );
    expect(unknown).toEqual([]);
  });
});

const BCP_SHEET = 'サイバー攻撃を想定した事業継続計画（BCP）策定の確認表';
const textsOf = (t: { title: string; meaning: string; howToCheck: string[]; evidence: string[]; basis: string }) =>
  [t.title, t.meaning, ...t.howToCheck, ...t.evidence, t.basis].join('\n');

describe('what the help says, where the training and the material say it', () => {
  const help = loadHelp(catalog);
  const topic = (id: string) => {
    const t = help.topics.find((x) => x.id === id);
    if (!t) throw new Error(`no topic ${id}`);
    return textsOf(t);
  };

  it('device inventory: a ledger of some devices only, or without versions, is いいえ', () => {
    expect(topic('device-inventory')).toMatch(/一部の機器しか載っていない台帳や、ソフトウェアのバージョンが書かれていない台帳は「いいえ」/);
  });

  it('access rights: no 規程, no 棚卸し or no report to management is いいえ', () => {
    expect(topic('access-rights')).toMatch(
      /規程がない場合、権限の棚卸し[^。]*していない場合、その結果を経営層に報告していない場合は「いいえ」/,
    );
  });

  it('unused accounts: disabling is enough, deletion is not required', () => {
    const text = topic('unused-accounts');
    expect(text).toMatch(/無効化してあれば足りる/);
    expect(text).not.toMatch(/削除する手順 \(/);
  });

  it('source restriction: names the wireless LAN (MAC filtering, IEEE 802.1X) and what a country restriction leaves open', () => {
    const text = topic('source-restriction');
    for (const words of ['無線LAN', 'MAC アドレスフィルタリング', 'IEEE 802.1X', '国・地域']) expect(text).toContain(words);
  });

  it('USB: makes no claim beyond the 検討会 material (only its two reasons, and the text marked unconfirmed)', () => {
    const text = topic('usb-media');
    expect(text).toMatch(/原文 \(正式な文言\) は確認できていません/);
    expect(text).not.toMatch(/被害が出た|貸し出し/);
  });

  it('names the BCP sheet by its title wherever the help names it', () => {
    const named = help.topics.flatMap((t) => textsOf(t).split('\n')).filter((line) => /確認表/.test(line) && /BCP/.test(line));
    expect(named.length).toBeGreaterThan(0);
    for (const line of named) expect(line).toContain(`「${BCP_SHEET}」`);
  });

  it('has no English research notes: no run of English words in any text or note', () => {
    const all = [...help.topics.map(textsOf), ...help.topics.flatMap((t) => t.appliesTo.map((a) => a.note ?? ''))];
    const english = all.flatMap((text) => text.match(/[A-Za-z]+(?:[ ,.;:'-]+[A-Za-z]+){3,}/g) ?? []);
    expect(english).toEqual([]);
  });
});

describe('the BCP sheet across the product', () => {
  // the title as the ministry's package names it (reference/checklist NOTES §4: wic-net W15123, kk-gem);
  // once named, the product may call it by the short name 「BCP 確認表」, never by another title
  it('is named 「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」 (or, short, 「BCP 確認表」) in every message and output', () => {
    const root = path.resolve(HELP_DIR, '..', '..');
    const files = ['catalog', 'web/src', 'server/features', 'domain', 'cli'].flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|tsx|json)$/.test(f) && !/\.test\.tsx?$/.test(f) && fs.statSync(path.join(root, dir, f)).isFile())
        .map((f) => path.join(dir, f)),
    );
    const wrong = files.flatMap((f) =>
      fs
        .readFileSync(path.join(root, f), 'utf8')
        .split('\n')
        .filter((line) => /BCP/.test(line) && /確認表/.test(line) && !line.includes(BCP_SHEET) && !/BCP 確認表(?!のための)/.test(line))
        .map((line) => `${f}: ${line.trim().slice(0, 80)}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe('a broken help file', () => {
  const problemsOf = (value: unknown) => {
    const result = checkHelp(value, catalog);
    return result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`);
  };

  it('is refused when a field is missing, naming the topic and field', () => {
    const bad = raw();
    delete bad.topics[3].evidence;
    expect(problemsOf(bad)).toEqual([expect.stringMatching(/^topics\[3\] \(device-inventory\)\.evidence: /)]);
    const empty = raw();
    empty.topics[4].howToCheck = [];
    expect(problemsOf(empty)).toEqual([expect.stringMatching(/^topics\[4\] \(remote-maintenance\)\.howToCheck: /)]);
  });

  it('is refused when it names an item, form or version the catalog does not have', () => {
    const bad = raw();
    bad.topics[3].appliesTo[1].items.push('2-99');
    expect(problemsOf(bad)).toEqual([
      'topics[3] (device-inventory).appliesTo[1].items[1]: トピック device-inventory: R6 に項目 2-99 がありません',
    ]);
    const noForm = raw();
    noForm.topics[2].appliesTo[0].forms = ['pharmacy'];
    expect(problemsOf(noForm).join('\n')).toMatch(/vendor-security-officer: R5 に様式 pharmacy がありません/);
    const noVersion = raw();
    noVersion.topics[0].appliesTo[0].version = 'R4';
    expect(problemsOf(noVersion)).toEqual([expect.stringContaining('トピック has-medical-system: チェックリスト R4 がありません')]);
  });

  it('is refused when two topics share an id', () => {
    const bad = raw();
    bad.topics[5].id = bad.topics[4].id;
    expect(problemsOf(bad).join('\n')).toMatch(/topics\[5\] \(remote-maintenance\): トピック ID remote-maintenance が topics\[4\] と重複/);
  });

  it('is refused when one item is explained by two topics', () => {
    const bad = raw();
    bad.topics[3].appliesTo[0].items.push('2-2'); // R5 2-2 belongs to remote-maintenance
    // R5 2-2 is on both the institution and the vendor form: both are named
    expect(problemsOf(bad)).toEqual([
      'topics[4] (remote-maintenance).appliesTo[0].items[0]: トピック remote-maintenance: R5 institution の項目 2-2 はトピック device-inventory でも説明されています',
      'topics[4] (remote-maintenance).appliesTo[0].items[0]: トピック remote-maintenance: R5 vendor の項目 2-2 はトピック device-inventory でも説明されています',
    ]);
  });

  describe('through the loader', () => {
    let dir = '';
    afterEach(() => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      dir = '';
    });

    it('stops with the file, topic and item named', () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'help-'));
      const bad = raw();
      bad.topics[6].appliesTo[2].items = ['2-4.server'];
      fs.writeFileSync(path.join(dir, 'ja.json'), JSON.stringify(bad));
      expect(() => loadHelp(catalog, dir)).toThrow(
        /ja\.json: topics\[6\] \(access-rights\)\.appliesTo\[2\]\.items\[0\]: .*R7 に項目 2-4\.server がありません/,
      );
      fs.writeFileSync(path.join(dir, 'ja.json'), '{"format": ');
      expect(() => loadHelp(catalog, dir)).toThrow(/ja\.json: JSON として読めません/);
      fs.rmSync(path.join(dir, 'ja.json'));
      expect(() => loadHelp(catalog, dir)).toThrow(/ja\.json: 読めません/);
    });
  });
});
