import { describe, expect, it } from 'vitest';
import type { FormHelp, ItemHelp } from '../../api-answers.ts';
import { helpForSheet, itemHelpOf } from './sheet-data.ts';

const topic: ItemHelp = {
  topicId: 'device-inventory',
  title: '機器台帳',
  meaning: '機器を把握しているかを答える項目です。',
  howToCheck: ['台帳を開きます。'],
  evidence: ['機器台帳'],
  guidelineRefs: [],
  basis: 'Mamori が補足',
  note: null,
};
const help: FormHelp = {
  notice: 'Mamori による解説です。',
  versionId: 'R7',
  revision: 1,
  form: 'institution',
  items: { '2-1': topic, '2-2': null },
};
const sheet = { versionId: 'R7', revision: 1, catalogForm: 'institution' as const };

describe("the sheet's help", () => {
  it('is the help read for the same version, revision and form', () => {
    expect(helpForSheet(sheet, help)).toBe(help);
  });

  it('is none before it is read, or while another sheet’s help is still there', () => {
    expect(helpForSheet(sheet, undefined)).toBeNull();
    expect(helpForSheet({ ...sheet, catalogForm: 'vendor' }, help)).toBeNull();
    expect(helpForSheet({ ...sheet, revision: 2 }, help)).toBeNull();
    expect(helpForSheet({ ...sheet, versionId: 'R6' }, help)).toBeNull();
  });

  it('gives an item its help, and none where there is none or nothing was read', () => {
    expect(itemHelpOf(help, '2-1')).toBe(topic);
    expect(itemHelpOf(help, '2-2')).toBeNull();
    expect(itemHelpOf(help, '9-9')).toBeNull();
    expect(itemHelpOf(null, '2-1')).toBeNull();
  });
});
