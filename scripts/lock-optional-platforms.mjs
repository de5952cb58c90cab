#!/usr/bin/env node
// Restores the lock entries of Biome's platform packages that the npm mirror here does not serve
// (`npm install` drops them; `npm ci` then reports "Missing: … from lock file"). They are optional
// and never installed on Linux; the entries say so, as a lock written against the full registry would.
import fs from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;
const template = packages['node_modules/@biomejs/cli-linux-x64'];
if (!template) throw new Error('@biomejs/cli-linux-x64 is not in package-lock.json');
const platforms = {
  'cli-android-arm64': ['android', 'arm64'],
  'cli-android-x64': ['android', 'x64'],
  'cli-darwin-arm64': ['darwin', 'arm64'],
  'cli-darwin-x64': ['darwin', 'x64'],
  'cli-linux-arm64-musl': ['linux', 'arm64', 'musl'],
  'cli-linux-x64-musl': ['linux', 'x64', 'musl'],
  'cli-win32-arm64': ['win32', 'arm64'],
  'cli-win32-x64': ['win32', 'x64'],
};
let added = 0;
for (const [name, [os, cpu, libc]] of Object.entries(platforms)) {
  const key = `node_modules/@biomejs/${name}`;
  if (packages[key]) continue;
  const { integrity: _i, resolved: _r, libc: _l, ...rest } = template;
  packages[key] = { ...rest, os: [os], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
  added++;
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
lock.packages = sorted;
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`${added} entries restored\n`);
