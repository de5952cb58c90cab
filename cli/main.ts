// mamori CLI: `npx mamori <command> …`. One file per command under cli/commands; all of them call the
// same use cases as the API. Exit codes: 0 ok, 1 failed check or error, 2 usage.
import { parseArgs } from 'node:util';
import { errorSummary } from '../server/lib/error-summary.ts';
import { AppError } from '../server/lib/errors.ts';
import { commands, usage } from './commands/index.ts';

const options = {
  data: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  json: { type: 'boolean', default: false },
  slug: { type: 'string' },
  name: { type: 'string' },
  kind: { type: 'string' },
  prefecture: { type: 'string' },
  address: { type: 'string' },
  'medical-code': { type: 'string' },
  beds: { type: 'string' },
  'require-mfa': { type: 'boolean', default: false },
  login: { type: 'string' },
  'display-name': { type: 'string' },
  'password-stdin': { type: 'boolean', default: false },
  org: { type: 'string' },
  role: { type: 'string' },
  'system-admin': { type: 'boolean', default: false },
  'reset-mfa': { type: 'boolean', default: false },
  out: { type: 'string' },
  'fiscal-year': { type: 'string' },
  format: { type: 'string' },
  form: { type: 'string' },
  vendor: { type: 'string' },
  expires: { type: 'string' },
  person: { type: 'string' },
  invitation: { type: 'string' },
  every: { type: 'string' },
  email: { type: 'string' },
  system: { type: 'string' },
  'create-system': { type: 'boolean', default: false },
  filter: { type: 'string' },
  'from-year': { type: 'string' },
  'no-vendor-contract': { type: 'boolean', default: false },
  encoding: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'skip-invalid': { type: 'boolean', default: false },
  sheet: { type: 'string' },
  'utc-offset': { type: 'string' },
  kev: { type: 'string' },
  eol: { type: 'string' },
  nvd: { type: 'string' },
  severity: { type: 'string' },
  only: { type: 'string' },
  'kev-sha256': { type: 'string' },
  checkpoint: { type: 'string' },
  note: { type: 'string' },
  title: { type: 'string' },
  incident: { type: 'string' },
  institution: { type: 'string' },
  text: { type: 'string' },
  at: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export type CliValues = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${usage}`);
    return 2;
  }
  const [first, second, ...rest] = parsed.positionals;
  const key = first && second && commands[`${first} ${second}`] ? `${first} ${second}` : (first ?? '');
  const command = commands[key];
  if (!command || parsed.values.help) {
    process.stdout.write(usage);
    return command || parsed.values.help ? 0 : 2;
  }
  const positionals = key.includes(' ') ? rest : [second, ...rest].filter((p): p is string => p !== undefined);
  try {
    return await command(parsed.values, positionals);
  } catch (err) {
    const json = parsed.values.json;
    if (err instanceof AppError) {
      if (json) process.stdout.write(`${JSON.stringify({ error: { code: err.code, message: err.message, fields: err.fields } })}\n`);
      process.stderr.write(`エラー: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`エラー: ${errorSummary(err).message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
