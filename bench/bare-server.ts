// The baseline for the API benchmark: a bare Hono handler on @hono/node-server, nothing else.
// Usage: node --import tsx bench/bare-server.ts <port>
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) throw new Error('usage: bare-server.ts <port>');

const app = new Hono().get('/x', (c) => c.json({ ok: true, name: 'ベンチ' }));
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port });
process.once('SIGTERM', () => server.close(() => process.exit(0)));
