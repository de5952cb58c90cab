// The Hono environment: what middleware puts on each request's context.
import type { Deps } from '../deps.ts';
import type { AuthState } from '../features/sessions/sessions.service.ts';

export interface AppEnv {
  Variables: {
    deps: Deps;
    auth: AuthState | undefined;
    clientAddress: string | null;
    secure: boolean;
  };
}
