// The real sample files (../shared/reference/samples beside the checkout), named in one place. A
// machine without them skips the tests that read them; under CI their absence fails the run instead,
// so the suite cannot shrink by 20+ tests without anyone noticing.
import fs from 'node:fs';
import path from 'node:path';

export const SAMPLES = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'reference', 'samples');

export const haveSamples: boolean = fs.existsSync(SAMPLES);

if (!haveSamples && process.env.CI) {
  throw new Error(`CI: the reference samples are missing at ${SAMPLES}; the tests that read them would be skipped`);
}
