// The page around every print view: A4 portrait, Japanese fonts, the print stylesheet. In a browser
// the stylesheet and the print button's script are linked (the CSP allows only same-origin files);
// for a PDF made by headless Chromium the stylesheet is inlined.
import fs from 'node:fs';
import path from 'node:path';
import { Html, html } from '../../lib/html.ts';

const ASSETS = path.join(import.meta.dirname, 'assets');
export const PRINT_CSS = fs.readFileSync(path.join(ASSETS, 'print.css'), 'utf8');
export const PRINT_JS = fs.readFileSync(path.join(ASSETS, 'print.js'), 'utf8');

export type PageMode = 'browser' | 'pdf';

export function printPage(title: string, body: Html, mode: PageMode): string {
  const head =
    mode === 'pdf'
      ? html`<style>${new Html(PRINT_CSS)}</style>`
      : html`<link rel="stylesheet" href="/api/print/print.css"><script src="/api/print/print.js" defer></script>`;
  const toolbar =
    mode === 'browser'
      ? html`<div class="toolbar" role="region" aria-label="印刷">
  <button type="button" id="print-button">印刷 / PDF に保存</button>
  <span>A4 縦で印刷されます。PDF にするには、印刷画面で「PDF に保存」を選んでください。</span>
</div>`
      : '';
  return `<!doctype html>${html`<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body>${toolbar}<main>${body}</main></body></html>`}`;
}
