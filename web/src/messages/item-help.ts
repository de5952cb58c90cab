// Mamori's own help on an item of the answer sheet: never the ministry's wording, and marked as such.
import { register } from './registry.ts';
import type { Dict } from './types.ts';

export const itemHelp = register({
  'itemHelp.summary': { ja: 'この項目の解説', en: 'About this item' },
  'itemHelp.howToCheck': { ja: '確認のしかた', en: 'How to check' },
  'itemHelp.evidence': { ja: '証跡になるもの', en: 'What serves as evidence' },
  'itemHelp.guideline': { ja: 'ガイドライン', en: 'Guideline' },
  'itemHelp.note': { ja: 'この年度版について', en: 'About this year’s version' },
  'itemHelp.badge': { ja: 'Mamori の解説 (公式の文言ではありません)', en: 'Mamori’s explanation (not the official wording)' },
  'itemHelp.basis': { ja: 'もとにした資料: {basis}', en: 'Based on: {basis}' },
} satisfies Dict);
