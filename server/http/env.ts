// The Hono environment: what middleware puts on each request's context.
import type { Deps } from '../deps.ts';
import type { AuthState } from '../features/sessions/sessions.service.ts';

export interface AppEnv {
  Variables: {
    deps: Deps;
    auth: AuthState | undefined;
    clientAddress: string | null;
    secure: boolean;
    /** the declared route's own names for its fields (defineRoute's `labels`), for validation errors */
    fieldLabels: Record<string, string> | undefined;
  };
}
