#!/usr/bin/env node
// Entry point for `npx mamori` / `npm run mamori --`. On a Node.js that runs TypeScript itself
// (22.18+ and 24, the LTS lines: process.features.typescript) the CLI's .ts files are loaded as they
// are, with no loader. Node 20 reached its end of life on 2026-04-30: there the tsx loader is used,
// with a warning when the server starts, until the installation moves to Node 24.
if (!process.features.typescript) {
  const [major] = process.versions.node.split('.').map(Number);
  if (major < 22 && process.argv[2] === 'serve') {
    process.emitWarning(`Node.js ${process.version} はサポートが終了しています (2026-04-30)。Node.js 24 LTS に更新してください。`, {
      code: 'MAMORI_NODE_EOL',
    });
  }
  const { register } = await import('tsx/esm/api');
  register();
}
await import('../cli/main.ts');
