// What most journeys start with: the mamori CLI on the server's data folder (going through the
// running server), and signing in through the login page until a heading shows.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import type { E2EServer } from './server.ts';

/** `mamori <args> --data <the server's folder>`, with `input` on stdin (passwords); returns stdout. */
export const cliOf =
  (server: () => E2EServer) =>
  (args: string[], input?: string): string =>
    execFileSync('node', ['bin/mamori.js', ...args, '--data', server().dataDir], {
      encoding: 'utf8',
      input,
      env: { ...process.env, DATABASE_URL: '' },
    });

/** Adds a user to an organisation through the CLI (the password on stdin, as an administrator would). */
export function addUser(
  cli: (args: string[], input?: string) => string,
  who: { loginId: string; password: string },
  opts: { org: string; role: 'admin' | 'editor' | 'viewer'; name?: string },
): void {
  const name = opts.name ? ['--display-name', opts.name] : [];
  cli(['user', 'create', '--login', who.loginId, ...name, '--org', opts.org, '--role', opts.role, '--password-stdin'], `${who.password}\n`);
}

export async function signIn(p: Page, url: string, who: { loginId: string; password: string }, heading: string): Promise<void> {
  await p.goto(url);
  await p.getByLabel('ログインID').fill(who.loginId);
  await p.getByLabel('パスワード').fill(who.password);
  await p.getByRole('button', { name: 'ログイン', exact: true }).click();
  await p.getByRole('heading', { name: heading }).first().waitFor();
}
