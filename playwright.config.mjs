// Playwright runs the end-to-end tests against the RELEASE dist/, served by nginx with the committed
// production config (scripts/serve.sh), in Debian's Chromium (Playwright must never download a browser).
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 8787);
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'target/e2e/results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['./tests/e2e/summary-reporter.mjs']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    serviceWorkers: 'allow',
    locale: 'cs-CZ',
    trace: 'off',
  },
  webServer: {
    command: `PORT=${PORT} API_PORT=${PORT + 1} PRIPOMINKY_RATE=0 NGINX_PREFIX=target/e2e/nginx scripts/serve.sh dist`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
  projects: [
    {
      name: 'mobile',
      use: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
    },
    {
      name: 'desktop',
      use: { viewport: { width: 1280, height: 800 } },
    },
  ],
});
