import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { runCaptured, type CapturedRun } from "./run-captured.ts";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** Runs the Prisma CLI from the repository root (where prisma.config.ts lives). */
export function runPrisma(args: string[], env: Record<string, string | undefined> = {}): Promise<CapturedRun> {
  const prismaCli = createRequire(`${repoRoot}package.json`).resolve("prisma/build/index.js");
  return runCaptured(process.execPath, [prismaCli, ...args], { cwd: repoRoot, env: { ...process.env, ...env } });
}

/** `prisma migrate deploy`: the one command that applies migrations in dev, tests and production. */
export async function migrateDeploy(databaseUrl: string): Promise<void> {
  const { exitCode, output } = await runPrisma(["migrate", "deploy"], { DATABASE_URL: databaseUrl });
  if (exitCode !== 0) throw new Error(`prisma migrate deploy failed (exit ${exitCode}):\n${output}`);
}
