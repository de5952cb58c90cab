// The official outputs: print views (HTML for the browser's print), PDF, xlsx and the inspection pack.
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { requireAuth } from '../../http/request.ts';
import { assessmentOutput, contactsOutput, type OutputFile, packOutput } from './outputs.service.ts';
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

const asset = (body: string, type: string) => (c: Context<AppEnv>) =>
  c.body(body, 200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'public, max-age=3600' });

export const outputRoutes = new Hono<AppEnv>()
  .get('/print/print.css', asset(PRINT_CSS, 'text/css'))
  .get('/print/print.js', asset(PRINT_JS, 'text/javascript'))
  .get('/orgs/:orgId/assessments/:assessmentId/print', async (c) =>
    send(
      c,
      await assessmentOutput(
        c.get('deps'),
        requireAuth(c),
        c.req.param('orgId'),
        c.req.param('assessmentId'),
        'print',
        c.req.query('asOf'),
      ),
    ),
  )
  .get('/orgs/:orgId/assessments/:assessmentId/export.pdf', async (c) =>
    send(
      c,
      await assessmentOutput(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('assessmentId'), 'pdf', c.req.query('asOf')),
    ),
  )
  .get('/orgs/:orgId/assessments/:assessmentId/export.xlsx', async (c) =>
    send(
      c,
      await assessmentOutput(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.param('assessmentId'), 'xlsx', c.req.query('asOf')),
    ),
  )
  .get('/orgs/:orgId/contacts/print', async (c) =>
    send(c, await contactsOutput(c.get('deps'), requireAuth(c), c.req.param('orgId'), 'print')),
  )
  .get('/orgs/:orgId/contacts/export.pdf', async (c) =>
    send(c, await contactsOutput(c.get('deps'), requireAuth(c), c.req.param('orgId'), 'pdf')),
  )
  .get('/orgs/:orgId/inspection-pack/print', async (c) =>
    send(c, await packOutput(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.query('fiscalYear'), 'print')),
  )
  .get('/orgs/:orgId/inspection-pack.pdf', async (c) =>
    send(c, await packOutput(c.get('deps'), requireAuth(c), c.req.param('orgId'), c.req.query('fiscalYear'), 'pdf')),
  );
