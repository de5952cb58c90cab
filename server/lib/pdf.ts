// HTML to PDF with headless Chromium (Debian's chromium, driven by playwright-core; no download).
// Chromium takes a few hundred MB, so the work is bounded and queued fairly (fair-limiter.ts): one job
// per organisation and config.pdf.running in all; a short line waits, the rest is refused at once
// (429 for the organisation's or user's own flood, 503 when the server's line is full) with Retry-After.
// The limiter is in-process state, and that is the right scope: each app process runs its own Chromium,
// so several processes behind one PostgreSQL each bound their own memory.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { AppError } from './errors.ts';
import { FairLimiter, type FairLimits, LimiterFull } from './fair-limiter.ts';
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

const DEFAULT_LIMITS: FairLimits = { running: 1, runningPerOrg: 1, waitingPerOrg: 2, waiting: 8, perUser: 3 };
const limiter = new FairLimiter(DEFAULT_LIMITS);

export const PDF_BUSY_MESSAGE = 'PDF の作成が混み合っています。しばらくしてから再試行してください。';

/** Who asks for a PDF: the work is shared fairly by organisation and bounded per user (null: the CLI). */
export interface PdfRequester {
  organizationId: string;
  userId: string | null;
  /** the client's connection: a job still waiting when it closes is dropped */
  gone?: AbortSignal;
}

export interface PdfOptions {
  chromiumPath: string;
  /** printed at the bottom left of every page, next to the page number */
  footer: string;
  requester?: PdfRequester;
  /** the process's bounds (config.pdf); the latest given apply */
  limits?: FairLimits;
  /** called when the job leaves the waiting line and Chromium starts */
  onStart?: () => void;
}

/**
 * Renders a complete HTML document (styles inlined, nothing fetched) to an A4 PDF. Throws at once (not
 * through the promise) when Chromium is missing or the PDF work is full, so a caller can answer with the
 * error before it commits to a response; a returned promise is an accepted job.
 */
export function htmlToPdf(html: string, opts: PdfOptions): Promise<Buffer> {
  if (!fs.existsSync(opts.chromiumPath)) {
    throw new AppError(
      'UNAVAILABLE',
      `PDF の作成には Chromium が必要ですが、${opts.chromiumPath} にありません。印刷用の表示からブラウザの「PDF に保存」を使うか、Chromium を導入してください (MAMORI_CHROMIUM で場所を指定できます)。`,
    );
  }
  if (opts.limits) limiter.configure(opts.limits);
  const who = { org: opts.requester?.organizationId ?? 'local', user: opts.requester?.userId ?? 'local' };
  try {
    return limiter.run(who, () => render(html, opts), opts.requester?.gone);
  } catch (err) {
    if (!(err instanceof LimiterFull)) throw err;
    const code = err.reason === 'server' ? 'PDF_BUSY' : 'PDF_QUEUE_FULL';
    throw new AppError(code, PDF_BUSY_MESSAGE, { retryAfterSeconds: err.retryAfterSeconds, details: { reason: err.reason } });
  }
}

async function render(html: string, opts: PdfOptions): Promise<Buffer> {
  opts.onStart?.();
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
}
