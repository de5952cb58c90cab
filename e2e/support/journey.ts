// What every journey starts and ends with: a fresh server with its data seeded through the CLI, and a
// browser on a clinic's PC; closed afterwards.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CLINIC_PC, launchBrowser } from './browser.ts';
import { type E2EServer, startE2EServer } from './server.ts';
import { cliOf } from './session.ts';

export type Cli = ReturnType<typeof cliOf>;

export interface Journey {
  server: E2EServer;
  browser: Browser;
  page: Page;
  cli: Cli;
}

/**
 * Registers the journey's beforeAll/afterAll; its parts are there once beforeAll has run. `env` gives
 * the server's environment, read when it starts (after whatever it needs, e.g. an SMTP server, is up).
 */
export function journey(seed: (cli: Cli) => void, env: () => NodeJS.ProcessEnv = () => ({})): Journey {
  const j = {} as Journey;
  j.cli = cliOf(() => j.server);
  beforeAll(async () => {
    j.server = await startE2EServer(env());
    seed(j.cli);
    j.browser = await launchBrowser();
    j.page = await j.browser.newPage(CLINIC_PC);
  });
  afterAll(async () => {
    await j.browser?.close();
    await j.server?.stop();
  });
  return j;
}
