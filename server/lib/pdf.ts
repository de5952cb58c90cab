// HTML to PDF with headless Chromium (Debian's chromium, driven by playwright-core; no download). One
// PDF at a time: Chromium takes a few hundred MB, and a second job waits for the first.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { AppError } from './errors.ts';
import { escapeHtml } from './html.ts';

/** Headless Chromium on a machine without outside network (also used by the e2e tests). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

let queue: Promise<unknown> = Promise.resolve();

function serialised<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

export interface PdfOptions {
  chromiumPath: string;
  /** printed at the bottom left of every page, next to the page number */
  footer: string;
}

/** Renders a complete HTML document (styles inlined, nothing fetched) to an A4 PDF. */
export function htmlToPdf(html: string, opts: PdfOptions): Promise<Buffer> {
  if (!fs.existsSync(opts.chromiumPath)) {
    throw new AppError(
      'UNAVAILABLE',
      `PDF の作成には Chromium が必要ですが、${opts.chromiumPath} にありません。印刷用の表示からブラウザの「PDF に保存」を使うか、Chromium を導入してください (MAMORI_CHROMIUM で場所を指定できます)。`,
    );
  }
  return serialised(async () => {
    const browser = await chromium.launch({ executablePath: opts.chromiumPath, args: CHROMIUM_ARGS, timeout: 60_000 });
    try {
      const page = await browser.newPage();
      // the document is self-contained; refuse anything it would fetch
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="font-size:7pt;width:100%;padding:0 11mm;display:flex;justify-content:space-between;font-family:'Noto Sans CJK JP',sans-serif"><span>${escapeHtml(opts.footer)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
      });
      return Buffer.from(pdf);
    } finally {
      await browser.close();
    }
  });
}
