// The API routes declared in the contract (server/http/contract.ts), assembled under /api. Its type is
// what the web client's calls are checked against (web/src/api-client.ts imports the type only), and
// its declarations are the OpenAPI document at /api/openapi.json.
import { OpenAPIHono } from '@hono/zod-openapi';
import { orgRoutes } from './features/orgs/orgs.routes.ts';
import { userRoutes } from './features/users/users.routes.ts';
import type { AppEnv } from './http/env.ts';

export const contractApi = () => new OpenAPIHono<AppEnv>().route('/api/orgs', orgRoutes).route('/api/users', userRoutes);

export type ApiType = ReturnType<typeof contractApi>;

export function openApiDocument(api: ReturnType<typeof contractApi>, version: string) {
  return api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Mamori API',
      version,
      description:
        'Mamori (守り) の API。ブラウザーの画面が使うものと同じです。ログイン後のセッション Cookie で呼び出し、変更を伴う要求には X-CSRF-Token が必要です。エラーは { error: { code, message, fields } } で、message は日本語です。',
    },
  });
}
