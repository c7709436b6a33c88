import { defineConfig, devices } from "@playwright/test";

// Run through `pnpm test` (scripts/test-all.ts), which makes the database and builds the app.
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) throw new Error("E2E_DATABASE_URL is not set: run the end-to-end tests with `pnpm test`.");
const port = Number(process.env.E2E_PORT ?? 3100);
const workerPort = Number(process.env.E2E_WORKER_PORT ?? port + 1);
const baseURL = `http://127.0.0.1:${port}`;

const appEnv = {
  APP_ENV: "test",
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
  AUTH_RATE_LIMIT_BACKEND: "memory",
  // Every test signs in from 127.0.0.1; the limits themselves are tested against Redis.
  AUTH_RATE_LIMIT_LOGIN_REQUESTS: "1000",
  AUTH_RATE_LIMIT_REGISTER_REQUESTS: "1000",
  AUTH_RATE_LIMIT_ACCOUNT_REQUESTS: "1000",
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      // A system Chromium (Debian's by default): the tests never download a browser.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // The whole product: the web app and the worker that delivers its notifications.
  webServer: [
    {
      command: "node dist/server.js",
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...appEnv, PORT: String(port), HOSTNAME_BIND: "127.0.0.1", NEXTAUTH_URL: baseURL },
    },
    {
      command: "node ../worker/dist/main.js",
      url: `http://127.0.0.1:${workerPort}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...appEnv, WORKER_PORT: String(workerPort), OUTBOX_POLL_INTERVAL_MS: "500" },
    },
  ],
});
