// The official outputs: print views (HTML for the browser's print), PDF, xlsx and the inspection pack.
import type { Context } from 'hono';
import { contractRoutes } from '../../http/contract.ts';
import type { AppEnv } from '../../http/env.ts';
import { requireAuth } from '../../http/request.ts';
import { outputContract as api } from './outputs.contract.ts';
import { assessmentOutput, contactsOutput, emergencyCardOutput, type OutputFile, packOutput } from './outputs.service.ts';
import { PRINT_CSS, PRINT_JS } from './print-page.ts';

export function send(c: Context<AppEnv>, file: OutputFile) {
  const name = encodeURIComponent(file.fileName);
  const ascii = file.fileName.replace(/[^\x20-\x7e]+/g, '_').replace(/"/g, '');
  const headers = {
    'Content-Type': file.contentType,
    'Content-Disposition': `${file.inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${name}`,
    'Cache-Control': 'no-store',
  };
  return c.body(Buffer.isBuffer(file.body) ? new Uint8Array(file.body) : later(file.body), 200, headers);
}

/**
 * The body of an accepted PDF job: the handler returns at once (leaving the database's admission) and the
 * bytes follow when Chromium has made them; a failed job ends the body with an error (logged where it failed).
 */
const later = (body: Promise<Buffer>) =>
  new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        controller.enqueue(new Uint8Array(await body));
        controller.close();
      } catch (err) {
        controller.error(err);
      }
    },
  });

const asset = (c: Context<AppEnv>, body: string, type: string) =>
  c.body(body, 200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'public, max-age=3600' });

export const outputRoutes = contractRoutes()
  .openapi(api.printCss, (c) => asset(c, PRINT_CSS, 'text/css'))
  .openapi(api.printJs, (c) => asset(c, PRINT_JS, 'text/javascript'))
  .openapi(api.assessmentPrint, async (c) => {
    const { orgId, assessmentId } = c.req.valid('param');
    return send(c, await assessmentOutput(c.get('deps'), requireAuth(c), orgId, assessmentId, 'print', c.req.valid('query').asOf));
  })
  .openapi(api.assessmentPdf, async (c) => {
    const { orgId, assessmentId } = c.req.valid('param');
    return send(c, await assessmentOutput(c.get('deps'), requireAuth(c), orgId, assessmentId, 'pdf', c.req.valid('query').asOf));
  })
  .openapi(api.assessmentXlsx, async (c) => {
    const { orgId, assessmentId } = c.req.valid('param');
    return send(c, await assessmentOutput(c.get('deps'), requireAuth(c), orgId, assessmentId, 'xlsx', c.req.valid('query').asOf));
  })
  .openapi(api.contactsPrint, async (c) =>
    send(c, await contactsOutput(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, 'print')),
  )
  .openapi(api.contactsPdf, async (c) => send(c, await contactsOutput(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, 'pdf')))
  .openapi(api.cardPrint, async (c) =>
    send(c, await emergencyCardOutput(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, 'print')),
  )
  .openapi(api.cardPdf, async (c) => send(c, await emergencyCardOutput(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, 'pdf')))
  .openapi(api.packPrint, async (c) =>
    send(c, await packOutput(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('query').fiscalYear, 'print')),
  )
  .openapi(api.packPdf, async (c) =>
    send(c, await packOutput(c.get('deps'), requireAuth(c), c.req.valid('param').orgId, c.req.valid('query').fiscalYear, 'pdf')),
  );
