#!/usr/bin/env node
// Builds server/features/auth/common-passwords.txt (committed; nothing is fetched at install or run).
// Source: the `passwords` list of the npm package @zxcvbn-ts/language-common 4.1.3 (MIT licence,
// © Dan Wheeler, Dropbox, Inc. and zxcvbn-ts), i.e. zxcvbn's ranking of the most common passwords
// seen in public password leaks, most frequent first. Kept: lower case, printable ASCII, 4+ characters,
// first occurrence. Then Mamori's own additions (words of the medical setting and of the product),
// marked as such in the file.
// Usage: npm pack @zxcvbn-ts/language-common@4.1.3 && tar xzf zxcvbn-ts-language-common-4.1.3.tgz
//        node scripts/common-passwords.mjs package/src/passwords.json
import fs from 'node:fs';
import path from 'node:path';

const MAMORI_ADDITIONS = [
  'mamori',
  'hospital',
  'clinic',
  'byouin',
  'byoin',
  'iryou',
  'iryo',
  'karte',
  'denshikarte',
  'yakkyoku',
  'pharmacy',
  'kango',
  'kangoshi',
  'nurse',
  'doctor',
  'sensei',
  'kanja',
  'shinryo',
  'shinryou',
  'shinsatsu',
  'iin',
  'clinic',
  'medical',
  'medicine',
  'welcome',
  'changeme',
  'administrator',
  'password',
  'passw0rd',
];

const source = process.argv[2];
if (!source) throw new Error('usage: node scripts/common-passwords.mjs <path to passwords.json>');
const seen = new Set();
const keep = (list) =>
  list.map((p) => String(p).toLowerCase()).filter((p) => p.length >= 4 && /^[\x21-\x7e]+$/.test(p) && !seen.has(p) && seen.add(p));
const leaked = keep(JSON.parse(fs.readFileSync(source, 'utf8')));
const mamori = keep(MAMORI_ADDITIONS);
const header = [
  '# Common passwords refused by Mamori (domain/password-policy.ts), lower case, one a line.',
  '# Built by scripts/common-passwords.mjs from the `passwords` list of @zxcvbn-ts/language-common 4.1.3',
  "# (MIT licence, (c) 2012-2016 Dan Wheeler and Dropbox, Inc., (c) 2021 zxcvbn-ts): zxcvbn's ranking of",
  `# the most common passwords of public password leaks, most frequent first (${leaked.length} kept: 4+ printable`,
  "# ASCII characters). Last, Mamori's own additions (words of the medical setting and the product).",
];
const out = [...header, ...leaked, '# Mamori additions', ...mamori].join('\n');
fs.writeFileSync(path.resolve(import.meta.dirname, '..', 'server', 'features', 'auth', 'common-passwords.txt'), `${out}\n`);
process.stdout.write(`${leaked.length} leaked + ${mamori.length} Mamori additions\n`);
