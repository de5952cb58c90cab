// UI language: Japanese first, English second. t(key) reads the texts in web/src/messages that the
// page has loaded (each file that uses a text imports its file of messages; the common ones come with
// this module); the choice is kept in localStorage and mirrored on <html lang>.
import { useCallback, useSyncExternalStore } from 'react';
import './messages/common.ts';
import type { MessageKey } from './messages/index.ts';
import { loadedText } from './messages/registry.ts';

export type Lang = 'ja' | 'en';
export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const STORAGE_KEY = 'mamori.lang';
const listeners = new Set<() => void>();

function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

let current: Lang = storedLang();

export const getLang = (): Lang => current;

export function setLang(next: Lang): void {
  current = next;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyLang();
  for (const listener of listeners) listener();
}

/** Mirrors the language on <html lang> so screen readers pronounce the text correctly. */
export function applyLang(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = current;
}

/** Looks a key up and fills {placeholders}; a missing parameter stays visible as {name}. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const entry = loadedText(key);
  if (!entry) {
    // cannot happen while messages/loading.test.ts passes; a blank is better than a code on screen
    console.error(`text not loaded: ${key}`);
    return '';
  }
  const text = entry[lang];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const t: Translate = (key, params) => translate(current, key, params);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useLang = (): Lang => useSyncExternalStore(subscribe, getLang, () => 'ja');

/** t bound to the current language; components that call it re-render when the language changes. */
export function useT(): Translate {
  const lang = useLang();
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}

/** Picks the label for the current language from domain label records ({ ja, en }). */
export const pick = (label: { ja: string; en: string }, lang: Lang): string => label[lang];
