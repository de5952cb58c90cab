// Seeding a bench organisation and reader through the Mamori CLI, and signing in over HTTP.
import { runCli } from './proc.ts';

export const BENCH_PASSWORD = 'Kx7-quiet-lantern-93';
export const READER = 'reader';

/** Creates a system administrator, the organisation `bench` and a viewer in it, as an operator would. */
export async function seedWithCli(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  const data = ['--data', dataDir];
  const stdin = `${BENCH_PASSWORD}\n`;
  await runCli(['admin', 'create', ...data, '--login', 'bench', '--display-name', 'bench', '--password-stdin'], { stdin, env });
  await runCli(['org', 'create', ...data, '--slug', 'bench', '--name', 'ベンチ医院', '--kind', 'clinic'], { env });
  await runCli(
    ['user', 'create', ...data, '--login', READER, '--display-name', '閲覧者', '--org', 'bench', '--role', 'viewer', '--password-stdin'],
    {
      stdin,
      env,
    },
  );
}

/** Signs in with the password and returns the Cookie header value for the session. */
export async function signIn(baseUrl: string, loginId: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginId, password }),
  });
  const body = (await res.json()) as { stage?: string };
  if (res.status !== 200 || body.stage !== 'full') throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(body)}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('mamori_session='));
  if (!cookie) throw new Error('sign-in returned no mamori_session cookie');
  return cookie.split(';')[0] ?? '';
}

/** GET with the session cookie; throws unless 200 JSON. */
export async function getJson<T>(url: string, cookie: string): Promise<T> {
  const res = await fetch(url, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
