// mamori incident start --org SLUG --title T [--json]
// mamori incident log --org SLUG --incident N --text T [--at 10:15] [--json]
// mamori incident export --org SLUG --incident N --out FILE.pdf|FILE.txt [--json]
// Incident mode from a terminal (also on a laptop copy restored from a backup, when the network is
// cut): open an incident, add to its timeline (append-only; times in JST), write its report.
import fs from 'node:fs';
import path from 'node:path';
import { configFrom, runOperation } from '../context.ts';
import type { CliValues } from '../main.ts';
import { print } from '../output.ts';

export async function incidentStartCommand(values: CliValues): Promise<number> {
  if (!values.org || !values.title) {
    process.stderr.write('使い方: mamori incident start --org SLUG --title 何が起きたか [--json]\n');
    return 2;
  }
  const made = (await runOperation(configFrom(values), 'incident.start', { org: values.org, title: values.title })) as {
    id: string;
    no: number;
    title: string;
  };
  print(values.json, made, () => `インシデント ${made.no} (${made.title}) の対応を開始しました。id: ${made.id}`);
  return 0;
}

export async function incidentLogCommand(values: CliValues): Promise<number> {
  if (!values.org || !values.incident || !values.text) {
    process.stderr.write('使い方: mamori incident log --org SLUG --incident 番号 --text 内容 [--at 10:15] [--json]\n');
    return 2;
  }
  const entry = (await runOperation(configFrom(values), 'incident.log', {
    org: values.org,
    incident: values.incident,
    text: values.text,
    at: values.at,
  })) as { seq: number; at: string; incident: number };
  const jst = new Date(Date.parse(entry.at) + 9 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  print(values.json, entry, () => `インシデント ${entry.incident} の経過 ${entry.seq} として記録しました (${jst} 日本時間)。`);
  return 0;
}

export async function incidentExportCommand(values: CliValues): Promise<number> {
  if (!values.org || !values.incident || !values.out) {
    process.stderr.write('使い方: mamori incident export --org SLUG --incident 番号 --out FILE.pdf (または FILE.txt)\n');
    return 2;
  }
  const out = path.resolve(values.out);
  const result = (await runOperation(configFrom(values), 'incident.export', {
    org: values.org,
    incident: values.incident,
    format: out.endsWith('.txt') ? 'text' : 'pdf',
  })) as { fileName: string; base64: string };
  fs.writeFileSync(out, Buffer.from(result.base64, 'base64'));
  print(values.json, { file: out, name: result.fileName }, () => `${result.fileName} を ${out} に書き出しました。`);
  return 0;
}
