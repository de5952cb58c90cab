// Debian Chromium driven by playwright-core (no browser download), with a screenshot on failure.
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../server/lib/pdf.ts';

export const SHOTS = path.resolve(import.meta.dirname, '..', '..', '.test-artifacts', 'screenshots');

/** A clinic's PC as the journeys use it: 1366×768, Japanese, Tokyo time. */
export const CLINIC_PC = { viewport: { width: 1366, height: 768 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

const AXE_SOURCE = fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * The serious and critical accessibility violations axe-core finds on the screen as it is (WCAG 2.1
 * A/AA rules), as readable lines. Injected through the DevTools protocol, so the app's CSP (no inline
 * script) stays as it is.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Per page, the texts the app asked for before their file of messages was loaded (web/src/i18n.ts logs them). */
const missingTexts = new WeakMap<Page, string[]>();

function watchTexts(page: Page): string[] {
  let found = missingTexts.get(page);
  if (!found) {
    const list: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && m.text().startsWith('text not loaded')) list.push(m.text());
    });
    missingTexts.set(page, list);
    found = list;
  }
  return found;
}

/**
 * Runs a step; then checks the screen it ends on with axe-core and that no text was shown blank
 * (asked for before its file loaded); on failure saves a screenshot named after it and rethrows.
 */
export async function step<T>(page: Page, name: string, fn: () => Promise<T>): Promise<T> {
  const missing = watchTexts(page);
  try {
    const result = await fn();
    if (missing.length > 0) throw new Error(`texts shown blank:\n${missing.splice(0).join('\n')}`);
    if (
      !page.isClosed() &&
      new URL(page.url()).protocol.startsWith('http') &&
      !(await page.evaluate(() => document.contentType !== 'text/html'))
    ) {
      const found = await axeViolations(page);
      if (found.length > 0) throw new Error(`accessibility (axe-core) at ${new URL(page.url()).pathname}:\n${found.join('\n')}`);
    }
    return result;
  } catch (err) {
    fs.mkdirSync(SHOTS, { recursive: true });
    const file = path.join(SHOTS, `${name.replace(/[^\w-]+/g, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    (err as Error).message += `\n(screenshot: ${file})`;
    throw err;
  }
}
