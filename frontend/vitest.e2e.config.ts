import { defineConfig } from 'vitest/config';

// Vitest overwrites process.env.BASE_URL inside test workers with Vite's `base` ("/"), so the app's
// address is read here, in the main process, and handed to the tests under another name.
const appUrl = process.env.BASE_URL && process.env.BASE_URL !== '/' ? process.env.BASE_URL : 'http://localhost:8080';

// Browser tests against a running stack (Keycloak + app). Real logins and page loads are slow,
// and the tests share one Keycloak, so they run one file at a time with generous timeouts.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    sequence: { concurrent: false },
    pool: 'forks',
    env: {
      E2E_APP_URL: appUrl,
      SCREENSHOT_DIR: process.env.SCREENSHOT_DIR ?? 'target/screenshots',
    },
  },
});
