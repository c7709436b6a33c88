#!/usr/bin/env node
// `npm start` and `npm test` on a machine with nothing but Node.js: brings the pinned pnpm (into
// .data/tools when the machine has no such pnpm), installs the workspace, then hands over to
// scripts/start.ts or scripts/test-all.ts. No dependencies of its own.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entryFor = { start: "scripts/start.ts", test: "scripts/test-all.ts" };
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

function findPnpm() {
  const onPath = spawnSync("pnpm", ["--version"], { encoding: "utf8", env });
  if (onPath.status === 0 && onPath.stdout.trim() === pnpmVersion) return "pnpm";
  const local = join(root, ".data", "tools", "node_modules", ".bin", "pnpm");
  if (!existsSync(local)) {
    console.log(`Installing pnpm ${pnpmVersion} into .data/tools ...`);
    const status = run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", ".data/tools", `pnpm@${pnpmVersion}`]);
    if (status !== 0) process.exit(status);
  }
  return local;
}

const pnpm = findPnpm();
// Every child (turbo, Next, Playwright) looks pnpm up on PATH: put the pinned one first.
if (pnpm !== "pnpm") env.PATH = [dirname(pnpm), env.PATH].filter(Boolean).join(delimiter);
const installStatus = run(pnpm, ["install", "--frozen-lockfile", "--prefer-offline"]);
if (installStatus !== 0) process.exit(installStatus);
process.exit(run(pnpm, ["exec", "tsx", entryFor[command], ...process.argv.slice(3)]));
