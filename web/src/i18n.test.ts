import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from '../../domain/audit/actions.ts';
import { type MessageKey, translate } from './i18n.ts';
import { actionLabel } from './labels.ts';
import { messages } from './messages/index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('has Japanese and English text for every key, with the same placeholders', () => {
    for (const [key, { ja, en }] of Object.entries(messages)) {
      expect(ja.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(ja));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('ja', 'pagination.range', { total: 120, first: 1, last: 50 })).toBe('全 120 件中 1–50 件');
    expect(translate('en', 'pagination.range', { total: 120 })).toBe('{first}–{last} of 120');
  });

  it('names every kind of audit event the server records, in both languages', () => {
    for (const action of AUDIT_ACTIONS) {
      for (const lang of ['ja', 'en'] as const) {
        const label = actionLabel(action, lang);
        expect(label, `${action} (${lang})`).not.toBe(actionLabel('no.such_action', lang));
        expect(label).not.toContain(action);
      }
    }
  });

  it('names every kind of thing an audit event is about, in both languages', () => {
    for (const type of AUDIT_TARGET_TYPES) {
      for (const lang of ['ja', 'en'] as const) {
        const label = translate(lang, `audit.target.${type}` as MessageKey);
        expect(label, `${type} (${lang})`).not.toBe(`audit.target.${type}`);
        // (an English name may be the English word itself: 'alias' → 'Product name alias')
        if (lang === 'ja') expect(label).not.toContain(type);
      }
    }
  });

  it('labels known audit actions and never shows a raw code', () => {
    expect(actionLabel('org.created', 'ja')).toBe('組織を作成');
    expect(actionLabel('auth.signed_in', 'ja')).toBe('ログイン');
    expect(actionLabel('auth.sign_in_failed', 'en')).toBe('Sign-in failed');
    expect(actionLabel('device.imported', 'ja')).toBe('記録された操作 (種類不明)');
  });
});
