#!/usr/bin/env node
// `npm start`, `npm test`, `npm run bench` and `npm run bench:admin` on a machine with nothing but
// Node.js: brings the pinned pnpm (into .data/tools when the machine has no such pnpm), installs
// the workspace, then hands over to scripts/start.ts, scripts/test-all.ts, bench/src/main.ts or
// bench/src/admin/main.ts. No dependencies of its own.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entryFor = {
  start: "scripts/start.ts",
  test: "scripts/test-all.ts",
  bench: "bench/src/main.ts",
  "bench-admin": "bench/src/admin/main.ts",
};
const command = process.argv[2];
if (!(command in entryFor)) {
  console.error(`usage: node scripts/bootstrap.mjs <${Object.keys(entryFor).join("|")}>`);
  process.exit(2);
}

const pnpmVersion = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager.split("@")[1];
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" };

function run(executable, args, options = {}) {
  const result = spawnSync(executable, args, { cwd: root, env, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function step(title, work) {
  const startedAt = performance.now();
  console.log(`→ ${title}…`);
  const status = work();
  if (status === 0) console.log(`✓ ${title} (${((performance.now() - startedAt) / 1000).toFixed(1)} s)`);
  return status;
}

function findPnpm() {
  const onPath = spawnSync("pnpm", ["--version"], { encoding: "utf8", env });
  if (onPath.status === 0 && onPath.stdout.trim() === pnpmVersion) return "pnpm";
  const local = join(root, ".data", "tools", "node_modules", ".bin", "pnpm");
  if (!existsSync(local)) {
    const npmArgs = ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", ".data/tools", `pnpm@${pnpmVersion}`];
    const status = step(`Installing pnpm ${pnpmVersion} into .data/tools`, () => run("npm", npmArgs));
    if (status !== 0) process.exit(status);
  }
  return local;
}

const pnpm = findPnpm();
// Every child (turbo, Next, Playwright) looks pnpm up on PATH: put the pinned one first.
if (pnpm !== "pnpm") env.PATH = [dirname(pnpm), env.PATH].filter(Boolean).join(delimiter);
const installStatus = step("Installing the workspace's packages", () =>
  run(pnpm, ["install", "--frozen-lockfile", "--prefer-offline"]),
);
if (installStatus !== 0) {
  console.error("Install failed: read pnpm's message above; `npm " + command + "` again once it is fixed.");
  process.exit(installStatus);
}

// The entry runs in a child so TypeScript loads through tsx. Ctrl-C reaches it from the terminal
// as well; a signal sent to this process alone is passed on, and we exit when it has finished.
const entry = spawn(process.execPath, ["--import", "tsx", entryFor[command], ...process.argv.slice(3)], {
  cwd: root,
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => entry.kill(signal));
entry.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
