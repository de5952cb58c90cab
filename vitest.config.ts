// Test tiers: unit (pure, next to the code), component (web components rendered in real Chromium,
// no server), db (real PGlite, and the same files on PostgreSQL 15), e2e (real server, database and
// Chromium). `npm test` (scripts/test.mjs) runs them all.
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS } from './server/lib/pdf.ts';

const dbInclude = ['server/**/*.db.test.ts', 'cli/**/*.db.test.ts'];

export default defineConfig({
  test: {
    env: { TZ: 'Asia/Tokyo' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['domain/**/*.test.ts', 'server/**/*.unit.test.ts', 'cli/**/*.unit.test.ts', 'web/**/*.test.ts'],
          env: { TZ: 'Asia/Tokyo' },
        },
      },
      {
        // bundled before the first test: a dependency optimised mid-run reloads the page and restarts tests
        optimizeDeps: {
          include: ['react', 'react/jsx-dev-runtime', 'react/jsx-runtime', 'react-dom/client', '@tanstack/react-query', 'hono/client'],
        },
        test: {
          name: 'component',
          include: ['web/**/*.component.test.tsx'],
          browser: {
            enabled: true,
            headless: true,
            // Debian's Chromium, as the e2e tier: nothing is downloaded
            provider: playwright({
              launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
            // a failing test's screenshot goes with the other test artefacts, not into the sources
            screenshotDirectory: '.test-artifacts/screenshots/component',
          },
        },
      },
      {
        test: {
          name: 'db-pglite',
          include: dbInclude,
          globalSetup: ['server/test/global-setup.pglite.ts'],
          env: { TZ: 'Asia/Tokyo', MAMORI_TEST_ENGINE: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'db-postgres',
          include: dbInclude,
          globalSetup: ['server/test/global-setup.postgres.ts'],
          env: { TZ: 'Asia/Tokyo', MAMORI_TEST_ENGINE: 'postgres' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          env: { TZ: 'Asia/Tokyo' },
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
