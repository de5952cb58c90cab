// The texts the page has loaded so far. Each file of messages registers itself when a screen that
// uses it is loaded, so sign-in does not download the texts of the ledgers and the administration;
// web/src/messages/loading.test.ts checks that every file imports the messages it uses.
import type { Dict } from './types.ts';

type Text = { ja: string; en: string };
const loaded = new Map<string, Text>();

/** Makes the texts of one file of messages available to t(); returns them unchanged (typed). */
export function register<const D extends Dict>(dict: D): D {
  for (const [key, text] of Object.entries(dict)) loaded.set(key, text);
  return dict;
}

/** The text of a key, if the file that holds it has been loaded. */
export const loadedText = (key: string): Text | undefined => loaded.get(key);
